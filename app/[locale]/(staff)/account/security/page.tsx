import type { Metadata } from "next";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { EnrolmentPanel } from "@/components/account/enrolment-panel";
import { FreshCodes } from "@/components/account/fresh-codes";
import { StartEnrolmentForm } from "@/components/account/start-enrolment-form";
import { RegenerateCodesForm } from "@/components/account/regenerate-codes-form";
import { DisableTotpForm } from "@/components/account/disable-totp-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { getSecurityStatus } from "@/lib/account/get-security-status";
import { groupSecret, totpQrDataUrl } from "@/lib/account/totp-qr";
import { formatDate } from "@/lib/i18n/format";
import { getT, localeFrom } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("account:title") };
}

/** Second factor and sessions of the signed-in staff member; reachable while enrolment is outstanding. */
export default async function SecurityPage({ params }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "account.security");
  const t = await getT(locale);
  const status = await getSecurityStatus(session.actor);
  const qr = status.pendingSecret ? await totpQrDataUrl(status.email, status.pendingSecret) : null;

  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("account:title")} />
      <FreshCodes locale={locale}>
        {session.mustEnrolTotp && (
          <div role="alert" className="mb-6 rounded border border-amber-700 bg-amber-50 p-4" data-testid="must-enrol">
            <h2 className="font-semibold">{t("account:mustEnrol.title")}</h2>
            <p>{t("account:mustEnrol.body")}</p>
          </div>
        )}
        <Section title={t("account:totp.title")} id="totp">
          <p className="mb-4" data-testid="totp-status">
            {status.enrolled && status.enrolledAt
              ? t("account:totp.enrolledSince", { date: formatDate(locale, status.enrolledAt) })
              : t("account:totp.notEnrolled")}
          </p>
          {status.enrolled ? (
            <div className="flex flex-col gap-6">
              <RegenerateCodesForm left={status.recoveryCodesLeft} />
              {status.required ? <p className="text-sm text-slate-700">{t("account:disable.required")}</p> : <DisableTotpForm />}
            </div>
          ) : qr && status.pendingSecret ? (
            <EnrolmentPanel qrDataUrl={qr} groupedSecret={groupSecret(status.pendingSecret)} />
          ) : (
            <div className="flex flex-col gap-3">
              <p>{t("account:totp.intro")}</p>
              <StartEnrolmentForm />
            </div>
          )}
        </Section>
      </FreshCodes>
      <Section title={t("account:sessions.title")} id="sessions">
        <SignOutEverywhereForm locale={locale} t={t} />
      </Section>
    </StaffShell>
  );
}
