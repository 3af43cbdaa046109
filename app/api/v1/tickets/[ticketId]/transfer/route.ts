import { apiOperation } from "@/lib/api/api-operation";
import { transferTicketSpec } from "@/lib/queue/api-specs";
import { transferTicket } from "@/lib/queue/transfer-ticket";

export const POST = apiOperation(transferTicketSpec, ({ params, body }, actor) => transferTicket(actor, { ...params, ...body }));
