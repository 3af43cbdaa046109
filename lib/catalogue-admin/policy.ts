import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";

/**
 * Only admins change the catalogue. Checked here (404 for everyone else, as for every staff
 * function) and again by the database: the catalogue tables accept writes only from an ADMIN
 * actor (row-level security, migration 20261201030000_staff_booking).
 */
export function assertCatalogueAdmin(actor: Actor): void {
  if (!can(actor.role, "catalogue.manage")) throw notFound("catalogue admin");
}

/** A unique index said no: a code or counter name in use. Catalogue names are no secret to admins. */
export function taken(field: string, messageKey: string) {
  return new AppError("CONFLICT", `${field} taken`, { messageKey, fieldErrors: { [field]: [messageKey] } });
}
