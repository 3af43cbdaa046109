import { apiOperation } from "@/lib/api/api-operation";
import { completeTicketSpec } from "@/lib/queue/api-specs";
import { completeTicket } from "@/lib/queue/complete-ticket";

export const POST = apiOperation(completeTicketSpec, ({ params }, actor) => completeTicket(actor, params));
