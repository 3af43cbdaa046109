import { afterEach, describe, expect, it, vi } from "vitest";
import { calendarPath, manageToken, manageUrl, publicBaseUrl, readManageToken, receiptPath } from "@/lib/booking/manage-link";

afterEach(() => vi.unstubAllEnvs());

/** The same token with one base64url character changed at position i. */
const flip = (token: string, i: number) => token.slice(0, i) + (token[i] === "A" ? "B" : "A") + token.slice(i + 1);

describe("manage link tokens", () => {
  it("give back code and date of birth, and hide the date of birth", () => {
    const token = manageToken("K7M2-QX9P", "1990-05-17");
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(readManageToken(token)).toEqual({ code: "K7M2-QX9P", birthDate: "1990-05-17" });
    const raw = Buffer.from(token, "base64url").toString("latin1");
    expect(raw).not.toContain("1990");
    expect(raw).not.toContain("K7M2");
  });

  it("differ each time (random IV), so two links do not reveal the same booking", () => {
    expect(manageToken("K7M2-QX9P", "1990-05-17")).not.toBe(manageToken("K7M2-QX9P", "1990-05-17"));
  });

  it("turn any change into null, never into another booking", () => {
    const token = manageToken("K7M2-QX9P", "1990-05-17");
    for (let i = 0; i < token.length; i++) expect(readManageToken(flip(token, i)), `position ${i}`).toBeNull();
    expect(readManageToken(token.slice(0, -1))).toBeNull();
    expect(readManageToken(token.slice(0, 20))).toBeNull();
    expect(readManageToken(`${token}A`)).toBeNull();
    for (const junk of [null, undefined, "", "not a token", "..%2F", "A".repeat(500)]) expect(readManageToken(junk)).toBeNull();
  });

  it("are bound to the secret: a token made with another AUTH_SECRET is refused", () => {
    vi.stubEnv("AUTH_SECRET", "first-secret-first-secret-first-secret");
    const token = manageToken("K7M2-QX9P", "1990-05-17");
    expect(readManageToken(token)).not.toBeNull();
    vi.stubEnv("AUTH_SECRET", "other-secret-other-secret-other-secret");
    expect(readManageToken(token)).toBeNull();
  });

  it("refuse to work in production without AUTH_SECRET (no development key there)", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("EINEHAND_DEMO", "");
    vi.stubEnv("AUTH_SECRET", "");
    expect(() => manageToken("K7M2-QX9P", "1990-05-17")).toThrow(/AUTH_SECRET/);
  });
});

describe("manage links", () => {
  it("open the manage page with the code and the token, never the date of birth", () => {
    const url = new URL(manageUrl("https://termine.example.org/", "ar", "K7M2-QX9P", "1990-05-17"));
    expect(url.origin + url.pathname).toBe("https://termine.example.org/ar/booking");
    expect(url.searchParams.get("code")).toBe("K7M2-QX9P");
    expect(readManageToken(url.searchParams.get("t"))).toEqual({ code: "K7M2-QX9P", birthDate: "1990-05-17" });
    expect(url.href).not.toContain("1990");
  });

  it("point the files at the booking's code", () => {
    expect(calendarPath("de", "K7M2-QX9P", "tok_en-1")).toBe("/de/booking/K7M2-QX9P/calendar.ics?t=tok_en-1");
    expect(receiptPath("uk", "K7M2-QX9P", "tok_en-1")).toBe("/uk/booking/K7M2-QX9P/receipt.pdf?t=tok_en-1");
  });

  it("use PUBLIC_BASE_URL, else the local port", () => {
    vi.stubEnv("PUBLIC_BASE_URL", "https://termine.example.org/");
    expect(publicBaseUrl()).toBe("https://termine.example.org");
    vi.stubEnv("PUBLIC_BASE_URL", "");
    vi.stubEnv("PORT", "3312");
    expect(publicBaseUrl()).toBe("http://localhost:3312");
  });
});
