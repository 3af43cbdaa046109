import { afterEach, describe, expect, it, vi } from "vitest";
import { generate } from "otplib";
import { admin } from "../setup/admin-db";
import { makeActor } from "../factories/staff";
import type { Actor } from "@/lib/auth/actor";
import { startTotpEnrolment } from "@/lib/account/start-totp-enrolment";
import { confirmTotpEnrolment } from "@/lib/account/confirm-totp-enrolment";
import { regenerateRecoveryCodes } from "@/lib/account/regenerate-recovery-codes";
import { disableTotp } from "@/lib/account/disable-totp";
import { getSecurityStatus } from "@/lib/account/get-security-status";
import { totpCodeSchema } from "@/lib/account/schemas";
import { useRecoveryCode } from "@/lib/auth/totp";

const userRow = async (id: string) =>
  (await admin().query(`SELECT "totpSecret", "totpEnabledAt", "recoveryCodes" FROM "User" WHERE id = $1`, [id])).rows[0] as {
    totpSecret: string | null;
    totpEnabledAt: Date | null;
    recoveryCodes: string[];
  };
const actions = async (id: string) =>
  (await admin().query(`SELECT action FROM "AuditEvent" WHERE "actorId" = $1 ORDER BY id`, [id])).rows.map((r) => r.action as string);
const wrongCode = (right: string) => (right === "000000" ? "111111" : "000000");

async function enrolled(): Promise<{ actor: Actor; secret: string; codes: string[] }> {
  const actor = await makeActor("FRONT_DESK");
  await startTotpEnrolment(actor);
  const secret = (await userRow(actor.userId)).totpSecret!;
  const { recoveryCodes } = await confirmTotpEnrolment(actor, { code: await generate({ secret }) });
  return { actor, secret, codes: recoveryCodes };
}

afterEach(() => vi.unstubAllEnvs());

describe("enrolling a second factor", () => {
  it("stores a pending secret that is not yet a factor, then confirms it with a code", async () => {
    const actor = await makeActor("CASEWORKER", "SOZ");
    await startTotpEnrolment(actor);
    const pending = await userRow(actor.userId);
    expect(pending.totpSecret).toMatch(/^[A-Z2-7]+=*$/);
    expect(pending.totpEnabledAt).toBeNull();
    expect(await getSecurityStatus(actor)).toMatchObject({ enrolled: false, pendingSecret: pending.totpSecret });

    const { recoveryCodes } = await confirmTotpEnrolment(actor, { code: await generate({ secret: pending.totpSecret! }) });
    expect(recoveryCodes).toHaveLength(10);
    const done = await userRow(actor.userId);
    expect(done.totpEnabledAt).toBeInstanceOf(Date);
    expect(done.recoveryCodes).toHaveLength(10);
    expect(done.recoveryCodes).not.toContain(recoveryCodes[0]); // hashes only
    expect(await useRecoveryCode(done.recoveryCodes, recoveryCodes[0])).toHaveLength(9);
    expect(await getSecurityStatus(actor)).toMatchObject({ enrolled: true, pendingSecret: null, recoveryCodesLeft: 10 });
    expect(await actions(actor.userId)).toEqual(["account.totp.enrol_start", "account.totp.enrol"]);
  });

  it("refuses a wrong code, audits it and leaves the factor off", async () => {
    const actor = await makeActor("FRONT_DESK");
    await startTotpEnrolment(actor);
    const { totpSecret } = await userRow(actor.userId);
    await expect(confirmTotpEnrolment(actor, { code: wrongCode(await generate({ secret: totpSecret! })) })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { code: ["account:error.codeInvalid"] },
    });
    expect((await userRow(actor.userId)).totpEnabledAt).toBeNull();
    expect(await actions(actor.userId)).toContain("account.totp.code_invalid");
  });

  it("stops guessing after 5 wrong codes (the account's sign-in throttle)", async () => {
    const actor = await makeActor("FRONT_DESK");
    await startTotpEnrolment(actor);
    const { totpSecret } = await userRow(actor.userId);
    const right = await generate({ secret: totpSecret! });
    for (let i = 0; i < 5; i++) await confirmTotpEnrolment(actor, { code: wrongCode(right) }).catch(() => {});
    await expect(confirmTotpEnrolment(actor, { code: right })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("cannot start over or confirm again once enrolled", async () => {
    const { actor, secret } = await enrolled();
    await expect(startTotpEnrolment(actor)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(confirmTotpEnrolment(actor, { code: await generate({ secret }) })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await userRow(actor.userId)).totpSecret).toBe(secret);
  });

  it("accepts codes typed with a space, and rejects other formats before any check", () => {
    expect(totpCodeSchema.parse({ code: "123 456" })).toEqual({ code: "123456" });
    expect(totpCodeSchema.safeParse({ code: "12345a" }).error?.issues[0].message).toBe("account:error.codeFormat");
  });
});

describe("recovery codes", () => {
  it("are replaced for a current code; the old ones stop working", async () => {
    const { actor, secret, codes } = await enrolled();
    await expect(regenerateRecoveryCodes(actor, { code: wrongCode(await generate({ secret })) })).rejects.toMatchObject({ code: "VALIDATION" });
    const { recoveryCodes } = await regenerateRecoveryCodes(actor, { code: await generate({ secret }) });
    const stored = (await userRow(actor.userId)).recoveryCodes;
    expect(await useRecoveryCode(stored, codes[0])).toBeNull();
    expect(await useRecoveryCode(stored, recoveryCodes[0])).toHaveLength(9);
    expect(await actions(actor.userId)).toContain("account.recovery_codes.regenerate");
  });
});

describe("disabling the second factor", () => {
  it("is refused while AUTH_REQUIRE_TOTP is on", async () => {
    const { actor, secret } = await enrolled();
    vi.stubEnv("AUTH_REQUIRE_TOTP", "true");
    await expect(disableTotp(actor, { code: await generate({ secret }) })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "account:error.required" });
    expect((await userRow(actor.userId)).totpEnabledAt).not.toBeNull();
  });

  it("needs a current code when allowed, and removes secret and recovery codes", async () => {
    const { actor, secret } = await enrolled();
    vi.stubEnv("AUTH_REQUIRE_TOTP", "false");
    await expect(disableTotp(actor, { code: wrongCode(await generate({ secret })) })).rejects.toMatchObject({ code: "VALIDATION" });
    await disableTotp(actor, { code: await generate({ secret }) });
    expect(await userRow(actor.userId)).toEqual({ totpSecret: null, totpEnabledAt: null, recoveryCodes: [] });
    expect(await actions(actor.userId)).toContain("account.totp.disable");
  });

  it("reports enrolment as required in the status when the flag is on", async () => {
    const actor = await makeActor("STEERING");
    vi.stubEnv("AUTH_REQUIRE_TOTP", "true");
    expect(await getSecurityStatus(actor)).toMatchObject({ enrolled: false, required: true });
  });
});
