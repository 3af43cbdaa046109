import { beforeAll, describe, expect, it } from "vitest";
import { admin } from "../setup/admin-db";
import { makeAllActors } from "../factories/staff";
import { makeCaseFile } from "../factories/case-file";
import { confirmedBooking, makeOffice, rawTicket, type Office } from "./queue-arrange";
import { getCounterDesk } from "@/lib/counter/get-counter-desk";
import { listCounters } from "@/lib/counter/list-counters";
import { listLocations } from "@/lib/counter/list-locations";
import { getQueueOverview } from "@/lib/queue/get-queue-overview";

let a: Awaited<ReturnType<typeof makeAllActors>>;
beforeAll(async () => {
  a = await makeAllActors();
});

/** A ticket of `queue`, called at `counterId`, for a person with a case file (and, if asked, a booking with a request). */
async function calledFor(office: Office, queue: "A" | "M", counterId: string, o: { withRequest?: boolean } = {}) {
  const file = await makeCaseFile({ given: "Amina", lanes: [queue === "A" ? "ABH" : "MBE"] });
  let bookingId: string | null = null;
  if (o.withRequest) {
    const booking = await confirmedBooking(office, counterId, new Date(), queue === "A" ? office.abh.id : office.mbe.id);
    const request = await admin().query(`INSERT INTO "Request" ("caseFileId", channel, topic, summary) VALUES ($1, 'COUNTER', 'residence', 'Verlängerung') RETURNING id`, [file.caseFileId]);
    await admin().query(`UPDATE "Booking" SET "personId" = $1, "requestId" = $2 WHERE id = $3`, [file.personId, request.rows[0].id, booking.id]);
    bookingId = booking.id;
  }
  // the ticket's person and booking are fixed at issue, as check-in does it
  const { rows } = await admin().query(`SELECT issue_ticket_internal($1, 'de', '{}'::"TicketPriority"[], NULL, $2, NULL, false, $3) AS id`, [
    office.queues[queue], bookingId, file.personId,
  ]);
  const id = rows[0].id as string;
  await admin().query(`UPDATE "Ticket" SET status = 'CALLED', "counterId" = $1, "calledAt" = now() WHERE id = $2`, [counterId, id]);
  return { id, ...file };
}

const counterAudits = async (caseFileId: string) =>
  (await admin().query(`SELECT "actorId", purpose FROM "AuditEvent" WHERE "caseFileId" = $1 AND action = 'caseFile.read'`, [caseFileId])).rows;

describe("the counters an actor may call at", () => {
  it("offers the desk every counter of the office, lane staff only their lane's, and refuses admin and steering", async () => {
    const office = await makeOffice({ abhCounters: 2, mbeCounters: 1 });
    const at = async (actor: typeof a.frontDesk) => (await listCounters(actor)).filter((c) => c.locationId === office.locationId).map((c) => c.name);
    expect(await at(a.frontDesk)).toEqual(["Beratung 1", "KIM 1", "Schalter 1", "Schalter 2"]);
    expect(await at(a.abh)).toEqual(["Schalter 1", "Schalter 2"]);
    expect(await at(a.mbeLead)).toEqual(["Beratung 1"]);
    expect(await at(a.jmd)).toEqual([]);
    for (const actor of [a.admin, a.steering]) {
      await expect(listCounters(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getCounterDesk(actor, office.abhCounters[0], "de")).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("lists locations for the overview only to the desk and lane leads", async () => {
    const office = await makeOffice();
    for (const actor of [a.frontDesk, a.abhLead]) expect((await listLocations(actor)).map((l) => l.id)).toContain(office.locationId);
    for (const actor of [a.abh, a.mbe, a.admin, a.steering]) await expect(listLocations(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the counter console's current ticket", () => {
  it("shows the desk an ABH ticket with master data, case file and the booking's request, and audits the read", async () => {
    const office = await makeOffice();
    const t = await calledFor(office, "A", office.abhCounters[0], { withRequest: true });
    const desk = await getCounterDesk(a.frontDesk, office.abhCounters[0], "de");
    expect(desk.current?.ticket.id).toBe(t.id);
    expect(desk.current?.person?.givenName).toBe("Amina");
    expect(desk.current?.fileNumber).toBe(t.fileNumber);
    expect(desk.current?.request).toEqual({ topic: "residence", summary: "Verlängerung", status: "OPEN" });
    expect(desk.current?.serviceCode).toBe(office.abh.code);
    expect(await counterAudits(t.caseFileId)).toEqual([{ actorId: a.frontDesk.userId, purpose: "counter" }]);
  });

  it("never shows the desk or another lane an MBE ticket, while MBE sees it with the person", async () => {
    const office = await makeOffice();
    const counter = office.mbeCounters[0];
    const t = await calledFor(office, "M", counter, { withRequest: true });
    await rawTicket(office.queues.M);
    for (const actor of [a.frontDesk, a.abh, a.kimLead, a.jmd]) {
      const desk = await getCounterDesk(actor, counter, "de");
      expect(desk.current, actor.role + actor.lane).toBeNull();
      expect(desk.waiting, actor.role + actor.lane).toEqual([]);
    }
    expect(await counterAudits(t.caseFileId)).toEqual([]);
    const mbe = await getCounterDesk(a.mbe, counter, "de");
    expect(mbe.current?.person?.id).toBe(t.personId);
    expect(mbe.current?.fileNumber).toBe(t.fileNumber);
    expect(mbe.waiting).toHaveLength(1);
  });

  it("lists the waiting tickets the counter would call, in calling order, with their flags, and the transfer targets", async () => {
    const office = await makeOffice();
    const first = await rawTicket(office.queues.A);
    const flagged = await rawTicket(office.queues.A, { priorities: ["DISABILITY"] });
    await rawTicket(office.queues.K);
    const desk = await getCounterDesk(a.frontDesk, office.abhCounters[0], "de");
    expect(desk.current).toBeNull();
    expect(desk.waiting.map((w) => [w.id, w.priorities])).toEqual([[flagged, ["DISABILITY"]], [first, []]]);
    expect(desk.transferTargets).toEqual([
      { kind: "service", serviceCode: office.abh.code, queueName: "Aufenthalt" },
      { kind: "service", serviceCode: office.kim.code, queueName: "Integration" },
      { kind: "lane", lane: "MBE", queueName: "Migrationsberatung" },
    ]);
  });

  it("names service queues in the staff member's language (catalogue text), other queues by their given name", async () => {
    const office = await makeOffice();
    await admin().query(`INSERT INTO "ServiceText" ("serviceId", locale, name, description) VALUES ($1, 'ar', 'الإقامة', ''), ($1, 'en', 'Residence', '')`, [office.abh.id]);
    await rawTicket(office.queues.A);
    const names = async (locale: string) => {
      const desk = await getCounterDesk(a.frontDesk, office.abhCounters[0], locale);
      const overview = await getQueueOverview(a.frontDesk, { locationId: office.locationId, lang: locale });
      return [desk.waiting[0].queueName, ...desk.transferTargets.map((q) => q.queueName), overview.queues.find((q) => q.code === "A")!.name];
    };
    expect(await names("ar")).toEqual(["الإقامة", "الإقامة", "Integration", "Migrationsberatung", "الإقامة"]);
    expect(await names("en")).toEqual(["Residence", "Residence", "Integration", "Migrationsberatung", "Residence"]);
    expect(await names("tr")).toEqual(["Aufenthalt", "Aufenthalt", "Integration", "Migrationsberatung", "Aufenthalt"]);
    expect((await getQueueOverview(a.frontDesk, { locationId: office.locationId })).queues.find((q) => q.code === "A")!.name).toBe("Aufenthalt");
  });

  it("answers 404 for an unknown counter", async () => {
    await expect(getCounterDesk(a.frontDesk, "00000000-0000-4000-8000-000000000000", "de")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
