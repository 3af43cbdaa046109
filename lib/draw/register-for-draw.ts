import type { Tx } from "@/lib/db";
import type { PublicClient } from "@/lib/booking/booking-context";
import { berlinWallTimeToUtc } from "@/lib/availability/berlin-time";
import { assertAgeFits, findService } from "@/lib/booking/booking-rules";
import { dbNow } from "@/lib/booking/book-slot";
import { newBookingCode } from "@/lib/booking/booking-code";
import { pgErrorOf } from "@/lib/booking/db-error";
import { personKeyOf } from "@/lib/booking/person-key";
import { consumeRateLimit } from "@/lib/booking/rate-limit";
import { withEntryContext } from "./draw-context";
import { alreadyRegistered, dateNotOffered, noOpenWindow } from "./errors";
import { currentWindow } from "./current-window";
import type { RegisterForDrawInput } from "./schemas";
import { dateOnly, windowDays } from "./window-days";

export type DrawRegistration = { code: string; serviceCode: string; closesAt: string };

/**
 * A person registers for the draw of a scarce service while its request window is open: their
 * details (as for a booking), an optional urgency date and the dates they could come. The entry
 * code (same alphabet as booking codes) plus the date of birth is their key to the entry. One
 * entry per person (normalised name + date of birth) and window: the unique index decides.
 * Rate-limited per address and per person like booking attempts. `proof` runs first in the
 * transaction (the public entry point redeems the proof-of-work there, spent only on success).
 */
export async function registerForDraw(input: RegisterForDrawInput, client: PublicClient, proof?: (tx: Tx) => Promise<void>): Promise<DrawRegistration> {
  await consumeRateLimit("bookingIp", client.ip);
  const personKey = personKeyOf(input.givenName, input.familyName, input.birthDate);
  await consumeRateLimit("person", personKey);
  const code = newBookingCode();
  try {
    return await withEntryContext({ code, birthDate: input.birthDate }, async (tx) => {
      await proof?.(tx);
      const service = await findService(tx, { serviceCode: input.serviceCode });
      const now = await dbNow(tx);
      const window = service.allocation === "DRAW" && service.bookingMode === "ONLINE" ? await currentWindow(tx, service.id, now) : null;
      if (!window) throw noOpenWindow();
      const offered = new Set((await windowDays(tx, service.code, window, now, { free: false })).map((d) => d.date));
      const dates = [...new Set(input.acceptableDates)].sort();
      if (dates.some((d) => !offered.has(d))) throw dateNotOffered();
      assertAgeFits(service, input.birthDate, berlinWallTimeToUtc(dates[0], 12 * 60));
      await tx.drawEntry.create({
        data: {
          windowId: window.id,
          code,
          personKey,
          givenName: input.givenName,
          familyName: input.familyName,
          birthDate: dateOnly(input.birthDate),
          email: input.email ?? null,
          phone: input.phone ?? null,
          language: input.language,
          urgentBy: input.urgentBy ? dateOnly(input.urgentBy) : null,
          acceptableDates: dates.map(dateOnly),
        },
        select: { id: true },
      });
      return { code, serviceCode: service.code, closesAt: window.closesAt.toISOString() };
    });
  } catch (e) {
    if ((e as { code?: string })?.code === "P2002" || pgErrorOf(e).code === "23505") throw alreadyRegistered();
    throw e;
  }
}
