import { beforeAll, describe, expect, it } from "vitest";
import { admin, asAppRole } from "../setup/admin-db";
import { makeActor } from "../factories/staff";
import type { Actor } from "@/lib/auth/actor";
import { addDays, berlinToday, berlinWallTimeToUtc } from "@/lib/availability/berlin-time";
import { getQueueStatistics } from "@/lib/steering/get-queue-statistics";
import type { QueueStatisticsRow } from "@/lib/steering/queue-statistics-schemas";
import { makeOffice, rawTicket, type Office } from "./queue-arrange";

/**
 * One constructed day at an office of its own: tickets go through their real life cycle (the
 * database trigger writes every TicketEvent), then each event is moved to a known minute of
 * that day, so every wait and service time below is known exactly.
 */
const D = addDays(berlinToday(), -3);
const at = (minute: number) => berlinWallTimeToUtc(D, 8 * 60 + minute); // minutes after 08:00 Berlin
const MIN = 60;

type Plan = { issued: number; called?: number; recalled?: number; started?: number; finished?: number; noShow?: number };

/** Moves a ticket's events of each kind to the given minutes (bypassing the append-only trigger, as only a superuser can). */
async function retime(ticketId: string, times: Record<string, number | undefined>) {
  const c = await admin().connect();
  try {
    await c.query("BEGIN");
    await c.query("SET LOCAL session_replication_role = replica");
    for (const [event, minute] of Object.entries(times)) {
      if (minute !== undefined) await c.query(`UPDATE "TicketEvent" SET at = $3 WHERE "ticketId" = $1 AND event = $2`, [ticketId, event, at(minute)]);
    }
    await c.query("COMMIT");
  } catch (e) {
    await c.query("ROLLBACK");
    throw e;
  } finally {
    c.release();
  }
}

/** The counter's steps as the console takes them (plain UPDATEs: the trigger records each event). */
async function advance(ticketId: string, counterId: string, p: Omit<Plan, "issued">) {
  const set = (sql: string, params: unknown[] = []) => admin().query(`UPDATE "Ticket" SET ${sql} WHERE id = $1`, [ticketId, ...params]);
  if (p.called !== undefined) await set(`status = 'CALLED', "counterId" = $2, "calledAt" = now()`, [counterId]);
  if (p.recalled !== undefined) await set(`recalls = recalls + 1`);
  if (p.started !== undefined) await set(`status = 'IN_SERVICE', "startedAt" = now()`);
  if (p.finished !== undefined) await set(`status = 'DONE', "finishedAt" = now()`);
  if (p.noShow !== undefined) await set(`status = 'NO_SHOW'`);
  await retime(ticketId, { CALLED: p.called, RECALLED: p.recalled, STARTED: p.started, FINISHED: p.finished, NO_SHOW: p.noShow });
}

async function play(queueId: string, counterId: string, p: Plan) {
  const id = await rawTicket(queueId);
  await retime(id, { ISSUED: p.issued });
  await advance(id, counterId, p);
  return id;
}

/** transfer_ticket() as the front desk would call it; returns the ticket in the target queue. */
async function transfer(ticketId: string, queueId: string, minute: number) {
  const c = await admin().connect();
  let to: string;
  try {
    await c.query("BEGIN");
    await c.query(`SELECT set_config('app.role', 'FRONT_DESK', true)`);
    to = (await c.query(`SELECT transfer_ticket($1, $2) AS id`, [ticketId, queueId])).rows[0].id;
    await c.query("COMMIT");
  } finally {
    c.release();
  }
  await retime(ticketId, { TRANSFERRED: minute });
  await retime(to, { ISSUED: minute });
  return to;
}

let office: Office;
let ticketIds: string[] = [];
const a = {} as Record<"steering" | "abhLead" | "mbeLead" | "kimLead" | "abh" | "frontDesk" | "admin", Actor>;
const range = () => ({ from: D, to: D, locationId: office.locationId });
const rowOf = (rows: QueueStatisticsRow[], lane: string) => rows.find((r) => r.lane === lane && r.day === D);

beforeAll(async () => {
  office = await makeOffice();
  Object.assign(a, {
    steering: await makeActor("STEERING"),
    abhLead: await makeActor("LANE_LEAD", "ABH"),
    mbeLead: await makeActor("LANE_LEAD", "MBE"),
    kimLead: await makeActor("LANE_LEAD", "KIM"),
    abh: await makeActor("CASEWORKER", "ABH"),
    frontDesk: await makeActor("FRONT_DESK"),
    admin: await makeActor("ADMIN"),
  });
  const A = office.abhCounters[0];
  // ABH: five served (waits 5, 10, 15, 20, 30 min; service 10, 12, 14, 16, 18 min) …
  const waits = [5, 10, 15, 20, 30];
  const services = [10, 12, 14, 16, 18];
  for (let i = 0; i < 5; i++) {
    ticketIds.push(await play(office.queues.A, A, { issued: 0, called: waits[i], started: waits[i] + 1, finished: waits[i] + 1 + services[i] }));
  }
  // … one waits 40 min, is served 20 min and sent on to MBE at minute 71 …
  const sent = await play(office.queues.A, A, { issued: 10, called: 50, started: 51 });
  const atMbe = await transfer(sent, office.queues.M, 71);
  // … where it waits 30 min from the transfer (not 91 from its first ticket) and is served 45 min
  await advance(atMbe, office.mbeCounters[0], { called: 101, started: 102, finished: 147 });
  // … and one waits 60 min, is recalled and does not come.
  ticketIds.push(sent, atMbe, await play(office.queues.A, A, { issued: 20, called: 80, recalled: 82, noShow: 85 }));
  // KIM: one served without pressing "start" (no service time), one never called.
  ticketIds.push(await play(office.queues.K, office.kimCounters[0], { issued: 30, called: 32, finished: 40 }));
  ticketIds.push(await play(office.queues.K, office.kimCounters[0], { issued: 35 }));
});

describe("queue statistics of a constructed day", () => {
  it("counts tickets and computes waits and service times exactly (lane lead: exact figures)", async () => {
    const report = await getQueueStatistics(a.abhLead, range());
    expect(report).toMatchObject({ from: D, to: D, locationId: office.locationId, suppressed: false });
    expect(report.rows).toEqual([
      {
        day: D, lane: "ABH", serviceId: office.abh.id, serviceCode: office.abh.code, serviceName: office.abh.code,
        issued: { value: 7 }, called: { value: 7 }, served: { value: 5 }, noShows: { value: 1 }, transfersOut: { value: 1 },
        // waits 5, 10, 15, 20, 30, 40, 60 min: median 20, 90th percentile 40 + 0.4 × (60 − 40) = 48
        waitMedianSeconds: { value: 20 * MIN }, waitP90Seconds: { value: 48 * MIN },
        // service 10, 12, 14, 16, 18 and 20 (until the transfer) min: median 15
        serviceMedianSeconds: { value: 15 * MIN },
      },
    ]);
  });

  it("counts a transferred ticket's wait at the next stop from the transfer", async () => {
    const [row] = (await getQueueStatistics(a.mbeLead, range())).rows;
    expect(row).toMatchObject({
      lane: "MBE", serviceId: null, serviceName: null, issued: { value: 1 }, called: { value: 1 }, served: { value: 1 },
      noShows: { value: 0 }, transfersOut: { value: 0 },
      waitMedianSeconds: { value: 30 * MIN }, waitP90Seconds: { value: 30 * MIN }, serviceMedianSeconds: { value: 45 * MIN },
    });
  });

  it("leaves durations empty where nothing was measured", async () => {
    const [row] = (await getQueueStatistics(a.kimLead, range())).rows;
    expect(row).toMatchObject({
      lane: "KIM", issued: { value: 2 }, called: { value: 1 }, served: { value: 1 },
      waitMedianSeconds: { value: 2 * MIN }, waitP90Seconds: { value: 2 * MIN }, serviceMedianSeconds: null,
    });
  });

  it("shows a lane lead only their own lane, at every location", async () => {
    const all = await getQueueStatistics(a.abhLead, { from: addDays(D, -1), to: addDays(D, 1) });
    expect(all.rows.length).toBeGreaterThan(0);
    expect(new Set(all.rows.map((r) => r.lane))).toEqual(new Set(["ABH"]));
    // and row-level security alone, without the query's filter, agrees
    const lanes = await asAppRole<{ lane: string }>({ role: "LANE_LEAD", lane: "ABH" }, `SELECT DISTINCT lane FROM "TicketEvent" WHERE "ticketId" = ANY($1::uuid[])`, [ticketIds]);
    expect(lanes.rows).toEqual([{ lane: "ABH" }]);
  });

  it("publishes steering's figures with small cells suppressed", async () => {
    const report = await getQueueStatistics(a.steering, range());
    expect(report.suppressed).toBe(true);
    // the public lanes only: not even a count of the counselling lanes (DESIGN.md rule 2)
    expect(report.rows.map((r) => r.lane)).toEqual(["ABH", "KIM"]);
    expect(rowOf(report.rows, "ABH")).toMatchObject({
      issued: { value: 7 }, called: { value: 7 },
      // 1 no-show and 1 transfer are below 5; together still below 5, so "served" is hidden as
      // well — otherwise 7 − 5 − (one of them) would give the other away
      served: { hidden: "secondary" }, noShows: { hidden: "small" }, transfersOut: { hidden: "small" },
      waitMedianSeconds: { value: 20 * MIN }, waitP90Seconds: { value: 48 * MIN }, serviceMedianSeconds: { value: 15 * MIN },
    });
    // one person's wait must not be readable from a "median" of one
    expect(rowOf(report.rows, "KIM")).toMatchObject({
      issued: { hidden: "small" }, called: { hidden: "small" },
      waitMedianSeconds: { hidden: "small" }, waitP90Seconds: { hidden: "small" },
    });
    expect(JSON.stringify(rowOf(report.rows, "KIM"))).not.toMatch(/"value"/);
    // row-level security alone agrees: steering reads no MBE or JMD event
    const lanes = await asAppRole<{ lane: string }>({ role: "STEERING", lane: null }, `SELECT DISTINCT lane FROM "TicketEvent" WHERE "ticketId" = ANY($1::uuid[]) ORDER BY lane`, [ticketIds]);
    expect(lanes.rows).toEqual([{ lane: "ABH" }, { lane: "KIM" }]);
  });

  it("records every read in the audit log", async () => {
    const auditor = await makeActor("STEERING");
    await getQueueStatistics(auditor, range(), { audit: "export" });
    const { rows } = await admin().query(`SELECT action, detail FROM "AuditEvent" WHERE "actorId" = $1`, [auditor.userId]);
    expect(rows).toEqual([{ action: "steering.queues.export", detail: { from: D, to: D, locationId: office.locationId } }]);
  });
});

describe("who may read queue statistics", () => {
  it("refuses caseworkers, the front desk and admins with the plain 404", async () => {
    for (const actor of [a.abh, a.frontDesk, a.admin]) {
      await expect(getQueueStatistics(actor, range()), actor.role).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("gives kiosks, caseworkers, the desk and admins no event rows even if app code forgot the check", async () => {
    for (const settings of [{ role: "KIOSK" }, { role: "CASEWORKER", lane: "ABH" }, { role: "FRONT_DESK" }, { role: "ADMIN" }]) {
      const { rows } = await asAppRole<{ n: number }>(settings, `SELECT count(*)::int AS n FROM "TicketEvent" WHERE "ticketId" = ANY($1::uuid[])`, [ticketIds]);
      expect(rows[0].n, settings.role).toBe(0);
    }
  });
});

describe("the report's range", () => {
  it("defaults to the last 14 days up to today", async () => {
    const report = await getQueueStatistics(a.abhLead, {});
    expect([report.from, report.to]).toEqual([addDays(berlinToday(), -13), berlinToday()]);
    expect(rowOf(report.rows, "ABH")?.issued).toEqual({ value: 7 });
  });

  it("refuses a reversed range, more than 92 days and impossible dates", async () => {
    await expect(getQueueStatistics(a.steering, { from: D, to: addDays(D, -1) })).rejects.toMatchObject({
      code: "VALIDATION", fieldErrors: { to: ["steering:queues.error.order"] },
    });
    await expect(getQueueStatistics(a.steering, { from: addDays(D, -92), to: D })).rejects.toMatchObject({
      code: "VALIDATION", fieldErrors: { from: ["steering:queues.error.tooLong"] },
    });
    await expect(getQueueStatistics(a.steering, { from: addDays(berlinToday(), -92) })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(getQueueStatistics(a.steering, { from: "2026-02-30", to: "2026-03-01" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(getQueueStatistics(a.steering, { locationId: "not-a-uuid" })).rejects.toMatchObject({ code: "VALIDATION" });
    // exactly 92 days is allowed
    await expect(getQueueStatistics(a.steering, { from: addDays(D, -91), to: D })).resolves.toMatchObject({ from: addDays(D, -91) });
  });
});
