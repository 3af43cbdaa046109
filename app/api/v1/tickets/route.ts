import { apiOperation } from "@/lib/api/api-operation";
import { issueTicketSpec } from "@/lib/queue/api-specs";
import { issueTicket } from "@/lib/queue/issue-ticket";

export const POST = apiOperation(issueTicketSpec, ({ body }, actor) => issueTicket(body, { actor }));
