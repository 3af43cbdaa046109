import type { TFunction } from "i18next";
import { formatDayLong, formatSlotTime } from "@/components/catalogue/format";
import { berlinDateOf } from "@/lib/availability/berlin-time";
import type { DrawWindowSummary } from "@/lib/draw/draw-overview";
import type { Locale } from "@/lib/i18n/settings";
import { CloseWindowForm, RunDrawForm } from "./admin-forms";

const when = (locale: Locale, iso: string) => `${formatDayLong(locale, berlinDateOf(new Date(iso)))}, ${formatSlotTime(locale, iso)}`;

/** One request window for the admin: dates, entry counts, seed, the offers by rank. */
export function WindowSummary({ locale, t, w }: { locale: Locale; t: TFunction; w: DrawWindowSummary }) {
  const status = { OPEN: t("draw:admin.windowOPEN"), DRAWN: t("draw:admin.windowDRAWN"), CLOSED: t("draw:admin.windowCLOSED") }[w.status];
  const entryStatus: Record<string, string> = {
    WAITING: t("draw:admin.entryWAITING"),
    OFFERED: t("draw:admin.entryOFFERED"),
    CONFIRMED: t("draw:admin.entryCONFIRMED"),
    EXPIRED: t("draw:admin.entryEXPIRED"),
    LOST: t("draw:admin.entryLOST"),
  };
  const total = Object.values(w.counts).reduce((a, b) => a + b, 0);
  return (
    <div className="flex flex-col gap-3 rounded border border-slate-300 p-4" data-testid="draw-window">
      <p className="font-medium">
        {status} · {t("draw:admin.registration", { from: when(locale, w.opensAt), until: when(locale, w.closesAt) })}
      </p>
      <p>{t("draw:admin.slotsRange", { from: formatDayLong(locale, w.slotsFrom), until: formatDayLong(locale, w.slotsUntil), hours: w.offerHours })}</p>
      <dl className="flex flex-wrap gap-x-6 gap-y-1">
        <div>
          <dt className="inline font-medium">{t("draw:admin.entries")}: </dt>
          <dd className="inline">{total}</dd>
        </div>
        {Object.entries(w.counts).map(([s, n]) => (
          <div key={s}>
            <dt className="inline">{entryStatus[s]}: </dt>
            <dd className="inline">{n}</dd>
          </div>
        ))}
      </dl>
      {w.seed && (
        <p>
          {t("draw:admin.seed")}{" "}
          <code dir="ltr" className="break-all" data-testid="draw-seed">
            {w.seed}
          </code>
        </p>
      )}
      {w.offers.length > 0 && (
        <table className="w-full border-collapse text-start">
          <caption className="mb-2 text-start font-medium">{t("draw:admin.offers")}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2 text-start">{t("draw:admin.rank")}</th>
              <th scope="col" className="p-2 text-start">{t("draw:admin.weight")}</th>
              <th scope="col" className="p-2 text-start">{t("draw:admin.slot")}</th>
              <th scope="col" className="p-2 text-start">{t("draw:admin.deadline")}</th>
              <th scope="col" className="p-2 text-start">{t("draw:admin.state")}</th>
            </tr>
          </thead>
          <tbody>
            {w.offers.map((o) => (
              <tr key={o.rank} className="border-b border-slate-200">
                <td className="p-2">{o.rank}</td>
                <td className="p-2">{o.weight?.toFixed(2) ?? "–"}</td>
                <td className="p-2">{o.startsAt ? when(locale, o.startsAt) : "–"}</td>
                <td className="p-2">{o.expiresAt ? when(locale, o.expiresAt) : "–"}</td>
                <td className="p-2">{entryStatus[o.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="flex flex-wrap gap-4">
        {w.status === "OPEN" && <RunDrawForm windowId={w.id} />}
        {w.status !== "CLOSED" && <CloseWindowForm windowId={w.id} />}
      </div>
    </div>
  );
}
