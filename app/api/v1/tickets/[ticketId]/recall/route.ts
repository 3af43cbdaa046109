import { apiOperation } from "@/lib/api/api-operation";
import { recallTicketSpec } from "@/lib/queue/api-specs";
import { recallTicket } from "@/lib/queue/recall-ticket";

export const POST = apiOperation(recallTicketSpec, ({ params }, actor) => recallTicket(actor, params));
