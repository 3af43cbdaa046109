import { z } from "@/lib/validation";
import { personDetailsSchema } from "@/lib/booking/schemas";
import type { KioskContext } from "@/lib/queue/kiosk-context";
import { setTicketPhone } from "@/lib/queue/set-ticket-phone";

/**
 * The number is checked and tidied exactly like a booking's mobile number (the booking schema's
 * own field, not a copy); unlike there, it is required here.
 */
const bookingPhone = personDetailsSchema.shape.phone;

export const kioskNearSmsSchema = z.object({
  ticketId: z.uuid(),
  phone: bookingPhone.pipe(z.string({ error: "booking:error.phone" })),
});

/** The number for the near-turn SMS, on the ticket this kiosk has just issued. */
export const kioskNearSms = (v: z.output<typeof kioskNearSmsSchema>, kiosk: KioskContext) => setTicketPhone(kiosk, { ticketId: v.ticketId, phone: v.phone });
