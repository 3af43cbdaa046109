import { beforeAll, describe, expect, it, vi } from "vitest";
import pg from "pg";

// 20 counters call at once: enough pooled connections that none waits for another's slot
vi.hoisted(() => {
  process.env.DB_POOL_SIZE = "24";
});

import { admin } from "../setup/admin-db";
import { makeActor } from "../factories/staff";
import type { Actor } from "@/lib/auth/actor";
import { issueTicket } from "@/lib/queue/issue-ticket";
import { callNextTicket } from "@/lib/queue/call-next-ticket";
import { completeTicket } from "@/lib/queue/complete-ticket";
import { recallTicket } from "@/lib/queue/recall-ticket";
import { startService } from "@/lib/queue/start-service";
import { transferTicket } from "@/lib/queue/transfer-ticket";
import { setTicketPriority } from "@/lib/queue/set-ticket-priority";
import { markNoShow } from "@/lib/queue/mark-no-show";
import { getQueueOverview } from "@/lib/queue/get-queue-overview";
import { parseTicketEvent } from "@/lib/live/ticket-event";
import { eventsOf, kioskAt, makeOffice, rawTicket, ticketRow } from "./queue-arrange";

let desk: Actor, abh: Actor, mbe: Actor, abhLead: Actor;
beforeAll(async () => {
  desk = await makeActor("FRONT_DESK");
  abh = await makeActor("CASEWORKER", "ABH");
  mbe = await makeActor("CASEWORKER", "MBE");
  abhLead = await makeActor("LANE_LEAD", "ABH");
});

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

describe("numbering", () => {
  it("numbers 100 concurrent walk-ins of one queue 1…100 without gaps or duplicates, per queue", async () => {
    const office = await makeOffice();
    // five kiosks of the office at once (staff issue at the desk one at a time)
    const kiosks = Array.from({ length: 5 }, () => kioskAt(office));
    const issued = await Promise.all(
      Array.from({ length: 100 }, (_, i) => issueTicket({ locationId: office.locationId, serviceCode: office.abh.code, language: "ar" }, { kiosk: kiosks[i % 5] })),
    );
    const numbers = (await admin().query(`SELECT number FROM "Ticket" WHERE "queueId" = $1 ORDER BY number`, [office.queues.A])).rows.map((r) => r.number);
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(new Set(issued.map((t) => t.displayNumber)).size).toBe(100);
    expect(issued.map((t) => t.displayNumber)).toContain("A-042");
    // another queue starts at 1
    const k = await issueTicket({ locationId: office.locationId, lane: "KIM", language: "tr" }, { kiosk: kiosks[0] });
    expect(k).toMatchObject({ displayNumber: "K-001", queueName: "Integration", waitingAhead: 0, estimatedWaitMinutes: 0, late: false, language: "tr" });
  }, 90_000);

  it("estimates the wait from the tickets ahead and the service's duration before anyone finished", async () => {
    const office = await makeOffice();
    for (let i = 0; i < 3; i++) await issueTicket({ locationId: office.locationId, serviceCode: office.abh.code }, { actor: desk });
    const fourth = await issueTicket({ locationId: office.locationId, serviceCode: office.abh.code }, { actor: desk });
    expect(fourth).toMatchObject({ displayNumber: "A-004", waitingAhead: 3, estimatedWaitMinutes: 60 });
  });
});

describe("call order", () => {
  it("calls due appointments by time, then walk-ins with priority, then by waiting time, then early arrivals", async () => {
    const office = await makeOffice({ abhCounters: 1 });
    const plain1 = await rawTicket(office.queues.A);
    const early = await rawTicket(office.queues.A, { appointmentAt: minutes(90) });
    const due2 = await rawTicket(office.queues.A, { appointmentAt: minutes(-2) });
    const prio = await rawTicket(office.queues.A, { priorities: ["SMALL_CHILDREN"] });
    const due1 = await rawTicket(office.queues.A, { appointmentAt: minutes(-10) });
    const dueSoon = await rawTicket(office.queues.A, { appointmentAt: minutes(3) }); // within the 5 minutes' grace
    const plain2 = await rawTicket(office.queues.A);
    const laterPrio = await rawTicket(office.queues.A);
    await setTicketPriority(desk, { ticketId: laterPrio, priorities: ["DISABILITY"] });

    const order: string[] = [];
    for (;;) {
      const t = await callNextTicket(abh, { counterId: office.abhCounters[0] });
      if (!t) break;
      order.push(t.id);
      await completeTicket(abh, { ticketId: t.id });
    }
    expect(order).toEqual([due1, due2, dueSoon, prio, laterPrio, plain1, plain2, early]);
    expect(await eventsOf(laterPrio)).toEqual(["ISSUED", "PRIORITY_SET", "CALLED", "FINISHED"]);
  });

  it("20 counters calling at once over 500 tickets: each ticket called exactly once, in order up to the counters in flight", async () => {
    const office = await makeOffice({ abhCounters: 20 });
    await admin().query(
      `SELECT issue_ticket_internal($1, 'de', CASE WHEN i % 10 = 3 THEN ARRAY['DISABILITY']::"TicketPriority"[] END, NULL, NULL,
              CASE WHEN i % 10 = 5 THEN now() - make_interval(mins => i % 60) WHEN i % 50 = 7 THEN now() + interval '3 hours' END, false, NULL)
         FROM generate_series(1, 500) i`,
      [office.queues.A],
    );
    const expected = (await admin().query(`SELECT t.id FROM "Ticket" t WHERE "queueId" = $1 ORDER BY ticket_rank(t)`, [office.queues.A])).rows.map((r) => r.id as string);
    expect(expected).toHaveLength(500);
    const actors = await Promise.all(office.abhCounters.map((_, i) => (i % 2 ? makeActor("CASEWORKER", "ABH") : Promise.resolve(desk))));

    const called: string[] = [];
    await Promise.all(
      office.abhCounters.map(async (counterId, i) => {
        for (;;) {
          const t = await callNextTicket(actors[i], { counterId });
          if (!t) return;
          called.push(t.id);
          expect(t.counterId).toBe(counterId);
          await completeTicket(actors[i], { ticketId: t.id });
        }
      }),
    );
    expect(called).toHaveLength(500);
    expect(new Set(called).size).toBe(500);
    const calls = (await admin().query(
      `SELECT e."ticketId", count(*) OVER (PARTITION BY e."ticketId") AS n FROM "TicketEvent" e WHERE e."queueId" = $1 AND e.event = 'CALLED' ORDER BY e.id`,
      [office.queues.A],
    )).rows;
    expect(calls.every((c) => Number(c.n) === 1)).toBe(true);
    // SKIP LOCKED lets a counter pass tickets locked by calls still in flight, nothing else: the
    // i-th call takes a ticket close to the i-th of the call order
    const rank = new Map(expected.map((id, i) => [id, i]));
    const displacement = calls.map((c, i) => Math.abs(rank.get(c.ticketId)! - i));
    expect(Math.max(...displacement)).toBeLessThan(60);
    const statuses = (await admin().query(`SELECT status, count(*)::int AS n FROM "Ticket" WHERE "queueId" = $1 GROUP BY status`, [office.queues.A])).rows;
    expect(statuses).toEqual([{ status: "DONE", n: 500 }]);
  }, 180_000);

  it("refuses a second call while the counter still has a called ticket", async () => {
    const office = await makeOffice({ abhCounters: 1 });
    await rawTicket(office.queues.A);
    await rawTicket(office.queues.A);
    await callNextTicket(abh, { counterId: office.abhCounters[0] });
    await expect(callNextTicket(abh, { counterId: office.abhCounters[0] })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "queue:error.counterBusy" });
  });

  it("answers an unknown or inactive counter with queue:error.noCounter and calls nothing", async () => {
    const office = await makeOffice({ abhCounters: 1 });
    await rawTicket(office.queues.A);
    await expect(callNextTicket(abh, { counterId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "queue:error.noCounter" });
    await admin().query(`UPDATE "Counter" SET active = false WHERE id = $1`, [office.abhCounters[0]]);
    await expect(callNextTicket(abh, { counterId: office.abhCounters[0] })).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "queue:error.noCounter" });
    const waiting = (await admin().query(`SELECT count(*)::int AS n FROM "Ticket" WHERE "queueId" = $1 AND status = 'WAITING'`, [office.queues.A])).rows[0].n;
    expect(waiting).toBe(1);
  });

  it("calls one ticket for a double click: two calls of one counter at the same moment", async () => {
    const office = await makeOffice({ abhCounters: 1 });
    await rawTicket(office.queues.A);
    await rawTicket(office.queues.A);
    const results = await Promise.allSettled([1, 2, 3].map(() => callNextTicket(abh, { counterId: office.abhCounters[0] })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["CONFLICT", "CONFLICT"]);
    const called = (await admin().query(`SELECT count(*)::int AS n FROM "Ticket" WHERE "queueId" = $1 AND status = 'CALLED'`, [office.queues.A])).rows[0].n;
    expect(called).toBe(1);
  });
});

describe("recall, no-show, transfer", () => {
  it("marks a ticket NO_SHOW at the recall after NO_SHOW_AFTER_RECALLS recalls", async () => {
    const office = await makeOffice({ abhCounters: 1 });
    const id = await rawTicket(office.queues.A);
    await callNextTicket(abh, { counterId: office.abhCounters[0] });
    expect((await recallTicket(abh, { ticketId: id })).recalls).toBe(1);
    expect((await recallTicket(abh, { ticketId: id })).status).toBe("CALLED");
    expect((await recallTicket(abh, { ticketId: id })).status).toBe("NO_SHOW");
    expect(await eventsOf(id)).toEqual(["ISSUED", "CALLED", "RECALLED", "RECALLED", "NO_SHOW"]);
    await expect(recallTicket(abh, { ticketId: id })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "queue:error.wrongStatus" });
    const other = await rawTicket(office.queues.A);
    await callNextTicket(abh, { counterId: office.abhCounters[0] });
    expect((await markNoShow(abh, { ticketId: other })).status).toBe("NO_SHOW");
    const overview = await getQueueOverview(desk, { locationId: office.locationId });
    expect(overview.queues.find((q) => q.code === "A")).toMatchObject({ waiting: 0, noShowsToday: 2, openCounters: ["Schalter 1"] });
  });

  it("transfers ABH → MBE keeping visit and number, placed by the first issue time; MBE calls it first", async () => {
    const office = await makeOffice({ abhCounters: 1, mbeCounters: 1 });
    const visit = await issueTicket({ locationId: office.locationId, serviceCode: office.abh.code, language: "ar" }, { actor: desk });
    const m1 = await issueTicket({ locationId: office.locationId, lane: "MBE" }, { actor: desk });
    const m2 = await issueTicket({ locationId: office.locationId, lane: "MBE" }, { actor: desk });
    expect([m1.displayNumber, m2.displayNumber]).toEqual(["M-001", "M-002"]);

    const called = await callNextTicket(abh, { counterId: office.abhCounters[0] });
    expect(called?.id).toBe(visit.ticketId);
    await startService(abh, { ticketId: visit.ticketId });
    const moved = await transferTicket(abh, { ticketId: visit.ticketId, toLane: "MBE" });
    expect(moved.ticket.status).toBe("TRANSFERRED");
    expect(moved.to).toMatchObject({ displayNumber: visit.displayNumber, queueName: "Migrationsberatung" });

    const before = await ticketRow(visit.ticketId);
    const after = await ticketRow(moved.to.ticketId);
    expect(after).toMatchObject({ visitId: before.visitId, displayNumber: "A-001", number: 1, status: "WAITING", lane: "MBE", language: "ar", transferredFromId: visit.ticketId });
    expect(after.issuedAt.getTime()).toBe(before.issuedAt.getTime());

    const next = await callNextTicket(mbe, { counterId: office.mbeCounters[0] });
    expect(next).toMatchObject({ id: moved.to.ticketId, displayNumber: "A-001", visitId: before.visitId });
    expect(await eventsOf(visit.ticketId)).toEqual(["ISSUED", "CALLED", "STARTED", "TRANSFERRED"]);
    expect(await eventsOf(moved.to.ticketId)).toEqual(["ISSUED", "CALLED"]);
    // the ABH caseworker cannot follow the visit into MBE
    await expect(completeTicket(abh, { ticketId: moved.to.ticketId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await completeTicket(mbe, { ticketId: moved.to.ticketId })).status).toBe("DONE");
  });

  it("keeps TicketEvent append-only, even for the owner", async () => {
    const office = await makeOffice();
    const id = await rawTicket(office.queues.A);
    await expect(admin().query(`UPDATE "TicketEvent" SET event = 'CALLED' WHERE "ticketId" = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(admin().query(`DELETE FROM "TicketEvent" WHERE "ticketId" = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(admin().query(`UPDATE "Ticket" SET number = 99 WHERE id = $1`, [id])).rejects.toThrow(/fixed/);
  });

  it("shows the desk and public lane leads the public lanes' queues in counts, never an MBE or JMD queue; the MBE lead theirs too", async () => {
    const office = await makeOffice();
    await issueTicket({ locationId: office.locationId, lane: "MBE" }, { actor: desk });
    await issueTicket({ locationId: office.locationId, serviceCode: office.abh.code }, { actor: desk });
    for (const actor of [desk, abhLead]) {
      const o = await getQueueOverview(actor, { locationId: office.locationId });
      expect(o.queues.map((q) => [q.code, q.waiting])).toEqual([["A", 1], ["K", 0]]);
      expect(JSON.stringify(o)).not.toMatch(/ticketId|personId/);
    }
    const mbeLead = await makeActor("LANE_LEAD", "MBE");
    expect((await getQueueOverview(mbeLead, { locationId: office.locationId })).queues.map((q) => [q.code, q.waiting])).toEqual([["A", 1], ["K", 0], ["M", 1]]);
  });
});

describe("display notifications", () => {
  it("NOTIFYs ticket_events with the display's payload on commit, and nothing for a rolled-back call", async () => {
    const office = await makeOffice({ abhCounters: 1 });
    await admin().query(`UPDATE "Counter" SET name = 'Schalter 3' WHERE id = $1`, [office.abhCounters[0]]);
    const rolledBack = await rawTicket(office.queues.A);
    const listener = new pg.Client({ connectionString: process.env.TEST_ADMIN_URL });
    await listener.connect();
    const received: Record<string, unknown>[] = [];
    listener.on("notification", (n) => {
      const p = JSON.parse(n.payload!);
      if (p.locationId === office.locationId) received.push(p);
    });
    await listener.query("LISTEN ticket_events");
    try {
      // a call that fails after its UPDATE: the trigger ran, the transaction rolls back
      const app = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
      await app.connect();
      await app.query("BEGIN");
      await app.query("SELECT set_config('app.role', 'CASEWORKER', true), set_config('app.lane', 'ABH', true), set_config('app.user_id', $1, true)", [abh.userId]);
      expect((await app.query(`UPDATE "Ticket" SET status = 'CALLED', "counterId" = $1, "calledAt" = now() WHERE id = $2`, [office.abhCounters[0], rolledBack])).rowCount).toBe(1);
      await app.query("ROLLBACK");
      await app.end();

      const ticket = await callNextTicket(abh, { counterId: office.abhCounters[0] });
      expect(ticket?.id).toBe(rolledBack); // still waiting: the rolled-back call changed nothing
      await recallTicket(abh, { ticketId: rolledBack });
      await completeTicket(abh, { ticketId: rolledBack });
      await vi.waitFor(() => expect(received).toHaveLength(3));
      expect(received.map((r) => r.type)).toEqual(["called", "recalled", "finished"]);
      expect(Object.keys(received[0]).sort()).toEqual(["at", "counterName", "displayNumber", "language", "locationId", "ticketId", "type"]);
      expect(received[0]).toMatchObject({ type: "called", locationId: office.locationId, ticketId: rolledBack, displayNumber: "A-001", counterName: "Schalter 3", language: "de" });
      expect(new Date(received[0].at as string).toISOString()).toBe(received[0].at);
      // the display's side of the contract (lib/live) accepts every one of them
      for (const r of received) expect(parseTicketEvent(JSON.stringify(r))).not.toBeNull();
    } finally {
      await listener.end();
    }
  });
});
