import { z, optionalText } from "@/lib/validation";
import { ALL_LANES } from "@/lib/auth/actor";
import { CHANNELS, TOPICS, isAsylumTopic } from "./topics";

export const laneSchema = z.enum(ALL_LANES);
const lanes = z.array(laneSchema).max(ALL_LANES.length).default([]);

/** A request (Anliegen) on a file, as recorded at the counter or sent by an integration. */
export const createRequestSchema = z.object({
  channel: z.enum(CHANNELS),
  topic: z.enum(TOPICS),
  summary: optionalText(1000),
});

export const fileNumberParams = z.object({ fileNumber: z.string().trim().min(1).max(40) });
export const requestIdParams = z.object({ requestId: z.uuid() });

/** Routing: one or more lanes; asylum topics take none (they are referred out). */
export const routeRequestSchema = z.object({ lanes });

/** The same rule for forms, where topic and lanes arrive together. */
function lanesFitTopic(v: { topic: string; lanes: string[] }, ctx: z.RefinementCtx) {
  if (isAsylumTopic(v.topic) && v.lanes.length > 0) ctx.addIssue({ code: "custom", path: ["lanes"], message: "desk:route.errors.asylumNoLanes" });
  if (!isAsylumTopic(v.topic) && v.lanes.length === 0) ctx.addIssue({ code: "custom", path: ["lanes"], message: "desk:route.errors.chooseLane" });
}

/** The file page's form: record the request and route it in one step. */
export const recordRequestFormSchema = createRequestSchema.extend({ fileNumber: fileNumberParams.shape.fileNumber, lanes }).superRefine(lanesFitTopic);

/** The file page's form for a request that is still open (e.g. recorded through the API). */
export const routeRequestFormSchema = z.object({ requestId: z.uuid(), lanes });

export const requestResultSchema = z.object({
  requestId: z.uuid(),
  fileNumber: z.string(),
  topic: z.enum(TOPICS),
  status: z.enum(["OPEN", "ROUTED", "REFERRED_OUT"]),
  /** Only the lanes routed in this call: the front desk cannot read back routes to MBE/JMD later. */
  routedTo: z.array(laneSchema),
  externalReferral: z.string().nullable(),
});
export type RequestResult = z.infer<typeof requestResultSchema>;
