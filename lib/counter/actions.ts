"use server";
import { staffAction } from "@/lib/actions/staff-action";
import { notFound } from "@/lib/errors";
import { Lane, TicketPriority } from "@/lib/generated/prisma/enums";
import { callNextTicket } from "@/lib/queue/call-next-ticket";
import { completeTicket } from "@/lib/queue/complete-ticket";
import { markNoShow } from "@/lib/queue/mark-no-show";
import { recallTicket } from "@/lib/queue/recall-ticket";
import { setTicketPriority } from "@/lib/queue/set-ticket-priority";
import { startService } from "@/lib/queue/start-service";
import { transferTicket } from "@/lib/queue/transfer-ticket";
import { z } from "@/lib/validation";

/** "Call next" at a counter; answers whether a ticket was called (null: nobody waits). */
export const callNextAction = staffAction("queue.call", z.object({ counterId: z.uuid() }), async (input, actor) => {
  const ticket = await callNextTicket(actor, input);
  return { displayNumber: ticket?.displayNumber ?? null };
});

const ticketOp = z.object({ ticketId: z.uuid(), op: z.enum(["recall", "start", "noShow", "finish"]) });

/** The buttons on the current ticket; each delegates to one queue use case. */
export const ticketOpAction = staffAction("queue.call", ticketOp, async ({ ticketId, op }, actor) => {
  const run = { recall: recallTicket, start: startService, noShow: markNoShow, finish: completeTicket }[op];
  const ticket = await run(actor, { ticketId });
  return { status: ticket.status };
});

/** The target arrives as lane:<LANE> or service:<code> from one select, so one field carries both kinds. */
const transferInput = z.object({
  ticketId: z.uuid(),
  target: z.string().regex(/^(lane|service):.{1,64}$/, "errors:validation"),
});

export const transferAction = staffAction("queue.call", transferInput, async ({ ticketId, target }, actor) => {
  const [kind, value] = [target.slice(0, target.indexOf(":")), target.slice(target.indexOf(":") + 1)];
  const lane = z.enum(Lane).safeParse(value);
  if (kind === "lane" && !lane.success) throw notFound("lane");
  const result = await transferTicket(actor, kind === "lane" ? { ticketId, toLane: lane.data } : { ticketId, toServiceCode: value });
  return { queueName: result.to.queueName, displayNumber: result.to.displayNumber };
});

const priorityInput = z.object({
  ticketId: z.uuid(),
  // a checkbox group named "priorities[]": absent when none is ticked
  priorities: z.array(z.enum(TicketPriority)).max(4).default([]),
});

export const priorityAction = staffAction("queue.priority", priorityInput, async (input, actor) => {
  const ticket = await setTicketPriority(actor, input);
  return { priorities: ticket.priorities };
});
