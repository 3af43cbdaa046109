import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { personKeyOf } from "@/lib/booking/person-key";
import { normalizeBookingCode } from "@/lib/booking/booking-code";
import { checkInSchema, type CheckInInput, type CheckInResult } from "./schemas";
import { issuedTicket } from "./issued-ticket";
import { queueErrorOf } from "./errors";
import { queueConfig } from "./config";
import { withIssuer, type Issuer } from "./issuer";

type Outcome = "ON_TIME" | "LATE" | "TOO_EARLY" | "ALREADY" | "NOT_FOUND";

/**
 * Checks in today's confirmed booking at the kiosk's (or the desk's) location and returns its
 * ticket. Identity (docs/decisions/014): a kiosk needs the code AND the date of birth, or name
 * + date of birth; the front desk may check in by code alone because it looks at an ID
 * document. Up to CHECKIN_EARLY_MINUTES early is fine (the ticket waits for its time); more
 * than CHECKIN_LATE_MINUTES late turns it into a walk-in ticket in the same queue, flagged
 * late. Wrong code, date of birth, day or location all answer the same 404. Checking in twice
 * returns the same ticket.
 */
export async function checkInBooking(input: CheckInInput, by: Issuer): Promise<CheckInResult> {
  const v = checkInSchema.parse(input);
  const { earlyMinutes, lateMinutes } = queueConfig();
  const byCode = "code" in v;
  const code = byCode ? normalizeBookingCode(v.code) : null;
  if (byCode && !code) throw new AppError("NOT_FOUND", "not a booking code", { messageKey: "queue:error.bookingNotFound" });
  const birth = v.birthDate ?? null;
  const personKey = byCode ? null : personKeyOf(v.givenName, v.familyName, v.birthDate);
  try {
    return await withIssuer(by, "queue.issue", v.locationId, async (tx, locationId) => {
      const [r] = await tx.$queryRaw<{ outcome: Outcome; ticket_id: string | null; starts_at: Date | null }[]>`
        SELECT * FROM check_in_booking(${locationId}::uuid, ${code}, ${birth}::date, ${personKey}, ${earlyMinutes}::int, ${lateMinutes}::int, ${v.language})`;
      if (r.outcome === "NOT_FOUND") throw new AppError("NOT_FOUND", "no booking to check in", { messageKey: "queue:error.bookingNotFound" });
      if (r.outcome === "TOO_EARLY") throw new AppError("CONFLICT", "too early", { messageKey: "queue:error.tooEarly" });
      await recordAudit(tx, "actor" in by ? by.actor : null, {
        action: "queue.checkIn",
        targetId: r.ticket_id,
        detail: { outcome: r.outcome, by: "kiosk" in by ? `kiosk:${by.kiosk.deviceId}` : "desk", method: byCode ? "code" : "name" },
      });
      return { ...(await issuedTicket(tx, r.ticket_id!)), alreadyCheckedIn: r.outcome === "ALREADY" };
    });
  } catch (e) {
    throw queueErrorOf(e);
  }
}
