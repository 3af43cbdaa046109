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
  display_number: string; name_local: string; name_de: string; location_name: string; location_address: string;
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
    // the service's catalogue name in the ticket's language and in German, else the queue's name
    [row] = await withKioskContext(kiosk, (tx) => tx.$queryRaw<Row[]>`SELECT s.*, coalesce(l.name, d.name, s.queue_name) AS name_local, coalesce(d.name, s.queue_name) AS name_de
      FROM kiosk_ticket_slip(${ticketId}::uuid) s
      LEFT JOIN "ServiceText" l ON l."serviceId" = s.service_id AND l.locale = s.language
      LEFT JOIN "ServiceText" d ON d."serviceId" = s.service_id AND d.locale = 'de'`);
  } catch (e) {
    throw queueErrorOf(e);
  }
  if (!row) throw notFound("ticket");
  const language: Locale = isLocale(row.language) ? row.language : "de";
  return {
    displayNumber: row.display_number,
    serviceName: { local: row.name_local, de: row.name_de },
    location: { name: row.location_name, address: row.location_address },
    issuedAt: row.issued_at,
    waitingAhead: row.ahead,
    estimatedWaitMinutes: row.wait_minutes,
    language,
  };
}
