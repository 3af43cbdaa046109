import { z } from "@/lib/validation";
import { DataCategory, EntryKind, Lane, Sensitivity } from "@/lib/generated/prisma/enums";

/** Shared by forms (Server Actions) and API v1; messages are i18n keys (lib/validation.ts). */
export const fileNumberSchema = z.string().trim().min(1).max(40);
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "errors:invalidDate" })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), { error: "errors:invalidDate" });

const optionalDate = z.preprocess((v) => (v === "" || v === null ? undefined : v), isoDate.optional());

export const laneEntryFields = z.object({
  kind: z.enum(EntryKind),
  category: z.enum(DataCategory),
  sensitivity: z.enum(Sensitivity).default("NORMAL"),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().max(10_000).default(""),
  dueDate: optionalDate.describe("YYYY-MM-DD; required when kind is TASK, ignored otherwise"),
});

type EntryFields = z.output<typeof laneEntryFields>;

/** A task without a due date could never appear in anyone's inbox. */
const requireDueDateForTasks = (v: Pick<EntryFields, "kind" | "dueDate">, ctx: z.RefinementCtx) => {
  if (v.kind === "TASK" && !v.dueDate) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "errors:required" });
};

export const laneEntryBody = laneEntryFields.superRefine(requireDueDateForTasks);
export const createLaneEntrySchema = laneEntryFields.extend({ fileNumber: fileNumberSchema }).superRefine(requireDueDateForTasks);
export type CreateLaneEntryInput = z.output<typeof createLaneEntrySchema>;

export const completeTaskSchema = z.object({ entryId: z.uuid() });
export const closeLaneSchema = z.object({ fileNumber: fileNumberSchema });
export const assignLaneSchema = z.object({ fileNumber: fileNumberSchema, userId: z.uuid() });
export const acceptRouteSchema = z.object({ routeId: z.uuid() });
export const laneParam = z.enum(Lane);
