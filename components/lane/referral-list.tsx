import { getT } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import type { Lane } from "@/lib/generated/prisma/enums";

type Referral = { id: string; fromLane: Lane; toLane: Lane; reason: string; consentId: string | null; createdAt: Date };

/** Referrals from or to the own lane, with the reason only these two lanes may read. */
export async function ReferralList({ locale, referrals }: { locale: Locale; referrals: Referral[] }) {
  const t = await getT(locale);
  return (
    <ul className="flex flex-col gap-3">
      {referrals.map((r) => (
        <li key={r.id} className="border-s-4 border-slate-400 ps-3">
          <p className="font-medium">
            {t("lane:consent.fromTo", { from: t(`common:lane.${r.fromLane}`), to: t(`common:lane.${r.toLane}`) })}
            {" · "}
            {formatDateTime(locale, r.createdAt)}
          </p>
          <p className="whitespace-pre-line">{r.reason}</p>
          {r.consentId && <p className="text-sm">{t("lane:referrals.withConsent", { id: r.consentId.slice(0, 8) })}</p>}
        </li>
      ))}
    </ul>
  );
}
