import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { getBooking } from "@/lib/booking/get-booking";
import { readManageToken } from "@/lib/booking/manage-link";
import type { BookingView } from "@/lib/booking/schemas";
import { AppError } from "@/lib/errors";

export type LoadedBooking = { booking: BookingView; token: string } | { errorKey: string } | null;

/**
 * The booking a manage link (?t=) opens, for the result and manage pages: null without a
 * token, an error key for a forged token, an unknown booking or too many look-ups.
 */
export async function loadBooking(token: string | undefined): Promise<LoadedBooking> {
  if (!token) return null;
  const key = readManageToken(token);
  if (!key) return { errorKey: "booking:error.notFound" };
  try {
    return { booking: await getBooking(key, { ip: clientIp(await headers()) }), token };
  } catch (e) {
    if (e instanceof AppError && (e.code === "NOT_FOUND" || e.code === "RATE_LIMITED")) return { errorKey: e.messageKey };
    throw e;
  }
}
