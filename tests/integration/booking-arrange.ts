import { randomUUID } from "node:crypto";
import { isHoliday } from "feiertagejs";
import type { Lane } from "@/lib/generated/prisma/enums";
import type { PersonDetails } from "@/lib/booking/schemas";
import { admin } from "../setup/admin-db";

/** Catalogue rows for booking tests, arranged directly in the database (not the seed). */
export type ServiceOptions = {
  lane?: Lane;
  counters?: number;
  durationMinutes?: number;
  bufferMinutes?: number;
  minAge?: number | null;
  maxAge?: number | null;
  bookingMode?: "ONLINE" | "DESK_ONLY" | "WALK_IN";
  allocation?: "FIRST_COME" | "DRAW";
  holdMinutes?: number;
  releaseDelayMinutes?: number;
  minNoticeMinutes?: number;
  horizonDays?: number;
  /** Opening hours on every weekday, in Berlin minutes (default: the whole day). */
  open?: [number, number];
  code?: string;
};

export async function makeService(o: ServiceOptions = {}) {
  const tag = randomUUID().slice(0, 8);
  const location = (await admin().query(`INSERT INTO "Location" (code, name, address, kind) VALUES ($1, $2, 'Markt 1, 59065 Hamm', 'MAIN') RETURNING id`, [`loc-${tag}`, `Office ${tag}`])).rows[0].id as string;
  const service = (
    await admin().query(
      `INSERT INTO "Service" (code, lane, "durationMinutes", "bufferMinutes", "bookingMode", allocation, "minAge", "maxAge",
         "holdMinutes", "releaseDelayMinutes", "minNoticeMinutes", "horizonDays", "requiredDocuments")
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12, ARRAY['passport']) RETURNING id, code`,
      [o.code ?? `svc-${tag}`, o.lane ?? "ABH", o.durationMinutes ?? 30, o.bufferMinutes ?? 0, o.bookingMode ?? "ONLINE", o.allocation ?? "FIRST_COME",
        o.minAge ?? null, o.maxAge ?? null, o.holdMinutes ?? 10, o.releaseDelayMinutes ?? 60, o.minNoticeMinutes ?? 0, o.horizonDays ?? 60],
    )
  ).rows[0];
  await admin().query(`INSERT INTO "ServiceText" ("serviceId", locale, name, description) VALUES ($1, 'de', $2, 'Test')`, [service.id, `Testleistung ${tag}`]);
  const counterIds: string[] = [];
  for (let i = 0; i < (o.counters ?? 1); i++) {
    const counter = (await admin().query(`INSERT INTO "Counter" ("locationId", name) VALUES ($1, $2) RETURNING id`, [location, `Counter ${i + 1}`])).rows[0].id as string;
    counterIds.push(counter);
    await admin().query(`INSERT INTO "CounterService" ("counterId", "serviceId") VALUES ($1, $2)`, [counter, service.id]);
    const [from, to] = o.open ?? [0, 1440];
    for (let weekday = 1; weekday <= 7; weekday++) {
      await admin().query(`INSERT INTO "OpeningRule" ("counterId", weekday, "startMinute", "endMinute") VALUES ($1, $2, $3, $4)`, [counter, weekday, from, to]);
    }
  }
  return { serviceId: service.id as string, serviceCode: service.code as string, counterIds, locationId: location };
}

const berlinDate = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(d);

/**
 * `count` slot starts 30 minutes apart on the first working day at least `daysAhead` days from
 * now (no public holiday), from 08:00 UTC — 09:00 or 10:00 in Berlin, on every grid of 30
 * minutes or its divisors, whatever the season.
 */
export function slots(count: number, daysAhead = 3, stepMinutes = 30): Date[] {
  let day = new Date(Date.now() + daysAhead * 86_400_000);
  while (isHoliday(berlinDate(day), "NW")) day = new Date(day.getTime() + 86_400_000);
  const base = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 8, 0);
  return Array.from({ length: count }, (_, i) => new Date(base + i * stepMinutes * 60_000));
}

const CONSONANTS = "bdfgklmnprstv";
const VOWELS = "aeiou";
/** A random pronounceable name whose name key (consonant skeleton) is random too. */
function randomName(): string {
  let name = "";
  let previous = "";
  for (let i = 0; i < 5; i++) {
    let c = previous;
    while (c === previous) c = CONSONANTS[Math.floor(Math.random() * CONSONANTS.length)];
    previous = c;
    name += c + VOWELS[Math.floor(Math.random() * VOWELS.length)];
  }
  return name[0].toUpperCase() + name.slice(1);
}

/** A person with a random name (so the one-active rule and the case model see distinct people). */
export function person(overrides: Partial<PersonDetails> = {}): PersonDetails {
  return {
    givenName: randomName(),
    familyName: randomName(),
    birthDate: "1990-05-17",
    email: "person@example.org",
    phone: undefined,
    language: "ar",
    onBehalf: false,
    ...overrides,
  };
}

/** A distinct client address per call, so IP rate limits do not interfere unless a test wants them. */
export const client = () => ({ ip: `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });

export const bookingRow = async (code: string) => (await admin().query(`SELECT * FROM "Booking" WHERE code = $1`, [code])).rows[0];
