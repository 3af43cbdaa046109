import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { admin } from "../setup/admin-db";
import { makeActor, makeAllActors } from "../factories/staff";
import { makeCaseFile, makeEntry } from "../factories/case-file";
import type { Actor } from "@/lib/auth/actor";
import { db, withActor } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { authenticate } from "@/lib/auth/authenticate";
import { createUserSchema } from "@/lib/admin/schemas";
import { createUser } from "@/lib/admin/create-user";
import { listUsers } from "@/lib/admin/list-users";
import { setUserActive } from "@/lib/admin/set-user-active";
import { resetUserTotp } from "@/lib/admin/reset-user-totp";
import { listAdminLog, ADMIN_LOG_SIZE } from "@/lib/admin/list-admin-log";

const PASSWORD = "a long initial password";
const newUser = (over: Record<string, unknown> = {}) =>
  createUserSchema.parse({ email: `New-${randomUUID()}@Test.invalid `, displayName: "Neue Kollegin", role: "CASEWORKER", lane: "KIM", password: PASSWORD, ...over });
const userRow = async (id: string) => (await admin().query(`SELECT * FROM "User" WHERE id = $1`, [id])).rows[0];
const auditFor = async (targetId: string) =>
  (await admin().query(`SELECT action, "actorId", "caseFileId", lane FROM "AuditEvent" WHERE "targetId" = $1 ORDER BY id`, [targetId])).rows;

let adminActor: Actor;
let others: Awaited<ReturnType<typeof makeAllActors>>;
beforeAll(async () => {
  adminActor = await makeActor("ADMIN");
  others = await makeAllActors();
});

describe("creating staff accounts", () => {
  it("validates lane against role and the password length", () => {
    const issues = (over: Record<string, unknown>) => createUserSchema.safeParse({ email: "a@b.de", displayName: "X", role: "CASEWORKER", lane: "ABH", password: PASSWORD, ...over }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({})).toBeUndefined();
    expect(issues({ lane: "" })).toEqual([["lane", "admin:error.laneRequired"]]);
    expect(issues({ role: "LANE_LEAD", lane: "" })).toEqual([["lane", "admin:error.laneRequired"]]);
    expect(issues({ role: "FRONT_DESK" })).toEqual([["lane", "admin:error.laneNotAllowed"]]);
    expect(issues({ role: "STEERING", lane: "" })).toBeUndefined();
    expect(issues({ password: "short pass" })).toEqual([["password", "admin:error.passwordLength"]]);
    expect(issues({ email: "not an address" })).toEqual([["email", "errors:email"]]);
  });

  it("creates a user who can sign in, and audits the change without case or lane", async () => {
    const input = newUser();
    const { id } = await createUser(adminActor, input);
    const row = await userRow(id);
    expect(row).toMatchObject({ email: input.email, role: "CASEWORKER", lane: "KIM", active: true, totpEnabledAt: null });
    expect(row.email).toBe(row.email.trim().toLowerCase());
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await authenticate({ email: input.email, password: PASSWORD, ip: `admin-test-${randomUUID()}` })).toMatchObject({ ok: true, userId: id });
    expect(await auditFor(id)).toEqual([{ action: "admin.user.create", actorId: adminActor.userId, caseFileId: null, lane: null }]);
    expect(JSON.stringify((await admin().query(`SELECT detail FROM "AuditEvent" WHERE "targetId" = $1`, [id])).rows)).not.toContain(PASSWORD);
  });

  it("reports a taken e-mail on the field", async () => {
    const input = newUser();
    await createUser(adminActor, input);
    await expect(createUser(adminActor, { ...input, displayName: "Twin" })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: ["admin:error.emailTaken"] } });
  });
});

describe("activating, deactivating, resetting", () => {
  it("deactivation ends sessions at once (session version) and blocks sign-in; activation undoes it", async () => {
    const input = newUser();
    const { id } = await createUser(adminActor, input);
    const before = (await userRow(id)).sessionVersion;
    await setUserActive(adminActor, { userId: id, active: false });
    expect(await userRow(id)).toMatchObject({ active: false, sessionVersion: before + 1 });
    expect(await authenticate({ email: input.email, password: PASSWORD, ip: `admin-test-${randomUUID()}` })).toEqual({ ok: false, reason: "invalid" });
    await setUserActive(adminActor, { userId: id, active: true });
    expect(await userRow(id)).toMatchObject({ active: true, sessionVersion: before + 1 });
    expect((await auditFor(id)).map((e) => e.action)).toEqual(["admin.user.create", "admin.user.deactivate", "admin.user.activate"]);
  });

  it("does not let an admin lock themselves out", async () => {
    await expect(setUserActive(adminActor, { userId: adminActor.userId, active: false })).rejects.toMatchObject({ messageKey: "admin:error.selfDeactivate" });
    expect((await userRow(adminActor.userId)).active).toBe(true);
  });

  it("resets a lost second factor and ends the user's sessions", async () => {
    const { id } = await createUser(adminActor, newUser());
    await admin().query(`UPDATE "User" SET "totpSecret" = 'JBSWY3DPEHPK3PXP', "totpEnabledAt" = now(), "recoveryCodes" = ARRAY['h1','h2'] WHERE id = $1`, [id]);
    const before = (await userRow(id)).sessionVersion;
    await resetUserTotp(adminActor, { userId: id });
    expect(await userRow(id)).toMatchObject({ totpSecret: null, totpEnabledAt: null, recoveryCodes: [], sessionVersion: before + 1 });
    expect((await auditFor(id)).at(-1)).toMatchObject({ action: "admin.user.reset_totp", caseFileId: null, lane: null });
  });

  it("answers an unknown user with NOT_FOUND", async () => {
    await expect(resetUserTotp(adminActor, { userId: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setUserActive(adminActor, { userId: randomUUID(), active: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("only admins administer (the User table has no RLS)", () => {
  it("refuses every other role with NOT_FOUND and changes nothing", async () => {
    const { id } = await createUser(adminActor, newUser());
    for (const actor of Object.values(others).filter((a) => a.role !== "ADMIN")) {
      await expect(listUsers(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listAdminLog(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(createUser(actor, newUser())).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(setUserActive(actor, { userId: id, active: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(resetUserTotp(actor, { userId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await userRow(id)).active).toBe(true);
  });
});

describe("what an admin sees", () => {
  it("lists users without any secret", async () => {
    const { id } = await createUser(adminActor, newUser());
    const users = await listUsers(adminActor);
    const row = users.find((u) => u.id === id)!;
    expect(row).toMatchObject({ role: "CASEWORKER", lane: "KIM", active: true, totpEnrolled: false });
    expect(Object.keys(row).sort()).toEqual(["active", "createdAt", "displayName", "email", "id", "lane", "role", "totpEnrolled"]);
  });

  it("sees admin and sign-in events, newest first, but never case activity", async () => {
    const file = await makeCaseFile({ lanes: ["MBE"] });
    await makeEntry(file.caseFileId, "MBE");
    const marker = `admin.case-${randomUUID()}`;
    // an event tied to a case file and lane, even one named like an admin change, stays invisible
    await db.$transaction((tx) => recordAudit(tx, others.mbe, { action: marker, caseFileId: file.caseFileId, lane: "MBE" }));
    const input = newUser();
    const { id } = await createUser(adminActor, input);
    await setUserActive(adminActor, { userId: id, active: false });

    const log = await listAdminLog(adminActor);
    expect(log.length).toBeLessThanOrEqual(ADMIN_LOG_SIZE);
    expect(log.some((e) => e.action === marker)).toBe(false);
    const mine = log.filter((e) => e.target === input.email);
    expect(mine.map((e) => [e.action, e.actor])).toEqual([
      ["admin.user.deactivate", (await userRow(adminActor.userId)).email],
      ["admin.user.create", (await userRow(adminActor.userId)).email],
    ]);
    expect(log.every((e) => /^(admin|auth|account)\./.test(e.action))).toBe(true);
  });

  it("gets nothing from case tables even with a raw query", async () => {
    await makeCaseFile({ lanes: ["ABH", "MBE"] });
    const counts = await withActor(adminActor, async (tx) => ({
      persons: await tx.person.count(),
      files: await tx.caseFile.count(),
      lanes: await tx.caseLane.count(),
      entries: await tx.laneEntry.count(),
      requests: await tx.request.count(),
    }));
    expect(counts).toEqual({ persons: 0, files: 0, lanes: 0, entries: 0, requests: 0 });
  });
});
