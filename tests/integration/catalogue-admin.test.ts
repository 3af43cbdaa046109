import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { admin, asAppRole } from "../setup/admin-db";
import { makeActor, makeAllActors } from "../factories/staff";
import { makeService } from "./booking-arrange";
import type { Actor } from "@/lib/auth/actor";
import { closureSchema, openingRuleSchema, serviceSchema, updateCounterSchema } from "@/lib/catalogue-admin/schemas";
import { saveService } from "@/lib/catalogue-admin/save-service";
import { createCounter } from "@/lib/catalogue-admin/create-counter";
import { updateCounter } from "@/lib/catalogue-admin/update-counter";
import { addOpeningRule } from "@/lib/catalogue-admin/add-opening-rule";
import { removeOpeningRule } from "@/lib/catalogue-admin/remove-opening-rule";
import { addClosure } from "@/lib/catalogue-admin/add-closure";
import { removeClosure } from "@/lib/catalogue-admin/remove-closure";
import { listCatalogue } from "@/lib/catalogue-admin/list-catalogue";
import { getServiceForEdit } from "@/lib/catalogue-admin/get-service-for-edit";
import { getCounterForEdit } from "@/lib/catalogue-admin/get-counter-for-edit";
import { listSlots } from "@/lib/availability/list-slots";
import { addDays, berlinToday } from "@/lib/availability/berlin-time";
import { isNrwHoliday } from "@/lib/availability/holidays";

let adminActor: Actor;
let a: Awaited<ReturnType<typeof makeAllActors>>;
beforeAll(async () => {
  adminActor = await makeActor("ADMIN");
  a = await makeAllActors();
});

const serviceForm = (over: Record<string, unknown> = {}) =>
  serviceSchema.parse({
    code: `adm-${randomUUID().slice(0, 8)}`,
    lane: "SOZ",
    durationMinutes: "30",
    bufferMinutes: "0",
    bookingMode: "ONLINE",
    minAge: "",
    maxAge: "",
    fee: "",
    minNoticeMinutes: "0",
    horizonDays: "30",
    holdMinutes: "10",
    releaseDelayMinutes: "90",
    active: "on",
    nameDe: "Beratung",
    descriptionDe: "Beratung zu Leistungen",
    nameUk: "Консультація",
    descriptionUk: "Консультація щодо виплат",
    ...over,
  });
const auditOf = async (targetId: string) => (await admin().query(`SELECT action, "actorId" FROM "AuditEvent" WHERE "targetId" = $1 ORDER BY id`, [targetId])).rows;
const row = async (table: string, id: string) => (await admin().query(`SELECT * FROM "${table}" WHERE id = $1`, [id])).rows[0];

describe("the form schemas", () => {
  it("turn form strings into values and name the wrong field", () => {
    const ok = serviceForm({ fee: "28,80", requiredDocuments: ["passport", "biometricPhoto"], minAge: "12", maxAge: "27" });
    expect(ok).toMatchObject({ fee: 2880, minAge: 12, maxAge: 27, durationMinutes: 30, active: true, requiredDocuments: ["passport", "biometricPhoto"] });
    const issues = (over: Record<string, unknown>) => serviceSchema.safeParse({ ...serviceForm(), fee: "", ...over }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ minAge: "30", maxAge: "20" })).toEqual([["maxAge", "schedule:catalogue.error.ageRange"]]);
    expect(issues({ nameEn: "Advice" })).toEqual([["descriptionEn", "schedule:catalogue.error.textPair"]]);
    expect(issues({ requiredDocuments: ["tarotCards"] })?.[0][0]).toBe("requiredDocuments.0");
    expect(issues({ code: "Bad Code!" })).toEqual([["code", "schedule:catalogue.error.code"]]);
    expect(openingRuleSchema.parse({ counterId: randomUUID(), weekday: "2", start: "08:30", end: "24:00" })).toMatchObject({ start: 510, end: 1440 });
    expect(openingRuleSchema.safeParse({ counterId: randomUUID(), weekday: "2", start: "12:00", end: "08:00" }).error?.issues[0].path).toEqual(["end"]);
    expect(closureSchema.safeParse({ counterId: randomUUID(), locationId: randomUUID(), startsAt: "2027-01-04T08:00", endsAt: "2027-01-04T09:00", reason: "x" }).success).toBe(false);
  });
});

describe("an admin manages the catalogue, and the public pages follow", () => {
  it("creates a service, a counter with opening hours, and free times appear; a closure takes them away", async () => {
    const form = serviceForm();
    const service = await saveService(adminActor, form);
    const location = (await makeService()).locationId;
    const counter = await createCounter(adminActor, { locationId: location, name: `Raum ${randomUUID().slice(0, 4)}` });
    await updateCounter(adminActor, updateCounterSchema.parse({ counterId: counter.id, name: "Raum 7", active: "on", serviceIds: [service.id] }));
    let day = addDays(berlinToday(), 7);
    while (isNrwHoliday(day)) day = addDays(day, 1);
    const weekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const rule = await addOpeningRule(adminActor, openingRuleSchema.parse({ counterId: counter.id, weekday: String(weekday), start: "09:00", end: "10:00" }));

    const slotsOn = async () => (await listSlots({ code: form.code!, from: day, days: 1 })).days.flatMap((d) => d.slots);
    expect(await slotsOn()).toHaveLength(2);

    const closure = await addClosure(adminActor, closureSchema.parse({ counterId: counter.id, startsAt: `${day}T09:00`, endsAt: `${day}T09:30`, reason: "Teamsitzung" }));
    expect(await slotsOn()).toHaveLength(1);
    await removeClosure(adminActor, { closureId: closure.id });
    await removeOpeningRule(adminActor, { ruleId: rule.id });
    expect(await slotsOn()).toHaveLength(0);

    expect(await auditOf(service.id)).toEqual([{ action: "catalogue.service.create", actorId: adminActor.userId }]);
    expect((await auditOf(counter.id)).map((r) => r.action)).toEqual(["catalogue.counter.create", "catalogue.counter.update"]);
    expect((await auditOf(rule.id)).map((r) => r.action)).toEqual(["catalogue.openingRule.add", "catalogue.openingRule.remove"]);
    expect((await auditOf(closure.id)).map((r) => r.action)).toEqual(["catalogue.closure.add", "catalogue.closure.remove"]);
  });

  it("edits a service: fields and texts change, code and lane stay, a blanked language goes", async () => {
    const created = await saveService(adminActor, serviceForm());
    await saveService(adminActor, serviceForm({ serviceId: created.id, code: "ignored-code", lane: "ABH", durationMinutes: "45", releaseDelayMinutes: "0", active: "", nameUk: "", descriptionUk: "", nameEn: "Advice", descriptionEn: "About benefits" }));
    const edited = await getServiceForEdit(adminActor, created.code);
    expect(edited).toMatchObject({ code: created.code, lane: "SOZ", durationMinutes: 45, releaseDelayMinutes: 0, active: false });
    expect(edited.texts.map((t) => t.locale).sort()).toEqual(["de", "en"]);
    const overview = await listCatalogue(adminActor, "en");
    expect(overview.services.find((s) => s.id === created.id)).toMatchObject({ name: "Advice", active: false });
  });

  it("answers a taken service code and counter name with CONFLICT on that field", async () => {
    const created = await saveService(adminActor, serviceForm());
    await expect(saveService(adminActor, serviceForm({ code: created.code }))).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { code: ["schedule:catalogue.error.codeTaken"] } });
    const svc = await makeService();
    await expect(createCounter(adminActor, { locationId: svc.locationId, name: "Counter 1" })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { name: ["schedule:catalogue.error.counterNameTaken"] } });
  });

  it("sets which services a counter serves", async () => {
    const svc = await makeService();
    const other = await saveService(adminActor, serviceForm());
    await updateCounter(adminActor, updateCounterSchema.parse({ counterId: svc.counterIds[0], name: "Counter 1", active: "on", serviceIds: [other.id] }));
    const counter = await getCounterForEdit(adminActor, svc.counterIds[0], "de");
    expect(counter.services.filter((s) => s.served).map((s) => s.id)).toEqual([other.id]);
    await expect(updateCounter(adminActor, updateCounterSchema.parse({ counterId: svc.counterIds[0], name: "Counter 1", serviceIds: [randomUUID()] }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("nobody but an admin changes the catalogue", () => {
  it("refuses every other role every use case with 404, and nothing changes", async () => {
    const svc = await makeService();
    const existing = await saveService(adminActor, serviceForm());
    const rule = (await admin().query(`SELECT id FROM "OpeningRule" WHERE "counterId" = $1 LIMIT 1`, [svc.counterIds[0]])).rows[0].id as string;
    const closure = (await admin().query(`INSERT INTO "Closure" ("counterId", "startsAt", "endsAt", reason) VALUES ($1, now() + interval '1 day', now() + interval '2 days', 'x') RETURNING id`, [svc.counterIds[0]])).rows[0].id as string;
    const calls: ((x: Actor) => Promise<unknown>)[] = [
      (x) => saveService(x, serviceForm()),
      (x) => saveService(x, serviceForm({ serviceId: existing.id, active: "" })),
      (x) => createCounter(x, { locationId: svc.locationId, name: "Hijack" }),
      (x) => updateCounter(x, { counterId: svc.counterIds[0], name: "Hijack", active: false, serviceIds: [] }),
      (x) => addOpeningRule(x, openingRuleSchema.parse({ counterId: svc.counterIds[0], weekday: "1", start: "00:00", end: "24:00" })),
      (x) => removeOpeningRule(x, { ruleId: rule }),
      (x) => addClosure(x, closureSchema.parse({ locationId: svc.locationId, startsAt: "2030-01-01T00:00", endsAt: "2030-01-02T00:00", reason: "x" })),
      (x) => removeClosure(x, { closureId: closure }),
      (x) => listCatalogue(x, "de"),
      (x) => getServiceForEdit(x, existing.code),
      (x) => getCounterForEdit(x, svc.counterIds[0], "de"),
    ];
    const snapshot = async () =>
      (await admin().query(`SELECT (SELECT count(*) FROM "Service") s, (SELECT count(*) FROM "Counter") c, (SELECT count(*) FROM "OpeningRule") r,
        (SELECT count(*) FROM "Closure") x, (SELECT count(*) FROM "CounterService") cs`)).rows[0];
    const before = await snapshot();
    for (const actor of [a.frontDesk, a.steering, a.abh, a.abhLead, a.mbe, a.kimLead]) {
      for (const call of calls) await expect(call(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await snapshot()).toEqual(before);
    expect(await row("Service", existing.id)).toMatchObject({ active: true });
    expect(await row("Counter", svc.counterIds[0])).toMatchObject({ name: "Counter 1", active: true });
  });

  it("the database refuses catalogue writes from any non-admin context, while everyone reads", async () => {
    const svc = await makeService();
    for (const role of ["FRONT_DESK", "CASEWORKER", "STEERING", "BOOKING"]) {
      const settings = { role, lane: role === "CASEWORKER" ? "ABH" : null };
      expect((await asAppRole(settings, `UPDATE "Service" SET active = false WHERE id = $1`, [svc.serviceId])).rowCount).toBe(0);
      expect((await asAppRole(settings, `DELETE FROM "OpeningRule" WHERE "counterId" = $1`, [svc.counterIds[0]])).rowCount).toBe(0);
      await expect(asAppRole(settings, `INSERT INTO "Closure" ("locationId", "startsAt", "endsAt", reason) VALUES ($1, now(), now() + interval '1 hour', 'x')`, [svc.locationId])).rejects.toThrow(/row-level security/);
      expect((await asAppRole(settings, `SELECT id FROM "Service" WHERE id = $1`, [svc.serviceId])).rows).toHaveLength(1);
    }
    expect((await asAppRole({ role: "ADMIN" }, `UPDATE "Service" SET "holdMinutes" = 12 WHERE id = $1`, [svc.serviceId])).rowCount).toBe(1);
    expect(await row("Service", svc.serviceId)).toMatchObject({ active: true, holdMinutes: 12 });
  });
});
