import { getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import type { CaseFileView } from "@/lib/cases/get-case-file";
import { revokeConsentAction } from "@/lib/consents/actions";
import { NOTICE_LANGUAGES } from "@/lib/consents/notice";
import { ActionButton } from "./action-button";

type Consent = CaseFileView["consents"][number];

export const consentState = (c: Consent, now = new Date()) => (c.revokedAt ? "revoked" : c.expiresAt <= now ? "expired" : "active");

/** Consents from or to the reader's lane (RLS shows no others), with revoke for active ones. */
export async function ConsentTable({ locale, consents, canRevoke }: { locale: Locale; consents: Consent[]; canRevoke: boolean }) {
  const t = await getT(locale);
  if (consents.length === 0) return <p>{t("lane:consent.empty")}</p>;
  return (
    <table className="w-full text-start">
      <caption className="sr-only">{t("lane:consent.title")}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-start">{t("lane:consent.direction")}</th>
          <th scope="col" className="text-start">{t("lane:consent.categories")}</th>
          <th scope="col" className="text-start">{t("lane:consent.purpose")}</th>
          <th scope="col" className="text-start">{t("lane:consent.validity")}</th>
          <th scope="col" className="text-start">{t("lane:consent.notice")}</th>
          <th scope="col" className="text-start">{t("lane:consent.state.label")}</th>
        </tr>
      </thead>
      <tbody>
        {consents.map((c) => {
          const state = consentState(c);
          return (
            <tr key={c.id} className="border-t border-slate-200 align-top">
              <th scope="row" id={`consent-${c.id}`} className="py-2 text-start font-normal">
                {t("lane:consent.fromTo", { from: t(`common:lane.${c.fromLane}`), to: t(`common:lane.${c.toLane}`) })}
              </th>
              <td>{c.categories.map((cat) => t(`common:category.${cat}`)).join(", ")}</td>
              <td>{c.purpose}</td>
              <td>{t("lane:consent.period", { from: formatDate(locale, c.grantedAt), to: formatDate(locale, c.expiresAt) })}</td>
              <td>
                {c.noticeVersion}
                {" · "}
                <span lang={c.noticeLanguage}>{NOTICE_LANGUAGES[c.noticeLanguage as keyof typeof NOTICE_LANGUAGES] ?? c.noticeLanguage}</span>
              </td>
              <td>
                <p>{t(`lane:consent.state.${state}`)}</p>
                {state === "active" && canRevoke && (
                  <ActionButton action={revokeConsentAction} fields={{ consentId: c.id }} label={t("lane:consent.revoke")} variant="danger" describedBy={`consent-${c.id}`} />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
