import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/layout/login-form";
import { PublicShell } from "@/components/layout/public-shell";
import { getStaffSession } from "@/lib/auth/staff-session";
import { getT, localeFrom } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("auth:title") };
}

export default async function LoginPage({ params }: Props) {
  const locale = await localeFrom(params);
  if (await getStaffSession()) redirect(`/${locale}/staff`);
  const t = await getT(locale);
  return (
    <PublicShell locale={locale}>
      <h1 className="mb-6 text-2xl font-semibold">{t("auth:title")}</h1>
      <LoginForm locale={locale} />
    </PublicShell>
  );
}
