import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, newBookingCode, normalizeBookingCode } from "@/lib/booking/booking-code";

describe("booking codes", () => {
  it("are 8 characters in two groups, from an alphabet without look-alikes", () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    for (const c of "0O1IL") expect(CODE_ALPHABET).not.toContain(c);
    for (let i = 0; i < 200; i++) expect(newBookingCode()).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
  });

  it("do not repeat and use the whole alphabet", () => {
    const codes = Array.from({ length: 20_000 }, newBookingCode);
    expect(new Set(codes).size).toBe(codes.length);
    const seen = new Set(codes.join("").replaceAll("-", ""));
    expect([...seen].sort().join("")).toBe([...CODE_ALPHABET].sort().join(""));
  });

  it("accept what people type: any case, spaces or dashes", () => {
    expect(normalizeBookingCode("K7M2-QX9P")).toBe("K7M2-QX9P");
    expect(normalizeBookingCode(" k7m2 qx9p ")).toBe("K7M2-QX9P");
    expect(normalizeBookingCode("k7m2qx9p")).toBe("K7M2-QX9P");
    expect(normalizeBookingCode("K7M2–QX9P")).toBe("K7M2-QX9P");
  });

  it("reject strings that cannot be a code", () => {
    for (const s of ["", "K7M2-QX9", "K7M2-QX9PP", "K7M2-QX0P", "O7M2-QX9P", "K7M2-QX1P", "K7M2-QXIP", "../etc/passwd", "K7M2-QX9Ä"]) {
      expect(normalizeBookingCode(s), s).toBeNull();
    }
  });
});
