import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

const ROLES: Role[] = ["FRONT_DESK", "CASEWORKER", "LANE_LEAD", "ADMIN", "STEERING"];

describe("permission table", () => {
  it("never lets admins or steering touch case content", () => {
    const caseContent: Permission[] = ["person.search", "caseFile.view", "lane.work", "laneEntry.create", "consent.grant", "referral.create", "request.create"];
    for (const p of caseContent) {
      expect(can("ADMIN", p)).toBe(false);
      expect(can("STEERING", p)).toBe(false);
    }
  });

  it("keeps the front desk out of lane work", () => {
    for (const p of ["lane.work", "laneEntry.create", "consent.grant", "lane.audit"] as Permission[]) expect(can("FRONT_DESK", p)).toBe(false);
  });

  it("gives lane audit and assignment to lane leads only", () => {
    for (const role of ROLES) {
      expect(can(role, "lane.audit")).toBe(role === "LANE_LEAD");
      expect(can(role, "lane.assign")).toBe(role === "LANE_LEAD");
    }
  });

  it("lists only known roles", () => {
    for (const roles of Object.values(PERMISSIONS)) for (const r of roles) expect(ROLES).toContain(r);
  });
});
