import pg from "pg";
import type { PersonDetails } from "../../lib/booking/schemas";

/**
 * Data of the booking benchmark (tests/bench/booking.ts), written through the owner connection:
 * the demo catalogue (prisma/seed-appointments.ts) grown to 30 services on 20 counters, and
 * dedicated services for the rush and the sustained-rate measurements.
 */

const LANES = ["ABH", "SOZ", "KIM", "MBE", "JMD"] as const;
const DURATIONS = [15, 20, 30, 45, 60];
const MON_FRI = [1, 2, 3, 4, 5];

async function counter(admin: pg.Client, locationCode: string, name: string, rules: [number, number, number][]): Promise<string> {
  const location = (await admin.query(`SELECT id FROM "Location" WHERE code = $1`, [locationCode])).rows[0].id;
  const id = (await admin.query(`INSERT INTO "Counter" ("locationId", name) VALUES ($1, $2) RETURNING id`, [location, name])).rows[0].id as string;
  for (const [weekday, start, end] of rules) {
    await admin.query(`INSERT INTO "OpeningRule" ("counterId", weekday, "startMinute", "endMinute") VALUES ($1, $2, $3, $4)`, [id, weekday, start, end]);
  }
  return id;
}

async function service(admin: pg.Client, s: { code: string; lane: string; duration: number; buffer: number; minNotice: number; counterIds: string[] }) {
  const id = (
    await admin.query(
      `INSERT INTO "Service" (code, lane, "durationMinutes", "bufferMinutes", "bookingMode", "minNoticeMinutes", "horizonDays", "requiredDocuments")
       VALUES ($1, $2, $3, $4, 'ONLINE', $5, 60, ARRAY['passport']) RETURNING id`,
      [s.code, s.lane, s.duration, s.buffer, s.minNotice],
    )
  ).rows[0].id as string;
  await admin.query(`INSERT INTO "ServiceText" ("serviceId", locale, name, description) VALUES ($1, 'de', $2, 'Benchmark')`, [id, `Leistung ${s.code}`]);
  for (const c of s.counterIds) await admin.query(`INSERT INTO "CounterService" ("counterId", "serviceId") VALUES ($1, $2)`, [c, id]);
  return id;
}

/**
 * Grows the seeded catalogue (10 services, 13 counters) to 30 services and 20 counters: 7 more
 * counters at the main office with office hours, 20 more online services each offered on 3
 * counters (seeded and new alike, so services share counters as they do in the office). Every
 * service gets the 60-day horizon being measured.
 */
export async function growCatalogue(admin: pg.Client): Promise<void> {
  for (let i = 1; i <= 7; i++) {
    const rules: [number, number, number][] = [...MON_FRI.map((d): [number, number, number] => [d, 8 * 60, 12 * 60]), [2, 13 * 60, 16 * 60], [4, 14 * 60, 18 * 60]];
    await counter(admin, "hamm-buergeramt", `Bench-Schalter ${i}`, rules);
  }
  const counters = (await admin.query(`SELECT id FROM "Counter" ORDER BY name, id`)).rows.map((r) => r.id as string);
  for (let i = 0; i < 20; i++) {
    await service(admin, {
      code: `bench-service-${String(i + 1).padStart(2, "0")}`,
      lane: LANES[i % LANES.length],
      duration: DURATIONS[i % DURATIONS.length],
      buffer: i % 2 ? 5 : 0,
      minNotice: 120,
      counterIds: [counters[i % counters.length], counters[(i + 7) % counters.length], counters[(i + 13) % counters.length]],
    });
  }
  await admin.query(`UPDATE "Service" SET "horizonDays" = 60`);
}

/** A service on one counter of its own, open around the clock (no minimum notice): slots for the write measurements. */
export async function benchService(admin: pg.Client, code: string, durationMinutes: number): Promise<void> {
  const all: [number, number, number][] = [1, 2, 3, 4, 5, 6, 7].map((d) => [d, 0, 24 * 60]);
  const counterId = await counter(admin, "hamm-buergeramt", `Bench ${code}`, all);
  await service(admin, { code, lane: "ABH", duration: durationMinutes, buffer: 0, minNotice: 0, counterIds: [counterId] });
}

/**
 * Books existing appointments straight into the table (CONFIRMED, one made-up person each):
 * the listed counters of every free slot, each taken with probability `share` (deterministic).
 * The exclusion constraint still guards the rows; a clash with another service's booking on a
 * shared counter is skipped.
 */
export async function bookExisting(admin: pg.Client, serviceCode: string, slots: { start: Date; end: Date; counterIds: string[] }[], share: number, seed: { next: () => number }) {
  const rows: [string, Date, Date][] = [];
  let offered = 0;
  for (const slot of slots) {
    for (const c of slot.counterIds) {
      offered++;
      if (seed.next() < share) rows.push([c, slot.start, slot.end]);
    }
  }
  const serviceRow = (await admin.query(`SELECT id, "bufferMinutes" FROM "Service" WHERE code = $1`, [serviceCode])).rows[0];
  const result = await admin.query(
    `INSERT INTO "Booking" (code, "serviceId", "counterId", "startsAt", "endsAt", "blockedUntil", status, "personKey", "givenName", "familyName", "birthDate", language, "confirmedAt")
     SELECT 'BX-' || $1 || '-' || n, $2::uuid, c, s, e, e + make_interval(mins => $3), 'CONFIRMED', $1 || '-' || n, 'Bench', 'Person ' || n, DATE '1990-01-01', 'de', now()
       FROM unnest($4::uuid[], $5::timestamptz[], $6::timestamptz[]) WITH ORDINALITY AS t(c, s, e, n)
     ON CONFLICT DO NOTHING`,
    [serviceCode, serviceRow.id, serviceRow.bufferMinutes, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
  );
  return { offered, booked: result.rowCount ?? 0 };
}

/** A small deterministic generator (mulberry32), so every run books the same pattern. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

// consonants the name key keeps as they are (no z→s, w→v, c→k folding)
const CONSONANTS = "bdfgklmnprstv";
const VOWELS = "aeiou";
/**
 * A made-up name whose name key (consonant skeleton, lib/persons/normalize-name.ts) encodes x:
 * base-12 digits, each choosing a consonant other than the one before (doubled consonants
 * would collapse in the key), so two numbers never share a key.
 */
function nameFor(x: number): string {
  let s = "";
  let previous = -1;
  for (let i = 0; i < 5; i++) {
    const digit = x % (CONSONANTS.length - 1);
    x = Math.floor(x / (CONSONANTS.length - 1));
    const c = previous >= 0 && digit >= previous ? digit + 1 : digit;
    s += CONSONANTS[c] + VOWELS[(i + digit) % VOWELS.length];
    previous = c;
  }
  return s[0].toUpperCase() + s.slice(1);
}

/** The n-th made-up person (n < 12^5): no two share the one-active-booking key. */
export function benchPerson(n: number, run: string): PersonDetails {
  const day = String((n % 28) + 1).padStart(2, "0");
  const month = String((Math.floor(n / 28) % 12) + 1).padStart(2, "0");
  return {
    givenName: nameFor(n),
    familyName: `Bench ${run}`,
    birthDate: `${1960 + (n % 40)}-${month}-${day}`,
    email: `person${n}@example.org`,
    phone: undefined,
    language: "de",
    onBehalf: false,
  };
}

/**
 * The raw-insert baseline: a table shaped like Booking (same column kinds, primary key, unique
 * code, three btree indexes, a partial unique index and the gist exclusion constraint), so the
 * comparison is "our whole booking" against "one plain row with the same index upkeep".
 */
export async function rawInsertTable(admin: pg.Client): Promise<void> {
  await admin.query(`DROP TABLE IF EXISTS bench_raw_insert`);
  await admin.query(`CREATE TABLE bench_raw_insert (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      service_id uuid NOT NULL,
      counter_id uuid NOT NULL,
      starts_at timestamptz NOT NULL,
      blocked_until timestamptz NOT NULL,
      status text NOT NULL,
      person_key text,
      given_name text,
      family_name text,
      birth_date date,
      created_at timestamptz NOT NULL DEFAULT now(),
      EXCLUDE USING gist (counter_id WITH =, tstzrange(starts_at, blocked_until) WITH &&))`);
  await admin.query(`CREATE INDEX ON bench_raw_insert (service_id, starts_at)`);
  await admin.query(`CREATE INDEX ON bench_raw_insert (counter_id, starts_at)`);
  await admin.query(`CREATE INDEX ON bench_raw_insert (status, created_at)`);
  await admin.query(`CREATE UNIQUE INDEX ON bench_raw_insert (service_id, person_key) WHERE status = 'CONFIRMED'`);
}
