import { createInstance, type TFunction } from "i18next";
import type { Tx } from "@/lib/db";
import { loadResources } from "@/lib/i18n/resources";
import { DEFAULT_LOCALE, INTL_LOCALE } from "@/lib/i18n/settings";

/**
 * The summary of the request a booking creates in the case file. It is a record in the file,
 * read later by staff in any UI language, so it is written once in the office's language of
 * record (German), from the "booking" namespace like every other text.
 */
let officeT: Promise<TFunction> | undefined;
function recordT(): Promise<TFunction> {
  officeT ??= (async () => {
    const i18n = createInstance();
    await i18n.init({ lng: DEFAULT_LOCALE, fallbackLng: false, resources: await loadResources(DEFAULT_LOCALE), interpolation: { escapeValue: false } });
    return i18n.t;
  })();
  return officeT;
}

// built once: a formatter costs more than the rest of the summary, and every booking needs one
const RECORD_DATE = new Intl.DateTimeFormat(INTL_LOCALE[DEFAULT_LOCALE], { timeZone: "Europe/Berlin", dateStyle: "medium" });
const RECORD_TIME = new Intl.DateTimeFormat(INTL_LOCALE[DEFAULT_LOCALE], { timeZone: "Europe/Berlin", timeStyle: "short" });

export async function requestSummary(tx: Tx, service: { id: string; code: string }, startsAt: Date) {
  const [t, text] = await Promise.all([
    recordT(),
    tx.serviceText.findUnique({ where: { serviceId_locale: { serviceId: service.id, locale: DEFAULT_LOCALE } }, select: { name: true } }),
  ]);
  return {
    summary: t("booking:summary.appointment", {
      service: text?.name ?? service.code,
      date: RECORD_DATE.format(startsAt),
      time: RECORD_TIME.format(startsAt),
    }),
    duplicateNote: t("booking:summary.possibleDuplicate"),
  };
}
