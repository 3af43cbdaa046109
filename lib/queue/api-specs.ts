import type { ApiOperationSpec } from "@/lib/api/operation-spec";
import {
  callNextResultSchema, checkInResultSchema, checkInSchema, counterInput, issueTicketSchema, issuedTicketSchema, overviewQuery,
  queueOverviewSchema, ticketParams, ticketSchema, transferBody, transferResultSchema,
} from "./schemas";

const KIOSK_NOTE = "Kiosk devices do the same through the kiosk pages (device session), not through this staff operation.";
const DISPLAY_NOTE =
  'Every status change is recorded as a TicketEvent and announced on PostgreSQL channel ticket_events on commit ({"type":"called"|"recalled"|"finished"|"no_show"|"transferred","locationId","ticketId","displayNumber","counterName","language","at"}), which the waiting-room display stream relays.';

export const checkInBookingSpec = {
  operationId: "checkInBooking",
  method: "post",
  path: "/api/v1/check-ins",
  summary: `Check in today's confirmed booking at a location and get its ticket (display number, queue, estimated wait). By booking code (the front desk, having seen an ID document, may omit the date of birth) or by name + date of birth. Up to CHECKIN_EARLY_MINUTES (60) early is accepted, earlier is 409 queue:error.tooEarly; more than CHECKIN_LATE_MINUTES (15) late gives a walk-in ticket of the same queue flagged late. A wrong code, date of birth, day or location is 404 queue:error.bookingNotFound. Checking in again returns the same ticket. Front desk. ${KIOSK_NOTE}`,
  tags: ["queue"],
  permission: "queue.issue",
  body: checkInSchema,
  response: checkInResultSchema,
  successStatus: 201,
} as const satisfies ApiOperationSpec & { permission: "queue.issue" };

export const issueTicketSpec = {
  operationId: "issueTicket",
  method: "post",
  path: "/api/v1/tickets",
  summary: `Issue a walk-in ticket for a service (serviceCode) or a lane's queue at a location, numbered per queue and Berlin day without gaps (e.g. "A-042"); priority flags optional. Returns the number, the queue and the estimated wait. The front desk issues into every lane's queue but does not read MBE/JMD tickets back. ${KIOSK_NOTE}`,
  tags: ["queue"],
  permission: "queue.issue",
  body: issueTicketSchema,
  response: issuedTicketSchema,
  successStatus: 201,
} as const satisfies ApiOperationSpec & { permission: "queue.issue" };

export const callNextTicketSpec = {
  operationId: "callNextTicket",
  method: "post",
  path: "/api/v1/queues/next-ticket",
  summary: `Call the next ticket to a counter from the queues it serves: due appointments first (by time), then walk-ins (priority flags first, then waiting time), then early arrivals. Two counters calling at once never get the same ticket. Caseworkers and lane leads call only their own lane's tickets, the front desk only public lanes'. {"ticket": null} when nobody waits; 409 queue:error.counterBusy while the counter still has a called ticket. ${DISPLAY_NOTE}`,
  tags: ["queue"],
  permission: "queue.call",
  body: counterInput,
  response: callNextResultSchema,
} as const satisfies ApiOperationSpec & { permission: "queue.call" };

export const recallTicketSpec = {
  operationId: "recallTicket",
  method: "post",
  path: "/api/v1/tickets/{ticketId}/recall",
  summary: "Call a called ticket again. At the recall after NO_SHOW_AFTER_RECALLS (2) recalls the ticket becomes NO_SHOW instead (its booking too). 409 queue:error.wrongStatus unless CALLED.",
  tags: ["queue"],
  permission: "queue.call",
  params: ticketParams,
  response: ticketSchema,
} as const satisfies ApiOperationSpec & { permission: "queue.call" };

export const transferTicketSpec = {
  operationId: "transferTicket",
  method: "post",
  path: "/api/v1/tickets/{ticketId}/transfer",
  summary: "Send a called or served ticket on to another lane's or service's queue at the same location (one visit, several stops): it keeps its visit and display number and is placed by its first issue time. The answer names the target queue only; the caller may not be able to read the new ticket (e.g. ABH → MBE).",
  tags: ["queue"],
  permission: "queue.call",
  params: ticketParams,
  body: transferBody,
  response: transferResultSchema,
} as const satisfies ApiOperationSpec & { permission: "queue.call" };

export const completeTicketSpec = {
  operationId: "completeTicket",
  method: "post",
  path: "/api/v1/tickets/{ticketId}/complete",
  summary: "Finish a called or served ticket (DONE); a checked-in booking becomes COMPLETED.",
  tags: ["queue"],
  permission: "queue.call",
  params: ticketParams,
  response: ticketSchema,
} as const satisfies ApiOperationSpec & { permission: "queue.call" };

export const getQueueOverviewSpec = {
  operationId: "getQueueOverview",
  method: "get",
  path: "/api/v1/queues",
  summary: "Per queue of a location: waiting tickets, longest wait, open counters, today's finished tickets and no-shows. Counts only, no tickets, no persons. Front desk and lane leads: the public lanes' queues (ABH, SOZ, KIM), a lane lead also their own lane's; MBE and JMD queues never reach a public body (DESIGN rule 2).",
  tags: ["queue"],
  permission: "queue.overview",
  query: overviewQuery,
  response: queueOverviewSchema,
} as const satisfies ApiOperationSpec & { permission: "queue.overview" };

export const queueApiSpecs = [
  checkInBookingSpec, issueTicketSpec, callNextTicketSpec, recallTicketSpec, transferTicketSpec, completeTicketSpec, getQueueOverviewSpec,
] as ApiOperationSpec[];
