import { withActor, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { withKioskContext, type KioskContext } from "./kiosk-context";

/** Who puts a ticket into a queue: a kiosk device, or a staff member at the counter. */
export type Issuer = { kiosk: KioskContext } | { actor: Actor };

/**
 * Runs `fn` in the issuer's context at `locationId`: a kiosk only ever at its own location
 * (the input's location is ignored), staff after the permission check.
 */
export function withIssuer<T>(by: Issuer, permission: Permission, locationId: string, fn: (tx: Tx, locationId: string) => Promise<T>): Promise<T> {
  if ("kiosk" in by) return withKioskContext(by.kiosk, (tx) => fn(tx, by.kiosk.locationId));
  if (!can(by.actor.role, permission)) throw notFound("queue");
  return withActor(by.actor, (tx) => fn(tx, locationId));
}
