import type pg from "pg";
import type { BookingMessageChannel, BookingMessageKind, BookingMessageStatus, BookingStatus } from "@/lib/generated/prisma/enums";
import type { BookingRow } from "@/lib/booking/booking-view";

export type MessageToSend = {
  id: string;
  kind: BookingMessageKind;
  channel: BookingMessageChannel;
  recipient: string;
  language: string;
  startsAt: Date;
  status: BookingMessageStatus;
  booking: BookingRow & { status: BookingStatus };
  /** the service's name per locale */
  serviceNames: Record<string, string>;
};

/**
 * One outbox row with its booking, as the worker's role (einehand_jobs) reads them. Plain SQL:
 * the worker runs outside Next.js and needs no ORM for one query.
 */
export async function loadMessage(pool: pg.Pool, messageId: string): Promise<MessageToSend | null> {
  const { rows } = await pool.query(
    `SELECT m.id, m.kind, m.channel, m.recipient, m.language, m."startsAt" AS "messageStartsAt", m.status AS "messageStatus",
            b.code, b.status, b."startsAt", b."endsAt", b."givenName", b."familyName", b."birthDate"::text AS "birthDate",
            b.email, b.phone, b.language AS "bookingLanguage", b."onBehalf", b."confirmedAt", b."cancelledAt",
            s.id AS "serviceId", s.code AS "serviceCode", s.lane, s."durationMinutes", s."requiredDocuments",
            c.name AS "counterName", l.name AS "locationName", l.address,
            (SELECT json_object_agg(t.locale, t.name) FROM "ServiceText" t WHERE t."serviceId" = s.id) AS "serviceNames"
       FROM "BookingMessage" m
       JOIN "Booking" b ON b.id = m."bookingId"
       JOIN "Service" s ON s.id = b."serviceId"
       JOIN "Counter" c ON c.id = b."counterId"
       JOIN "Location" l ON l.id = c."locationId"
      WHERE m.id = $1`,
    [messageId],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    kind: r.kind,
    channel: r.channel,
    recipient: r.recipient,
    language: r.language,
    startsAt: r.messageStartsAt,
    status: r.messageStatus,
    serviceNames: r.serviceNames ?? {},
    booking: {
      code: r.code,
      status: r.status,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      givenName: r.givenName,
      familyName: r.familyName,
      birthDate: r.birthDate,
      email: r.email,
      phone: r.phone,
      language: r.bookingLanguage,
      onBehalf: r.onBehalf,
      confirmedAt: r.confirmedAt,
      cancelledAt: r.cancelledAt,
      service: { id: r.serviceId, code: r.serviceCode, lane: r.lane, durationMinutes: r.durationMinutes, requiredDocuments: r.requiredDocuments },
      counter: { name: r.counterName, location: { name: r.locationName, address: r.address } },
    },
  };
}

/** The outcome of one attempt; FAILED only when the queue will not try again. */
export async function recordAttempt(pool: pg.Pool, messageId: string, outcome: { status: "SENT" | "SKIPPED" } | { status: "QUEUED" | "FAILED"; error: string }) {
  await pool.query(
    `UPDATE "BookingMessage" SET status = $2::"BookingMessageStatus",
            attempts = attempts + CASE WHEN $2 = 'SKIPPED' THEN 0 ELSE 1 END,
            "lastError" = $3, "sentAt" = CASE WHEN $2 = 'SENT' THEN now() ELSE "sentAt" END
      WHERE id = $1`,
    [messageId, outcome.status, "error" in outcome ? outcome.error.slice(0, 1000) : null],
  );
}
