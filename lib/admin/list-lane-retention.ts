import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertAdmin } from "./policy";

/** The retention period of every lane (months after closing), for the admin page; RLS lets only admins read it. */
export async function listLaneRetention(actor: Actor) {
  assertAdmin(actor);
  return withActor(actor, (tx) => tx.laneRetention.findMany({ orderBy: { lane: "asc" }, select: { lane: true, months: true, updatedAt: true } }));
}
