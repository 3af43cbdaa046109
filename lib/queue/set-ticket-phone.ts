import { AppError } from "@/lib/errors";
import { queueErrorOf } from "./errors";
import { withKioskContext, type KioskContext } from "./kiosk-context";

/**
 * "Send me an SMS when my turn is near": the kiosk gives the number to the ticket it has just
 * issued. set_ticket_phone() (migration 20261202020000_ticket_sms) admits only this kiosk's own
 * ticket of today that still waits — any other ticket id answers the same 404 — and puts a
 * near-turn check on the job queue, so a ticket that is already near gets its SMS at once.
 */
export async function setTicketPhone(kiosk: KioskContext, input: { ticketId: string; phone: string }): Promise<{ phoneEnding: string }> {
  try {
    const ok = await withKioskContext(kiosk, async (tx) => {
      const [row] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT set_ticket_phone(${input.ticketId}::uuid, ${input.phone}) AS ok`;
      return row.ok;
    });
    if (!ok) throw new AppError("NOT_FOUND", "not this kiosk's waiting ticket", { messageKey: "messages:nearTurn.form.notFound" });
    // the screen confirms with the last digits only: the next person in line may look
    return { phoneEnding: input.phone.replace(/\D/g, "").slice(-3) };
  } catch (e) {
    throw queueErrorOf(e);
  }
}
