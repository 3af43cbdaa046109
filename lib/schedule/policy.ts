import type { Actor } from "@/lib/auth/actor";
import { ALL_LANES, PUBLIC_LANES } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { Lane } from "@/lib/generated/prisma/enums";

/** Outsiders learn nothing: a missing permission answers like a missing page (404). */
export function assertMay(actor: Actor, permission: Permission) {
  if (!can(actor.role, permission)) throw notFound(permission);
}

/**
 * Lanes whose services a staff member books for someone: the front desk routes to every lane,
 * so it books any service; caseworkers and lane leads only their own lane's. The same rule is
 * app_may_book_for() in migration 20261201030000_staff_booking.
 */
export function bookableLanes(actor: Actor): Lane[] {
  if (actor.role === "FRONT_DESK") return [...ALL_LANES];
  return actor.lane && (actor.role === "CASEWORKER" || actor.role === "LANE_LEAD") ? [actor.lane] : [];
}

/**
 * Lanes whose bookings a staff member sees in the day view, as app_sees_booking() (migration
 * 20261125060000_booking_security) says: the front desk the public lanes (an MBE/JMD booking
 * would reveal that a person seeks counselling), lane staff their own lane. The query carries
 * this in its `where`; row-level security holds it if the `where` were ever lost.
 */
export function visibleBookingLanes(actor: Actor): Lane[] {
  if (actor.role === "FRONT_DESK") return [...PUBLIC_LANES];
  return actor.lane && (actor.role === "CASEWORKER" || actor.role === "LANE_LEAD") ? [actor.lane] : [];
}
