import { afterEach, describe, expect, it, vi } from "vitest";
import { generate } from "otplib";
import { totpRequired } from "@/lib/env";
import { checkTotp, newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, totpEnrolmentOutstanding, useRecoveryCode } from "@/lib/auth/totp";

afterEach(() => vi.unstubAllEnvs());

describe("totpRequired (AUTH_REQUIRE_TOTP)", () => {
  const cases: [string | undefined, string, string | undefined, boolean][] = [
    // explicit setting wins, whatever the environment
    ["true", "production", undefined, true],
    ["true", "development", undefined, true],
    ["true", "production", "1", true],
    ["true", "development", "1", true],
    ["false", "production", undefined, false],
    ["false", "development", undefined, false],
    ["false", "production", "1", false],
    ["1", "development", "1", true],
    ["0", "production", undefined, false],
    // unset: on in production, off in development, off for the demo
    [undefined, "production", undefined, true],
    [undefined, "production", "0", true],
    [undefined, "production", "1", false],
    [undefined, "development", undefined, false],
    [undefined, "development", "1", false],
    ["", "production", undefined, true],
  ];
  it.each(cases)("AUTH_REQUIRE_TOTP=%s NODE_ENV=%s EINEHAND_DEMO=%s → %s", (flag, nodeEnv, demo, expected) => {
    vi.stubEnv("AUTH_REQUIRE_TOTP", flag);
    vi.stubEnv("NODE_ENV", nodeEnv);
    vi.stubEnv("EINEHAND_DEMO", demo);
    expect(totpRequired()).toBe(expected);
  });
});

describe("enrolment outstanding (drives mustEnrolTotp)", () => {
  it("only when required and not confirmed", () => {
    expect(totpEnrolmentOutstanding(true, null)).toBe(true);
    expect(totpEnrolmentOutstanding(true, new Date())).toBe(false);
    expect(totpEnrolmentOutstanding(false, null)).toBe(false);
    expect(totpEnrolmentOutstanding(false, new Date())).toBe(false);
  });
});

describe("TOTP codes", () => {
  it("accepts the current code, also typed with a space, and refuses others", async () => {
    const secret = newTotpSecret();
    const code = await generate({ secret });
    expect(await checkTotp(secret, code)).toBe(true);
    expect(await checkTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`)).toBe(true);
    expect(await checkTotp(secret, code === "000000" ? "111111" : "000000")).toBe(false);
    expect(await checkTotp(secret, "12345")).toBe(false);
    expect(await checkTotp(newTotpSecret(), code)).toBe(false);
  });

  it("tolerates one step of clock drift but not more", async () => {
    const secret = newTotpSecret();
    const now = Math.floor(Date.now() / 1000);
    expect(await checkTotp(secret, await generate({ secret, epoch: now - 30 }))).toBe(true);
    expect(await checkTotp(secret, await generate({ secret, epoch: now - 120 }))).toBe(false);
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes, stored only as hashes, each usable once", async () => {
    const { plain, hashed } = await newRecoveryCodes();
    expect(plain).toHaveLength(10);
    expect(new Set(plain).size).toBe(10);
    expect(plain.every((c) => /^[0-9a-f]{5}-[0-9a-f]{5}$/.test(c))).toBe(true);
    expect(hashed.some((h) => plain.some((p) => h.includes(p)))).toBe(false);
    const remaining = await useRecoveryCode(hashed, plain[3].toUpperCase().replace("-", " "));
    expect(remaining).toHaveLength(9);
    expect(await useRecoveryCode(remaining!, plain[3])).toBeNull();
    expect(await useRecoveryCode(hashed, "not-a-code")).toBeNull();
  });

  it("normalises what people type", () => {
    expect(normalizeRecoveryCode(" ABCDE12345 ")).toBe("abcde-12345");
    expect(normalizeRecoveryCode("abcde - 12345")).toBe("abcde-12345");
  });
});
