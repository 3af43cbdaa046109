import type pg from "pg";
import { toBookingView } from "@/lib/booking/booking-view";
import { manageUrl, publicBaseUrl } from "@/lib/booking/manage-link";
import type { Locale } from "@/lib/i18n/settings";
import { bookingCalendar } from "@/lib/receipts/calendar";
import { composeEmail, composeSms, joinEmails, type MessageFacts } from "./compose-message";
import { loadMessage, recordAttempt, type MessageToSend } from "./load-message";
import type { Mailer, OutgoingMail } from "./mailer";
import type { SmsProvider } from "./sms";
import { messageLocales, messageT } from "./translator";

export type MessageChannels = { mailer: Mailer; sms: SmsProvider };
export type SendOutcome = "SENT" | "SKIPPED" | "ALREADY_DONE";

/**
 * A reminder is only true while the booking stands at the time it was queued for: a
 * cancellation or a new time (which queues its own reminder) makes it obsolete.
 */
const obsolete = (m: MessageToSend) =>
  m.kind === "REMINDER" && (m.booking.status !== "CONFIRMED" || m.booking.startsAt.getTime() !== m.startsAt.getTime());

function factsFor(m: MessageToSend, locale: Locale): MessageFacts {
  const base = publicBaseUrl();
  return {
    kind: m.kind,
    code: m.booking.code,
    serviceName: m.serviceNames[locale] ?? m.serviceNames.de ?? m.booking.service.code,
    startsAt: m.booking.startsAt,
    location: m.booking.counter.location,
    documents: m.booking.service.requiredDocuments,
    link:
      m.kind === "CANCELLATION" || !m.booking.birthDate
        ? `${base}/${locale}/services`
        : manageUrl(base, locale, m.booking.code, String(m.booking.birthDate)),
  };
}

function emailOf(m: MessageToSend, locales: Locale[]): OutgoingMail {
  const parts = locales.map((locale) => composeEmail(messageT(locale), locale, factsFor(m, locale)));
  const mail: OutgoingMail = { to: m.recipient, ...(parts.length === 1 ? parts[0] : joinEmails(parts)) };
  if (parts.length === 1) mail.html = `<!doctype html><html><body>${mail.html}</body></html>`;
  // the calendar entry (same UID per booking): a confirmation adds it, a new time moves it, a
  // cancellation removes it; a reminder needs none
  if (m.kind !== "REMINDER") {
    const locale = locales[0];
    const facts = factsFor(m, locale);
    const ics = bookingCalendar(toBookingView(m.booking), { serviceName: facts.serviceName, t: messageT(locale), manageUrl: facts.link });
    mail.attachments = [{ filename: `${m.booking.code}.ics`, content: ics, contentType: "text/calendar; charset=utf-8; method=PUBLISH" }];
  }
  return mail;
}

/**
 * Sends one outbox message (the queue's job handler). Idempotent: a message already sent or
 * skipped is left alone, so a job retried after a crash does not send twice what was recorded.
 * A failure is recorded and rethrown — the queue retries with backoff; `finalAttempt` marks the
 * message FAILED when the queue will not try again.
 */
export async function sendBookingMessage(pool: pg.Pool, channels: MessageChannels, messageId: string, opts: { finalAttempt?: boolean } = {}): Promise<SendOutcome> {
  const m = await loadMessage(pool, messageId);
  if (!m || m.status !== "QUEUED") return "ALREADY_DONE";
  if (obsolete(m)) {
    await recordAttempt(pool, m.id, { status: "SKIPPED" });
    return "SKIPPED";
  }
  const locales = messageLocales(m.language);
  try {
    if (m.channel === "EMAIL") {
      await channels.mailer.send(emailOf(m, locales));
    } else {
      await channels.sms.send(m.recipient, locales.map((locale) => composeSms(messageT(locale), locale, factsFor(m, locale))).join("\n"));
    }
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await recordAttempt(pool, m.id, { status: opts.finalAttempt ? "FAILED" : "QUEUED", error });
    throw e;
  }
  await recordAttempt(pool, m.id, { status: "SENT" });
  return "SENT";
}
