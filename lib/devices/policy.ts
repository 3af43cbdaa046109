import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";

/** Only admins issue and revoke devices; the database says the same (RLS on "Device"). */
export function assertDeviceAdmin(actor: Actor): void {
  if (!can(actor.role, "devices.manage")) throw notFound("devices admin");
}
