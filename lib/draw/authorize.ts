import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/** Use cases check for themselves (they are called from actions, jobs and tests alike). */
export function assertDrawManager(actor: Actor) {
  if (!can(actor.role, "draw.manage")) throw new AppError("NOT_FOUND", "denied draw.manage");
}
