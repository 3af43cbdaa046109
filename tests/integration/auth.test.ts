import { afterEach, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { generate } from "otplib";
import { admin } from "../setup/admin-db";
import { ensureInstitutions } from "../factories/staff";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { accountKey, ipKey } from "@/lib/auth/login-throttle";
import { newRecoveryCodes, newTotpSecret } from "@/lib/auth/totp";

const PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | undefined;

/** A staff login with a real argon2id hash; optionally with a confirmed second factor. */
async function makeLogin(opts: { totp?: boolean; active?: boolean } = {}) {
  await ensureInstitutions();
  passwordHash ??= hashPassword(PASSWORD);
  const email = `login-${randomUUID()}@test.invalid`;
  const secret = opts.totp ? newTotpSecret() : null;
  const codes = opts.totp ? await newRecoveryCodes() : { plain: [], hashed: [] };
  const { rows } = await admin().query(
    `INSERT INTO "User" (email, "displayName", "passwordHash", role, lane, active, "totpSecret", "totpEnabledAt", "recoveryCodes")
     VALUES ($1, 'Login Test', $2, 'CASEWORKER', 'ABH', $3, $4, CASE WHEN $4::text IS NULL THEN NULL ELSE now() END, $5) RETURNING id`,
    [email, await passwordHash, opts.active ?? true, secret, codes.hashed],
  );
  return { id: rows[0].id as string, email, secret, recoveryCodes: codes.plain };
}

const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;
const events = async (userId: string, action: string) =>
  (await admin().query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "actorId" = $1 AND action = $2`, [userId, action])).rows[0].n as number;

afterEach(() => vi.unstubAllEnvs());

describe("authenticate: password", () => {
  it("signs in with the right password and audits it", async () => {
    const u = await makeLogin();
    const result = await authenticate({ email: u.email.toUpperCase(), password: PASSWORD, ip: ip() });
    expect(result).toEqual({ ok: true, userId: u.id, sessionVersion: 1 });
    expect(await events(u.id, "auth.login.success")).toBe(1);
  });

  it("answers unknown accounts, wrong passwords and disabled accounts alike", async () => {
    const u = await makeLogin();
    const off = await makeLogin({ active: false });
    expect(await authenticate({ email: u.email, password: "wrong password!", ip: ip() })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: `nobody-${randomUUID()}@test.invalid`, password: PASSWORD, ip: ip() })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: off.email, password: PASSWORD, ip: ip() })).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("authenticate: second factor", () => {
  it("asks for the code when the password alone is given", async () => {
    const u = await makeLogin({ totp: true });
    expect(await authenticate({ email: u.email, password: PASSWORD, ip: ip() })).toEqual({ ok: false, reason: "totp_required" });
  });

  it("refuses a wrong code and accepts the current one", async () => {
    const u = await makeLogin({ totp: true });
    const right = await generate({ secret: u.secret! });
    const wrong = right === "123456" ? "654321" : "123456";
    expect(await authenticate({ email: u.email, password: PASSWORD, totp: wrong, ip: ip() })).toEqual({ ok: false, reason: "totp_invalid" });
    expect(await authenticate({ email: u.email, password: PASSWORD, totp: right, ip: ip() })).toMatchObject({ ok: true, userId: u.id });
  });

  it("does not accept a right code with a wrong password", async () => {
    const u = await makeLogin({ totp: true });
    const right = await generate({ secret: u.secret! });
    expect(await authenticate({ email: u.email, password: "wrong password!", totp: right, ip: ip() })).toEqual({ ok: false, reason: "invalid" });
  });

  it("accepts a recovery code exactly once", async () => {
    const u = await makeLogin({ totp: true });
    const code = u.recoveryCodes[0];
    expect(await authenticate({ email: u.email, password: PASSWORD, totp: code, ip: ip() })).toMatchObject({ ok: true });
    expect(await authenticate({ email: u.email, password: PASSWORD, totp: code, ip: ip() })).toEqual({ ok: false, reason: "totp_invalid" });
    const { rows } = await admin().query(`SELECT cardinality("recoveryCodes") AS n FROM "User" WHERE id = $1`, [u.id]);
    expect(rows[0].n).toBe(9);
    expect(await events(u.id, "auth.recovery_code.used")).toBe(1);
  });

  it("ignores a generated but unconfirmed secret", async () => {
    const u = await makeLogin();
    await admin().query(`UPDATE "User" SET "totpSecret" = $2 WHERE id = $1`, [u.id, newTotpSecret()]);
    expect(await authenticate({ email: u.email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
  });
});

describe("authenticate: throttling", () => {
  it("locks an account after 5 failures, even for the right password", async () => {
    const u = await makeLogin();
    for (let i = 0; i < 5; i++) {
      expect(await authenticate({ email: u.email, password: `wrong ${i}`, ip: ip() })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authenticate({ email: u.email, password: PASSWORD, ip: ip() })).toEqual({ ok: false, reason: "locked" });
  });

  it("counts wrong second-factor codes as failures", async () => {
    const u = await makeLogin({ totp: true });
    for (let i = 0; i < 5; i++) await authenticate({ email: u.email, password: PASSWORD, totp: "000000", ip: ip() });
    const right = await generate({ secret: u.secret! });
    expect(await authenticate({ email: u.email, password: PASSWORD, totp: right, ip: ip() })).toEqual({ ok: false, reason: "locked" });
  });

  it("unlocks when the lock has expired, and a success clears the account's failures", async () => {
    const u = await makeLogin();
    for (let i = 0; i < 5; i++) await authenticate({ email: u.email, password: `wrong ${i}`, ip: ip() });
    expect(await authenticate({ email: u.email, password: PASSWORD, ip: ip() })).toEqual({ ok: false, reason: "locked" });
    await admin().query(`UPDATE "LoginThrottle" SET "lockedUntil" = now() - interval '1 second' WHERE key = $1`, [accountKey(u.email)]);
    expect(await authenticate({ email: u.email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
    const { rowCount } = await admin().query(`SELECT 1 FROM "LoginThrottle" WHERE key = $1`, [accountKey(u.email)]);
    expect(rowCount).toBe(0);
  });

  it("locks an IP that tries many accounts, for every account", async () => {
    vi.stubEnv("LOGIN_MAX_FAILURES_IP", "3");
    const from = ip();
    for (let i = 0; i < 3; i++) await authenticate({ email: `spray-${randomUUID()}@test.invalid`, password: "guess", ip: from });
    const u = await makeLogin();
    expect(await authenticate({ email: u.email, password: PASSWORD, ip: from })).toEqual({ ok: false, reason: "locked" });
    // the same account from elsewhere is fine: the lock is on the address
    expect(await authenticate({ email: u.email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
    const { rows } = await admin().query(`SELECT "lockedUntil" > now() AS locked FROM "LoginThrottle" WHERE key = $1`, [ipKey(from)]);
    expect(rows[0].locked).toBe(true);
  });

  it("starts counting afresh after the window", async () => {
    const u = await makeLogin();
    for (let i = 0; i < 4; i++) await authenticate({ email: u.email, password: `wrong ${i}`, ip: ip() });
    await admin().query(`UPDATE "LoginThrottle" SET "windowStart" = now() - interval '1 hour' WHERE key = $1`, [accountKey(u.email)]);
    await authenticate({ email: u.email, password: "wrong again", ip: ip() });
    expect(await authenticate({ email: u.email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
  });
});
