import { randomUUID } from "node:crypto";
import { newBookingCode } from "@/lib/booking/booking-code";
import { personKeyOf } from "@/lib/booking/person-key";
import type { KioskContext } from "@/lib/queue/kiosk-context";
import { admin } from "../setup/admin-db";
import { person } from "./booking-arrange";

/**
 * One office for queue tests, arranged in the database: an ABH service with queue "A" and
 * `abhCounters` counters, an MBE service behind MBE's general lane queue "M" and `mbeCounters`
 * counters, a KIM service with queue "K" and one counter.
 */
export async function makeOffice(o: { abhCounters?: number; mbeCounters?: number } = {}) {
  const tag = randomUUID().slice(0, 8);
  const q = (sql: string, params: unknown[]) => admin().query(sql, params);
  const locationId = (await q(`INSERT INTO "Location" (code, name, address, kind) VALUES ($1, $2, 'Markt 1, 59065 Hamm', 'MAIN') RETURNING id`, [`q-${tag}`, `Office ${tag}`])).rows[0].id as string;
  const service = async (lane: string, duration: number) =>
    (await q(`INSERT INTO "Service" (code, lane, "durationMinutes", "bookingMode") VALUES ($1, $2, $3, 'ONLINE') RETURNING id, code`, [`${lane.toLowerCase()}-${tag}`, lane, duration])).rows[0] as { id: string; code: string };
  const abh = await service("ABH", 20);
  const mbe = await service("MBE", 45);
  const kim = await service("KIM", 30);
  const counters = async (serviceId: string, n: number, prefix: string) => {
    const ids: string[] = [];
    for (let i = 1; i <= n; i++) {
      const id = (await q(`INSERT INTO "Counter" ("locationId", name) VALUES ($1, $2) RETURNING id`, [locationId, `${prefix} ${i}`])).rows[0].id as string;
      await q(`INSERT INTO "CounterService" ("counterId", "serviceId") VALUES ($1, $2)`, [id, serviceId]);
      ids.push(id);
    }
    return ids;
  };
  const queue = async (lane: string, serviceId: string | null, code: string, name: string) =>
    (await q(`INSERT INTO "Queue" ("locationId", lane, "serviceId", code, name) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [locationId, lane, serviceId, code, name])).rows[0].id as string;
  return {
    locationId,
    abh, mbe, kim,
    abhCounters: await counters(abh.id, o.abhCounters ?? 2, "Schalter"),
    mbeCounters: await counters(mbe.id, o.mbeCounters ?? 1, "Beratung"),
    kimCounters: await counters(kim.id, 1, "KIM"),
    queues: { A: await queue("ABH", abh.id, "A", "Aufenthalt"), M: await queue("MBE", null, "M", "Migrationsberatung"), K: await queue("KIM", kim.id, "K", "Integration") },
  };
}
export type Office = Awaited<ReturnType<typeof makeOffice>>;

export const kioskAt = (office: Office): KioskContext => ({ deviceId: `kiosk-${randomUUID().slice(0, 6)}`, locationId: office.locationId });

/** A ticket put straight into a queue (as the database's issuing function does), for ordering tests. */
export async function rawTicket(queueId: string, o: { appointmentAt?: Date; priorities?: string[] } = {}): Promise<string> {
  const { rows } = await admin().query(`SELECT issue_ticket_internal($1, 'de', $2::"TicketPriority"[], NULL, NULL, $3, false, NULL) AS id`, [
    queueId, o.priorities ?? [], o.appointmentAt ?? null,
  ]);
  return rows[0].id;
}

/** A confirmed booking at the office (on counter `counterId`), with a person's name and date of birth. */
export async function confirmedBooking(office: Office, counterId: string, startsAt: Date, serviceId = office.abh.id) {
  const p = person();
  const code = newBookingCode();
  const endsAt = new Date(startsAt.getTime() + 20 * 60_000);
  const { rows } = await admin().query(
    `INSERT INTO "Booking" (code, "serviceId", "counterId", "startsAt", "endsAt", "blockedUntil", status, "personKey", "givenName", "familyName", "birthDate", language, "confirmedAt")
     VALUES ($1, $2, $3, $4, $5, $5, 'CONFIRMED', $6, $7, $8, $9, 'ar', now()) RETURNING id`,
    [code, serviceId, counterId, startsAt, endsAt, personKeyOf(p.givenName, p.familyName, p.birthDate), p.givenName, p.familyName, p.birthDate],
  );
  return { id: rows[0].id as string, code, ...p };
}

export const ticketRow = async (id: string) => (await admin().query(`SELECT * FROM "Ticket" WHERE id = $1`, [id])).rows[0];
export const eventsOf = async (ticketId: string) =>
  (await admin().query(`SELECT event FROM "TicketEvent" WHERE "ticketId" = $1 ORDER BY id`, [ticketId])).rows.map((r) => r.event as string);
