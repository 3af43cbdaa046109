import type { Actor } from "@/lib/auth/actor";
import { getCaseFile } from "@/lib/cases/get-case-file";
import { notFound } from "@/lib/errors";
import type { Lane } from "@/lib/generated/prisma/enums";
import { laneOf } from "./lane-staff";

/**
 * The entries of one lane of a file: the actor's own lane, or a lane that shares entries with
 * it by consent. Built on getCaseFile, so the read is filtered and audited the same way as in
 * the portal. A lane the actor may not know about is a 404, like an unknown file.
 */
export async function listLaneEntries(actor: Actor, fileNumber: string, lane: Lane, purpose = "casework") {
  laneOf(actor);
  const view = await getCaseFile(actor, fileNumber, purpose);
  if (!view.lanes.some((l) => l.lane === lane)) throw notFound("lane");
  return view.entries.filter((e) => e.lane === lane);
}
