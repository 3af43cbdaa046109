import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { IssuedTicket } from "./schemas";

type Row = {
  ticket_id: string; display_number: string; queue_name: string; late: boolean; appointment_at: Date | null;
  ahead: number; wait_minutes: number; language: string;
};

/** The ticket slip's content (number, queue, estimated wait), through issued_ticket_view(). */
export async function issuedTicket(tx: Tx, ticketId: string): Promise<IssuedTicket> {
  const [r] = await tx.$queryRaw<Row[]>`SELECT * FROM issued_ticket_view(${ticketId}::uuid)`;
  if (!r) throw new AppError("CONFLICT", "ticket is no longer waiting", { messageKey: "queue:error.alreadyCheckedIn" });
  return {
    ticketId: r.ticket_id, displayNumber: r.display_number, queueName: r.queue_name, late: r.late,
    appointmentAt: r.appointment_at?.toISOString() ?? null, waitingAhead: r.ahead, estimatedWaitMinutes: r.wait_minutes, language: r.language,
  };
}
