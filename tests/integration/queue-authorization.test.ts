import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { admin, asAppRole } from "../setup/admin-db";
import { makeActor, makeAllActors } from "../factories/staff";
import type { Actor } from "@/lib/auth/actor";
import { callNextTicket } from "@/lib/queue/call-next-ticket";
import { recallTicket } from "@/lib/queue/recall-ticket";
import { completeTicket } from "@/lib/queue/complete-ticket";
import { transferTicket } from "@/lib/queue/transfer-ticket";
import { setTicketPriority } from "@/lib/queue/set-ticket-priority";
import { markNoShow } from "@/lib/queue/mark-no-show";
import { startService } from "@/lib/queue/start-service";
import { issueTicket } from "@/lib/queue/issue-ticket";
import { checkInBooking } from "@/lib/queue/check-in-booking";
import { getQueueOverview } from "@/lib/queue/get-queue-overview";
import { confirmedBooking, kioskAt, makeOffice, rawTicket, ticketRow, type Office } from "./queue-arrange";

type Actors = Awaited<ReturnType<typeof makeAllActors>> & { sozLead: Actor; jmdLead: Actor };
let a: Actors;
beforeAll(async () => {
  a = { ...(await makeAllActors()), sozLead: await makeActor("LANE_LEAD", "SOZ"), jmdLead: await makeActor("LANE_LEAD", "JMD") };
});
const ROLES = ["frontDesk", "abh", "abhLead", "soz", "sozLead", "kim", "kimLead", "mbe", "mbeLead", "jmd", "jmdLead", "admin", "steering"] as const;
type RoleName = (typeof ROLES)[number];

/** A called ticket of `queue` at the office's counter, as the database holds it. */
async function calledTicket(office: Office, queue: "A" | "M") {
  const id = await rawTicket(office.queues[queue]);
  const counter = queue === "A" ? office.abhCounters[0] : office.mbeCounters[0];
  await admin().query(`UPDATE "Ticket" SET status = 'CALLED', "counterId" = $1, "calledAt" = now() WHERE id = $2`, [counter, id]);
  return id;
}

const TICKET_OPS = {
  recall: (actor: Actor, ticketId: string) => recallTicket(actor, { ticketId }),
  noShow: (actor: Actor, ticketId: string) => markNoShow(actor, { ticketId }),
  start: (actor: Actor, ticketId: string) => startService(actor, { ticketId }),
  complete: (actor: Actor, ticketId: string) => completeTicket(actor, { ticketId }),
  transfer: (actor: Actor, ticketId: string) => transferTicket(actor, { ticketId, toLane: "KIM" }),
};

describe("who may change which ticket", () => {
  // ABH tickets: the desk and ABH; MBE tickets: MBE only — the desk never sees counselling tickets
  const allowed: Record<"A" | "M", RoleName[]> = { A: ["frontDesk", "abh", "abhLead"], M: ["mbe", "mbeLead"] };
  for (const queue of ["A", "M"] as const) {
    for (const [op, run] of Object.entries(TICKET_OPS)) {
      it(`${op} on a ${queue === "A" ? "ABH" : "MBE"} ticket`, async () => {
        const office = await makeOffice();
        for (const role of ROLES) {
          const id = await calledTicket(office, queue);
          const before = await ticketRow(id);
          if (allowed[queue].includes(role)) {
            await expect(run(a[role], id), role).resolves.toBeTruthy();
          } else {
            await expect(run(a[role], id), role).rejects.toMatchObject({ code: "NOT_FOUND" });
            expect(await ticketRow(id), role).toEqual(before);
          }
        }
      });
    }
    it(`setTicketPriority on a waiting ${queue === "A" ? "ABH" : "MBE"} ticket`, async () => {
      const office = await makeOffice();
      for (const role of ROLES) {
        const id = await rawTicket(office.queues[queue]);
        const p = setTicketPriority(a[role], { ticketId: id, priorities: ["DISABILITY"] });
        if (allowed[queue].includes(role)) await expect(p, role).resolves.toMatchObject({ priorities: ["DISABILITY"] });
        else await expect(p, role).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
    });
  }

  it("callNextTicket: each role gets only tickets of lanes it may see; ADMIN and STEERING none at all", async () => {
    for (const role of ROLES) {
      const office = await makeOffice();
      const abhTicket = await rawTicket(office.queues.A);
      const mbeTicket = await rawTicket(office.queues.M);
      const atAbh = callNextTicket(a[role], { counterId: office.abhCounters[0] });
      const atMbe = callNextTicket(a[role], { counterId: office.mbeCounters[0] });
      if (role === "admin" || role === "steering") {
        await expect(atAbh, role).rejects.toMatchObject({ code: "NOT_FOUND" });
        await expect(atMbe, role).rejects.toMatchObject({ code: "NOT_FOUND" });
        continue;
      }
      expect((await atAbh)?.id ?? null, role).toBe(allowed.A.includes(role) ? abhTicket : null);
      expect((await atMbe)?.id ?? null, role).toBe(allowed.M.includes(role) ? mbeTicket : null);
    }
  });

  it("issueTicket and checkInBooking: the front desk only (kiosks aside)", async () => {
    const office = await makeOffice();
    const b = await confirmedBooking(office, office.abhCounters[0], new Date(Date.now() + 60_000));
    for (const role of ROLES) {
      const issue = issueTicket({ locationId: office.locationId, lane: "MBE" }, { actor: a[role] });
      const checkIn = checkInBooking({ locationId: office.locationId, code: b.code, birthDate: b.birthDate }, { actor: a[role] });
      if (role === "frontDesk") {
        await expect(issue).resolves.toMatchObject({ displayNumber: "M-001" });
        await expect(checkIn).resolves.toMatchObject({ displayNumber: "A-001" });
      } else {
        await expect(issue, role).rejects.toMatchObject({ code: "NOT_FOUND" });
        await expect(checkIn, role).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
    }
  });

  it("getQueueOverview: the front desk and lane leads", async () => {
    const office = await makeOffice();
    for (const role of ROLES) {
      const p = getQueueOverview(a[role], { locationId: office.locationId });
      if (["frontDesk", "abhLead", "sozLead", "kimLead", "mbeLead", "jmdLead"].includes(role)) await expect(p, role).resolves.toMatchObject({ queues: expect.any(Array) });
      else await expect(p, role).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("row-level security without the app's checks", () => {
  it("hides MBE tickets from the desk, every ticket from kiosks, STEERING and ADMIN; events to lane leads (their lane) and steering (public lanes only)", async () => {
    const office = await makeOffice();
    const abhTicket = await rawTicket(office.queues.A);
    const mbeTicket = await rawTicket(office.queues.M);
    const sees = async (settings: { role: string; lane?: string }) =>
      (await asAppRole<{ id: string }>(settings, `SELECT id FROM "Ticket" WHERE id = ANY($1) ORDER BY "queueId" = $2 DESC`, [[abhTicket, mbeTicket], office.queues.A])).rows.map((r) => r.id);
    expect(await sees({ role: "FRONT_DESK" })).toEqual([abhTicket]);
    expect(await sees({ role: "CASEWORKER", lane: "MBE" })).toEqual([mbeTicket]);
    expect(await sees({ role: "CASEWORKER", lane: "KIM" })).toEqual([]);
    for (const role of ["KIOSK", "STEERING", "ADMIN", "BOOKING"]) expect(await sees({ role }), role).toEqual([]);
    const events = async (settings: { role: string; lane?: string }) =>
      (await asAppRole(settings, `SELECT 1 FROM "TicketEvent" WHERE "ticketId" = ANY($1)`, [[abhTicket, mbeTicket]])).rowCount;
    expect(await events({ role: "STEERING" })).toBe(1); // the ABH ticket's: nothing of MBE reaches steering
    expect(await events({ role: "LANE_LEAD", lane: "ABH" })).toBe(1);
    expect(await events({ role: "LANE_LEAD", lane: "MBE" })).toBe(1);
    expect(await events({ role: "FRONT_DESK" })).toBe(0);
    expect(await events({ role: "CASEWORKER", lane: "ABH" })).toBe(0);
  });

  it("lets nobody in the app insert tickets or events directly, or number them", async () => {
    const office = await makeOffice();
    const attempts = [
      `INSERT INTO "Ticket" ("queueId", "locationId", lane, "visitId", number, "displayNumber", day) VALUES ('${office.queues.A}', '${office.locationId}', 'ABH', gen_random_uuid(), 7, 'A-007', current_date)`,
      `SELECT issue_ticket_internal('${office.queues.A}', 'de', NULL, NULL, NULL, NULL, false, NULL)`,
      `UPDATE "TicketSequence" SET last = 0`,
    ];
    for (const sql of attempts) await expect(asAppRole({ role: "FRONT_DESK" }, sql), sql).rejects.toThrow(/permission denied/);
  });

  it("lets a kiosk issue only at its own location, and never with priority flags", async () => {
    const office = await makeOffice();
    const elsewhere = await makeOffice();
    const kiosk = kioskAt(elsewhere);
    // the kiosk's own location wins over the input's
    const t = await issueTicket({ locationId: office.locationId, serviceCode: elsewhere.abh.code }, { kiosk });
    expect((await ticketRow(t.ticketId)).locationId).toBe(elsewhere.locationId);
    await expect(issueTicket({ locationId: office.locationId, serviceCode: office.abh.code }, { kiosk })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(issueTicket({ locationId: elsewhere.locationId, lane: "ABH", priorities: ["DISABILITY"] }, { kiosk })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // the database holds the same line when the app's location is wrong
    const client = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(`SELECT set_config('app.role', 'KIOSK', true), set_config('app.kiosk_location', $1, true)`, [elsewhere.locationId]);
      await expect(client.query(`SELECT issue_walk_in_ticket($1, 'de', NULL, NULL)`, [office.queues.A])).rejects.toThrow(/no such queue/);
      await client.query("ROLLBACK");
    } finally {
      await client.end();
    }
  });
});
