import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import type { Lane, RequestChannel } from "@/lib/generated/prisma/enums";
import { routeWithin } from "./route-request";
import type { RequestResult } from "./schemas";
import type { Topic } from "./topics";

export type CreateRequestInput = {
  fileNumber: string;
  channel: RequestChannel;
  topic: Topic;
  summary?: string;
  /** Route in the same transaction (the counter's one-step form); absent: the request stays open. */
  lanes?: Lane[];
};

/** Records a request (Anliegen) on a file the actor can see; optionally routes it at once. */
export async function createRequest(actor: Actor, input: CreateRequestInput): Promise<RequestResult> {
  return withActor(actor, async (tx) => {
    const file = await tx.caseFile.findUnique({ where: { fileNumber: input.fileNumber }, select: { id: true, fileNumber: true } });
    if (!file) throw notFound("case file");
    const request = await tx.request.create({
      data: { caseFileId: file.id, channel: input.channel, topic: input.topic, summary: input.summary ?? "", createdById: actor.userId },
      select: { id: true, caseFileId: true, topic: true, status: true },
    });
    await recordAudit(tx, actor, {
      action: "request.create",
      caseFileId: file.id,
      targetId: request.id,
      detail: { channel: input.channel, topic: input.topic },
    });
    const open = { ...request, fileNumber: file.fileNumber };
    if (input.lanes) return routeWithin(tx, actor, open, input.lanes);
    return { requestId: request.id, fileNumber: file.fileNumber, topic: input.topic, status: "OPEN", routedTo: [], externalReferral: null };
  });
}
