import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Who may do what: the one table every page, Server Action and route handler checks
 * (through requireStaff / staffAction / apiOperation). Lane scoping happens in the queries and
 * in PostgreSQL row-level security; this table only says which roles may try.
 */
export const PERMISSIONS = {
  "person.search": ["FRONT_DESK", "CASEWORKER", "LANE_LEAD"],
  "person.create": ["FRONT_DESK"],
  "caseFile.view": ["FRONT_DESK", "CASEWORKER", "LANE_LEAD"],
  "request.create": ["FRONT_DESK"],
  "request.route": ["FRONT_DESK"],
  "lane.work": ["CASEWORKER", "LANE_LEAD"],
  "lane.assign": ["LANE_LEAD"],
  "lane.audit": ["LANE_LEAD"],
  "laneEntry.create": ["CASEWORKER", "LANE_LEAD"],
  "consent.grant": ["CASEWORKER", "LANE_LEAD"],
  "consent.revoke": ["CASEWORKER", "LANE_LEAD"],
  "referral.create": ["CASEWORKER", "LANE_LEAD"],
  "admin.users": ["ADMIN"],
  // how long closed lanes are kept before the expiry job deletes them (DESIGN.md rule 8)
  "retention.manage": ["ADMIN"],
  "steering.figures": ["STEERING"],
  // waiting and service times per day, lane and service: steering the public lanes (small
  // cells suppressed; never MBE/JMD, DESIGN.md rule 2), a lane lead their own lane's
  "steering.queues": ["STEERING", "LANE_LEAD"],
  "booking.onBehalf": ["FRONT_DESK", "CASEWORKER", "LANE_LEAD"],
  "schedule.view": ["FRONT_DESK", "CASEWORKER", "LANE_LEAD"],
  "catalogue.manage": ["ADMIN"],
  "draw.manage": ["ADMIN"],
  "devices.manage": ["ADMIN"],
  "queue.call": ["FRONT_DESK", "CASEWORKER", "LANE_LEAD"],
  "queue.overview": ["FRONT_DESK", "LANE_LEAD"],
  "queue.issue": ["FRONT_DESK"],
  "queue.priority": ["FRONT_DESK", "CASEWORKER", "LANE_LEAD"],
  "account.security": ["FRONT_DESK", "CASEWORKER", "LANE_LEAD", "ADMIN", "STEERING"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
