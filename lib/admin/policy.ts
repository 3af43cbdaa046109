import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";

/**
 * The User table has no row-level security (sign-in must read it before anyone is known), so
 * the admin use cases check the role themselves as the second line behind the permission table.
 */
export function assertAdmin(actor: Actor): void {
  if (actor.role !== "ADMIN") throw notFound("admin function");
}
