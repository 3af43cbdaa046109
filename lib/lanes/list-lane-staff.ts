import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { laneOf } from "./lane-staff";

/** Active caseworkers and leads of the actor's lane (the assign dropdown). User has no RLS. */
export async function listLaneStaff(actor: Actor) {
  const lane = laneOf(actor);
  return withActor(actor, (tx) =>
    tx.user.findMany({
      where: { lane, active: true, role: { in: ["CASEWORKER", "LANE_LEAD"] } },
      select: { id: true, displayName: true, role: true },
      orderBy: { displayName: "asc" },
    }),
  );
}
