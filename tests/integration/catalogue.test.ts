import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { listServices } from "@/lib/catalogue/list-services";
import { getService } from "@/lib/catalogue/get-service";
import { AGE_GROUPS, NEEDS, servicesForNeed } from "@/lib/catalogue/need-finder";
import { DOCUMENT_KEYS, SERVICE_CODES } from "@/lib/catalogue/service-codes";
import { serviceView } from "@/lib/catalogue/schemas";
import { toAppError } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/settings";
import { GET as servicesRoute } from "@/app/api/v1/services/route";
import { APPOINTMENT_SERVICES, seedAppointments } from "@/prisma/seed-appointments";
import { admin } from "../setup/admin-db";

const seeded = Object.values(SERVICE_CODES) as string[];

describe("service catalogue", () => {
  beforeAll(async () => {
    await seedAppointments(process.env.TEST_ADMIN_URL!, () => {});
  });

  it("seeds idempotently: a second run adds nothing", async () => {
    const count = async () =>
      (await admin().query(`SELECT (SELECT count(*) FROM "Service") + (SELECT count(*) FROM "Counter") + (SELECT count(*) FROM "OpeningRule") + (SELECT count(*) FROM "Closure") AS n`)).rows[0].n;
    const before = await count();
    expect(await seedAppointments(process.env.TEST_ADMIN_URL!, () => {})).toBe(false);
    expect(await count()).toBe(before);
  });

  it("has every seeded service in all five languages, with known document keys", async () => {
    const { rows } = await admin().query(
      `SELECT s.code, array_agg(t.locale ORDER BY t.locale) AS locales FROM "Service" s JOIN "ServiceText" t ON t."serviceId" = s.id WHERE s.code = ANY($1) GROUP BY s.code`,
      [seeded],
    );
    expect(rows).toHaveLength(seeded.length);
    for (const r of rows) expect(r.locales).toEqual([...LOCALES].sort());
    for (const s of APPOINTMENT_SERVICES) for (const d of s.documents) expect(DOCUMENT_KEYS).toContain(d);
  });

  it("lists services per institution in the reader's language", async () => {
    const services = await listServices({ locale: "ar" });
    const ours = services.filter((s) => seeded.includes(s.code));
    expect(ours).toHaveLength(seeded.length);
    const lanes = ours.map((s) => s.lane);
    expect([...new Set(lanes)]).toEqual(["ABH", "SOZ", "KIM", "MBE", "JMD"]); // institutions in order, not interleaved
    const mbe = ours.find((s) => s.code === SERVICE_CODES.mbeCounselling)!;
    expect(mbe).toMatchObject({ textLocale: "ar", name: "استشارات الهجرة للبالغين (AWO)", minAge: 27, maxAge: null, bookingMode: "ONLINE" });
    expect(ours.find((s) => s.code === SERVICE_CODES.guarantee)).toMatchObject({ feeCents: 2900 });
    expect(ours.find((s) => s.code === SERVICE_CODES.jmdCounselling)).toMatchObject({ minAge: 12, maxAge: 27 });
    for (const s of ours) expect(serviceView.safeParse(s).success).toBe(true);
  });

  it("filters by institution", async () => {
    const soz = await listServices({ locale: "de", lane: "SOZ" });
    expect(soz.every((s) => s.lane === "SOZ")).toBe(true);
    expect(soz.map((s) => s.code)).toContain(SERVICE_CODES.benefitsAdvice);
  });

  it("shows each service's locations (main office first) with merged weekly opening hours", async () => {
    const mbe = await getService(SERVICE_CODES.mbeCounselling, "de");
    expect(mbe.locations.map((l) => l.kind)).toEqual(["MAIN", "NEIGHBOURHOOD", "NEIGHBOURHOOD"]);
    expect(mbe.locations[0]).toMatchObject({ name: "Bürgeramt für Migration und Integration, Hamm" });
    expect(mbe.locations[0].openingHours).toEqual([
      { weekday: 2, startMinute: 540, endMinute: 720 },
      { weekday: 3, startMinute: 540, endMinute: 720 },
      { weekday: 4, startMinute: 840, endMinute: 1020 },
    ]);
    // three counters with the same hours merge into one line per day
    const extension = await getService(SERVICE_CODES.permitExtension, "de");
    expect(extension.locations).toHaveLength(1);
    expect(extension.locations[0].openingHours.filter((h) => h.weekday === 4)).toEqual([
      { weekday: 4, startMinute: 480, endMinute: 720 },
      { weekday: 4, startMinute: 840, endMinute: 1080 },
    ]);
  });

  it("falls back to German when a translation is missing, and says so", async () => {
    const code = `it-cat-${randomBytes(4).toString("hex")}`;
    const { rows: [s] } = await admin().query(`INSERT INTO "Service" (code, lane, "durationMinutes", "bookingMode") VALUES ($1, 'KIM', 30, 'ONLINE') RETURNING id`, [code]);
    await admin().query(`INSERT INTO "ServiceText" ("serviceId", locale, name, description) VALUES ($1, 'de', 'Nur Deutsch', 'Beschreibung')`, [s.id]);
    expect(await getService(code, "uk")).toMatchObject({ name: "Nur Deutsch", textLocale: "de", locations: [] });
    await admin().query(`UPDATE "Service" SET active = false WHERE id = $1`, [s.id]);
    await expect(getService(code, "de").catch((e) => toAppError(e).code)).resolves.toBe("NOT_FOUND");
    expect((await listServices({ locale: "de" })).map((x) => x.code)).not.toContain(code);
  });

  it("leads every need finder answer to seeded services only", () => {
    for (const need of NEEDS) {
      for (const age of [undefined, ...AGE_GROUPS]) {
        const codes = servicesForNeed(need, age);
        expect(codes.length).toBeGreaterThan(0);
        for (const c of codes) expect(seeded).toContain(c);
      }
    }
    expect(servicesForNeed("advice", "young")).toEqual([SERVICE_CODES.jmdCounselling]);
    expect(servicesForNeed("advice", "adult")).toEqual([SERVICE_CODES.mbeCounselling]);
    expect(servicesForNeed("permitExpires")[0]).toBe(SERVICE_CODES.permitExtension);
  });

  it("GET /api/v1/services is public JSON; bad input is a VALIDATION error", async () => {
    const ok = await servicesRoute(new NextRequest("http://localhost/api/v1/services?locale=tr&lane=JMD"), { params: Promise.resolve({}) });
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.services.map((s: { code: string }) => s.code)).toContain(SERVICE_CODES.jmdCounselling);
    const jmd = body.services.find((s: { code: string }) => s.code === SERVICE_CODES.jmdCounselling);
    expect(Object.keys(jmd).sort()).toEqual(
      ["allocation", "bookingMode", "code", "description", "durationMinutes", "feeCents", "horizonDays", "lane", "locations", "maxAge", "minAge", "name", "requiredDocuments", "textLocale"].sort(),
    );
    expect(jmd).toMatchObject({ textLocale: "tr", name: "Gençlik göç servisi (DRK): danışmanlık" });

    const bad = await servicesRoute(new NextRequest("http://localhost/api/v1/services?locale=xx"), { params: Promise.resolve({}) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: "VALIDATION", fieldErrors: { locale: ["errors:invalidChoice"] } });
  });
});
