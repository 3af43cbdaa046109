import { z } from "@/lib/validation";
import type { ApiOperationSpec } from "@/lib/api/operation-spec";
import { DataCategory, EntryKind, Lane, Sensitivity } from "@/lib/generated/prisma/enums";
import { fileNumberSchema, laneEntryBody, laneParam } from "./schemas";

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** What API clients see of a lane entry; the author and internal ids of other lanes stay out. */
export const laneEntryResponse = z.object({
  id: z.uuid(),
  lane: z.enum(Lane),
  kind: z.enum(EntryKind),
  category: z.enum(DataCategory),
  sensitivity: z.enum(Sensitivity),
  title: z.string(),
  body: z.string(),
  dueDate: z.iso.date().nullable(),
  doneAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  sharedByConsent: z
    .object({ id: z.uuid(), fromLane: z.enum(Lane), purpose: z.string(), expiresAt: z.iso.datetime() })
    .nullable()
    .describe("set when the entry belongs to another lane and is readable only through this consent"),
});

type EntryRow = {
  id: string; lane: Lane; kind: EntryKind; category: DataCategory; sensitivity: Sensitivity; title: string; body: string;
  dueDate: Date | null; doneAt: Date | null; createdAt: Date;
  sharedByConsent?: { id: string; fromLane: Lane; purpose: string; expiresAt: Date } | null;
};

export function toLaneEntryDto(e: EntryRow): z.output<typeof laneEntryResponse> {
  const c = e.sharedByConsent ?? null;
  return {
    id: e.id, lane: e.lane, kind: e.kind, category: e.category, sensitivity: e.sensitivity, title: e.title, body: e.body,
    dueDate: isoDay(e.dueDate),
    doneAt: e.doneAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
    sharedByConsent: c && { id: c.id, fromLane: c.fromLane, purpose: c.purpose, expiresAt: c.expiresAt.toISOString() },
  };
}

const laneEntriesPath = z.object({ fileNumber: fileNumberSchema, lane: laneParam });

export const listLaneEntriesSpec = {
  operationId: "listLaneEntries",
  method: "get",
  path: "/api/v1/case-files/{fileNumber}/lanes/{lane}/entries",
  summary: "Entries of the caller's lane, or of a lane sharing entries with it by consent (read-only, audited)",
  tags: ["lanes"],
  permission: "lane.work",
  params: laneEntriesPath,
  response: z.object({ entries: z.array(laneEntryResponse) }),
} as const satisfies ApiOperationSpec & { permission: "lane.work" };

export const createLaneEntrySpec = {
  operationId: "createLaneEntry",
  method: "post",
  path: "/api/v1/case-files/{fileNumber}/lanes/{lane}/entries",
  summary: "Add a note, task (with due date) or decision to the caller's own lane",
  tags: ["lanes"],
  permission: "laneEntry.create",
  params: laneEntriesPath,
  body: laneEntryBody,
  response: z.object({ entry: laneEntryResponse }),
  successStatus: 201,
} as const satisfies ApiOperationSpec & { permission: "laneEntry.create" };

export const laneApiSpecs: ApiOperationSpec[] = [listLaneEntriesSpec, createLaneEntrySpec];
