import { db } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/settings";
import { notFound } from "@/lib/errors";
import { queueErrorOf } from "./errors";
import { withKioskContext, type KioskContext } from "./kiosk-context";

/** What the printed/PDF ticket shows: never a name. */
export type KioskTicketSlip = {
  displayNumber: string;
  /** in the ticket's language, and in German (the office's language) */
  serviceName: { local: string; de: string };
  location: { name: string; address: string };
  issuedAt: Date;
  waitingAhead: number;
  estimatedWaitMinutes: number;
  language: Locale;
};

type Row = {
  display_number: string; queue_name: string; service_id: string | null; location_name: string; location_address: string;
  issued_at: Date; ahead: number; wait_minutes: number; language: string;
};

/**
 * The ticket as the kiosk that issued it may print it, today only (kiosk_ticket_slip(),
 * migration 20261202020000_ticket_sms); any other ticket, kiosk or day is the same 404. The
 * wait is estimated now — seconds after issue, when the person taps "PDF" on the ticket screen.
 */
export async function getKioskTicketSlip(kiosk: KioskContext, ticketId: string): Promise<KioskTicketSlip> {
  let row: Row | undefined;
  try {
    [row] = await withKioskContext(kiosk, (tx) => tx.$queryRaw<Row[]>`SELECT * FROM kiosk_ticket_slip(${ticketId}::uuid)`);
  } catch (e) {
    throw queueErrorOf(e);
  }
  if (!row) throw notFound("ticket");
  const language: Locale = isLocale(row.language) ? row.language : "de";
  const texts = row.service_id
    ? await db.serviceText.findMany({ where: { serviceId: row.service_id, locale: { in: [language, "de"] } }, select: { locale: true, name: true } })
    : [];
  const de = texts.find((x) => x.locale === "de")?.name ?? row.queue_name;
  return {
    displayNumber: row.display_number,
    serviceName: { local: texts.find((x) => x.locale === language)?.name ?? de, de },
    location: { name: row.location_name, address: row.location_address },
    issuedAt: row.issued_at,
    waitingAhead: row.ahead,
    estimatedWaitMinutes: row.wait_minutes,
    language,
  };
}
