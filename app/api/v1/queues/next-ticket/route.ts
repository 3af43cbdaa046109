import { apiOperation } from "@/lib/api/api-operation";
import { callNextTicketSpec } from "@/lib/queue/api-specs";
import { callNextTicket } from "@/lib/queue/call-next-ticket";

export const POST = apiOperation(callNextTicketSpec, async ({ body }, actor) => ({ ticket: await callNextTicket(actor, body) }));
