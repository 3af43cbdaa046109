import { beforeAll, describe, expect, it } from "vitest";
import { createHash, randomUUID } from "node:crypto";
import { admin, asAppRole } from "../setup/admin-db";
import { makeActor, makeAllActors } from "../factories/staff";
import type { Actor } from "@/lib/auth/actor";
import { issueDevice } from "@/lib/devices/issue-device";
import { revokeDevice } from "@/lib/devices/revoke-device";
import { listDevices } from "@/lib/devices/list-devices";
import { findDevice } from "@/lib/devices/find-device";
import { hashDeviceToken } from "@/lib/devices/device-token";
import { GET as pair } from "@/app/[locale]/(device)/display/pair/route";

/** Device tokens for waiting-room displays and kiosks: issued by admins, stored hashed, revocable. */
let adminActor: Actor;
let a: Awaited<ReturnType<typeof makeAllActors>>;
const locations: string[] = [];
beforeAll(async () => {
  adminActor = await makeActor("ADMIN");
  a = await makeAllActors();
  for (const tag of [randomUUID().slice(0, 8), randomUUID().slice(0, 8)]) {
    const row = await admin().query(`INSERT INTO "Location" (code, name, address, kind) VALUES ($1, $2, 'Markt 1, 59065 Hamm', 'MAIN') RETURNING id`, [`dev-${tag}`, `Office ${tag}`]);
    locations.push(row.rows[0].id);
  }
});

const display = (locationId = locations[0]) => issueDevice(adminActor, { kind: "DISPLAY", locationId, name: "Wartebereich EG" });

describe("device tokens", () => {
  it("stores only the SHA-256 of the token, and the token opens exactly its device", async () => {
    const issued = await display();
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = (await admin().query(`SELECT * FROM "Device" WHERE id = $1`, [issued.id])).rows[0];
    expect(row.tokenHash).toBe(createHash("sha256").update(issued.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(issued.token);
    const found = await findDevice(issued.token, "DISPLAY");
    expect(found).toEqual({ id: issued.id, kind: "DISPLAY", locationId: locations[0], name: "Wartebereich EG" });
    const seen = (await admin().query(`SELECT "lastSeenAt" FROM "Device" WHERE id = $1`, [issued.id])).rows[0];
    expect(seen.lastSeenAt).not.toBeNull();
  });

  it("refuses a wrong token, the wrong kind, the wrong location and anything not shaped like a token", async () => {
    const issued = await display();
    expect(await findDevice(issued.token, "DISPLAY", locations[0])).not.toBeNull();
    expect(await findDevice(issued.token, "DISPLAY", locations[1])).toBeNull();
    expect(await findDevice(issued.token, "KIOSK")).toBeNull();
    expect(await findDevice(`${issued.token.slice(0, -1)}${issued.token.endsWith("A") ? "B" : "A"}`, "DISPLAY")).toBeNull();
    expect(await findDevice(hashDeviceToken(issued.token), "DISPLAY")).toBeNull(); // the stored hash is no token
    expect(await findDevice("' OR 1=1 --", "DISPLAY")).toBeNull();
    expect(await findDevice(undefined, "DISPLAY")).toBeNull();
  });

  it("a revoked device is refused at once", async () => {
    const issued = await display();
    await revokeDevice(adminActor, issued.id);
    expect(await findDevice(issued.token, "DISPLAY")).toBeNull();
    await expect(revokeDevice(adminActor, issued.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audit = await admin().query(`SELECT action FROM "AuditEvent" WHERE "targetId" = $1 ORDER BY id`, [issued.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(["device.issue", "device.revoke"]);
  });

  it("only admins issue, list and revoke devices; the database hides devices from everyone else", async () => {
    const issued = await display();
    for (const actor of [a.frontDesk, a.abh, a.abhLead, a.steering]) {
      await expect(issueDevice(actor, { kind: "DISPLAY", locationId: locations[0], name: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(revokeDevice(actor, issued.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listDevices(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const role of ["FRONT_DESK", "CASEWORKER", "BOOKING", ""]) {
      const rows = await asAppRole({ role, lane: role === "CASEWORKER" ? "ABH" : null }, `SELECT count(*)::int AS n FROM "Device"`);
      expect(rows.rows[0].n).toBe(0);
      await expect(asAppRole({ role }, `UPDATE "Device" SET "revokedAt" = NULL RETURNING id`)).resolves.toMatchObject({ rowCount: 0 });
    }
    const listed = await listDevices(adminActor);
    expect(listed.devices.find((d) => d.id === issued.id)).toMatchObject({ kind: "DISPLAY", locationName: expect.any(String), revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain("tokenHash");
  });

  it("a device for a location that does not exist is refused", async () => {
    await expect(issueDevice(adminActor, { kind: "KIOSK", locationId: randomUUID(), name: "Kiosk" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("pairing a display (/<lang>/display/pair?token=…)", () => {
  const call = (token: string, locale = "de") => pair(new Request(`http://localhost/${locale}/display/pair?token=${encodeURIComponent(token)}`), { params: Promise.resolve({ locale }) });

  it("puts a valid token into an httpOnly cookie and redirects to the display without the token in the address", async () => {
    const issued = await display();
    const res = await call(issued.token, "ar");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("http://localhost/ar/display");
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toContain(`einehand_display=${issued.token}`);
    expect(cookie.toLowerCase()).toContain("httponly");
    expect(cookie.toLowerCase()).toContain("samesite=lax");
  });

  it("refuses a revoked token, a kiosk token and an unknown language with 404 and no cookie", async () => {
    const revoked = await display();
    await revokeDevice(adminActor, revoked.id);
    const kiosk = await issueDevice(adminActor, { kind: "KIOSK", locationId: locations[0], name: "Kiosk" });
    const valid = await display();
    for (const res of [await call(revoked.token), await call(kiosk.token), await call(valid.token, "xx")]) {
      expect(res.status).toBe(404);
      expect(res.headers.get("set-cookie")).toBeNull();
    }
  });
});
