import { describe, expect, it } from "vitest";
import { nameKeyWords, personKeyOf } from "@/lib/booking/person-key";

const key = (given: string, family: string, birthDate = "1990-04-12") => personKeyOf(given, family, birthDate);

describe("person key (one active booking per person and service)", () => {
  it("is the same across spellings, scripts, case, hyphens and name order", () => {
    expect(key("Mohammed", "Al-Hassan")).toBe(key("Muhammad", "Al Hassan"));
    expect(key("MOHAMMED", "al-hassan")).toBe(key("Mohammed", "Al-Hassan"));
    expect(key("Al Hassan", "Mohammed")).toBe(key("Mohammed", "Al Hassan"));
    expect(key("Олександр", "Шевченко")).toBe(key("Oleksandr", "Shevchenko"));
    expect(key("Ayşe", "Şahin")).toBe(key("Ayse", "Sahin"));
  });

  it("keeps different people and different dates of birth apart", () => {
    expect(key("Mohammed", "Al-Hassan")).not.toBe(key("Mohammed", "Al-Hassan", "1990-04-13"));
    expect(key("Anna", "Schmidt")).not.toBe(key("Hanna", "Schmitt"));
    expect(key("Ali", "Yilmaz")).not.toBe(key("Ali", "Yildiz"));
  });

  it("is readable: sorted name-key words and the date of birth", () => {
    expect(key("Mohammed", "Al-Hassan")).toBe("al hsn mhmd|1990-04-12");
    expect(nameKeyWords(" Anna ", "Schmidt")).toBe("an shmdt");
  });
});
