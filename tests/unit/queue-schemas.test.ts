import { afterEach, describe, expect, it } from "vitest";
import { checkInSchema, issueTicketSchema, transferBody } from "@/lib/queue/schemas";
import { queueConfig } from "@/lib/queue/config";

const LOCATION = "5b0a3f4e-8f1c-4c9e-9a51-3d2a1f6b7c80";

describe("queue input", () => {
  it("wants exactly one of service code and lane for a walk-in, and defaults language and priorities", () => {
    expect(issueTicketSchema.parse({ locationId: LOCATION, lane: "MBE" })).toEqual({ locationId: LOCATION, lane: "MBE", language: "de", priorities: [] });
    for (const bad of [{ locationId: LOCATION }, { locationId: LOCATION, lane: "MBE", serviceCode: "x" }]) {
      const r = issueTicketSchema.safeParse(bad);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0].message).toBe("queue:error.serviceOrLane");
    }
    expect(issueTicketSchema.safeParse({ locationId: LOCATION, lane: "ABH", priorities: ["VIP"] }).success).toBe(false);
  });

  it("checks in by code (date of birth optional for the desk) or by full name and date of birth", () => {
    expect(checkInSchema.parse({ locationId: LOCATION, code: "K7M2-QX9P" })).toMatchObject({ code: "K7M2-QX9P", language: "de" });
    expect(checkInSchema.parse({ locationId: LOCATION, givenName: "Amal", familyName: "Haddad", birthDate: "1990-05-17", language: "ar" })).toMatchObject({ familyName: "Haddad" });
    expect(checkInSchema.safeParse({ locationId: LOCATION, givenName: "Amal", familyName: "Haddad" }).success).toBe(false);
    expect(checkInSchema.safeParse({ locationId: LOCATION, code: "K7M2-QX9P", birthDate: "17.05.1990" }).success).toBe(false);
  });

  it("transfers to a lane or a service, not both", () => {
    expect(transferBody.safeParse({ toLane: "MBE" }).success).toBe(true);
    expect(transferBody.safeParse({ toServiceCode: "abh-permit" }).success).toBe(true);
    expect(transferBody.safeParse({}).success).toBe(false);
    expect(transferBody.safeParse({ toLane: "MBE", toServiceCode: "abh-permit" }).success).toBe(false);
  });
});

describe("queue configuration", () => {
  afterEach(() => {
    delete process.env.CHECKIN_LATE_MINUTES;
    delete process.env.NO_SHOW_AFTER_RECALLS;
  });
  it("reads the documented defaults, whole non-negative overrides, and ignores anything else", () => {
    expect(queueConfig()).toEqual({ earlyMinutes: 60, lateMinutes: 15, noShowAfterRecalls: 2, dueGraceMinutes: 5 });
    process.env.CHECKIN_LATE_MINUTES = "30";
    process.env.NO_SHOW_AFTER_RECALLS = "-1";
    expect(queueConfig()).toMatchObject({ lateMinutes: 30, noShowAfterRecalls: 2 });
  });
});
