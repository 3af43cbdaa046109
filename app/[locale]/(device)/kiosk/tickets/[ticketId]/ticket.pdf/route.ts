import { NextResponse } from "next/server";
import { currentDevice } from "@/lib/devices/require-device";
import { toAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { isLocale } from "@/lib/i18n/settings";
import { getKioskTicketSlip } from "@/lib/queue/get-kiosk-ticket-slip";
import { ticketPdf } from "@/lib/receipts/ticket-pdf";
import { z } from "@/lib/validation";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string; ticketId: string }> };

/**
 * The ticket as an 80 mm PDF, for the paired kiosk that issued it, today. Anything else — no
 * kiosk cookie, another kiosk, a staff browser, an unknown or old ticket — is the same plain 404
 * the device pages answer. Written in the ticket's language (the link's locale only words the 404).
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, ticketId } = await params;
  const noStore = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" };
  const missing = async () =>
    new NextResponse((await getT(isLocale(locale) ? locale : "de"))("errors:notFound"), { status: 404, headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" } });
  if (!isLocale(locale) || !z.uuid().safeParse(ticketId).success) return missing();
  const device = await currentDevice("KIOSK");
  if (!device) return missing();
  try {
    const slip = await getKioskTicketSlip({ deviceId: device.id, locationId: device.locationId }, ticketId);
    const pdf = await ticketPdf(slip, { t: await getT(slip.language), tDe: await getT("de"), locale: slip.language });
    return new NextResponse(Buffer.from(pdf), {
      headers: { ...noStore, "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="ticket-${slip.displayNumber}.pdf"` },
    });
  } catch (e) {
    if (toAppError(e).code === "NOT_FOUND") return missing();
    throw e;
  }
}
