import { apiOperation } from "@/lib/api/api-operation";
import { notFound } from "@/lib/errors";
import { createLaneEntry } from "@/lib/lanes/create-lane-entry";
import { listLaneEntries } from "@/lib/lanes/list-lane-entries";
import { createLaneEntrySpec, listLaneEntriesSpec, toLaneEntryDto } from "@/lib/lanes/api-specs";

export const GET = apiOperation(listLaneEntriesSpec, async ({ params }, actor) => ({
  entries: (await listLaneEntries(actor, params.fileNumber, params.lane, "api")).map(toLaneEntryDto),
}));

export const POST = apiOperation(createLaneEntrySpec, async ({ params, body }, actor) => {
  // entries are only ever written into the caller's own lane; any other lane is not found
  if (params.lane !== actor.lane) throw notFound("lane");
  const entry = await createLaneEntry(actor, { ...body, fileNumber: params.fileNumber });
  return { entry: toLaneEntryDto({ ...entry, sharedByConsent: null }) };
});
