import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PublicShell } from "@/components/layout/public-shell";
import { DemoMailList, DemoSmsList } from "@/components/messages/demo-mailbox";
import { getT, localeFrom } from "@/lib/i18n/server";
import { readDemoMails, readDemoSms } from "@/lib/messages/demo-mailbox";
import { isDemo } from "@/lib/messages/demo-mode";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getT(await localeFrom(params));
  return { title: t("messages:mailbox.title"), robots: { index: false } };
}

/** Demo only: what the portal "sent" — the local SMTP sink's e-mails and the logged SMS. */
export default async function DemoMailboxPage({ params }: { params: Promise<{ locale: string }> }) {
  await connection(); // read at request time, never at build time
  if (!isDemo()) notFound();
  const locale = await localeFrom(params);
  const t = await getT(locale);
  const [mails, sms] = await Promise.all([readDemoMails(), readDemoSms()]);
  return (
    <PublicShell locale={locale}>
      <h1 className="mb-4 text-3xl font-semibold">{t("messages:mailbox.title")}</h1>
      <p className="mb-8 max-w-2xl text-lg">{t("messages:mailbox.intro")}</p>
      <section aria-labelledby="demo-mails" className="mb-10">
        <h2 id="demo-mails" className="mb-3 text-2xl font-semibold">{t("messages:mailbox.mails")}</h2>
        <DemoMailList locale={locale} mails={mails} t={t} />
      </section>
      <section aria-labelledby="demo-sms">
        <h2 id="demo-sms" className="mb-3 text-2xl font-semibold">{t("messages:mailbox.sms")}</h2>
        <DemoSmsList locale={locale} sms={sms} t={t} />
      </section>
    </PublicShell>
  );
}
