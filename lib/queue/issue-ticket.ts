import { issueTicketSchema, type IssueTicketInput, type IssuedTicket } from "./schemas";
import { findQueue } from "./find-queue";
import { issuedTicket } from "./issued-ticket";
import { queueErrorOf } from "./errors";
import { withIssuer, type Issuer } from "./issuer";

/**
 * A walk-in ticket, numbered per queue and Berlin day (issue_walk_in_ticket: one counter row
 * per queue and day, UPDATE … RETURNING, so 100 kiosks at once get 1…100 without gaps or
 * duplicates). Priority flags come from staff only; the database refuses them from a kiosk.
 * The front desk may issue into every lane's queue (it routes, like it books for MBE/JMD).
 */
export async function issueTicket(input: IssueTicketInput, by: Issuer): Promise<IssuedTicket> {
  const v = issueTicketSchema.parse(input);
  try {
    return await withIssuer(by, "queue.issue", v.locationId, async (tx, locationId) => {
      const queue = await findQueue(tx, locationId, v);
      const [{ id }] = await tx.$queryRaw<{ id: string }[]>`SELECT issue_walk_in_ticket(${queue.id}::uuid, ${v.language},
        ${v.priorities}::"TicketPriority"[], ${v.phone ?? null}) AS id`;
      return issuedTicket(tx, id);
    });
  } catch (e) {
    throw queueErrorOf(e);
  }
}
