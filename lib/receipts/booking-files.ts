import "server-only";
import type { TFunction } from "i18next";
import { NextResponse, type NextRequest } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { normalizeBookingCode } from "@/lib/booking/booking-code";
import { bookingNotFound } from "@/lib/booking/db-error";
import { getBooking } from "@/lib/booking/get-booking";
import { manageUrl, publicBaseUrl, readManageToken } from "@/lib/booking/manage-link";
import type { BookingView } from "@/lib/booking/schemas";
import { db } from "@/lib/db";
import { toAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { isLocale, type Locale } from "@/lib/i18n/settings";

export type BookingFileTexts = { serviceName: string; documents: string[]; t: TFunction; locale: Locale; manageUrl: string };

/**
 * The booking a file link opens. The token (lib/booking/manage-link.ts) carries code and date of
 * birth; it must be for the code in the path, so a link cannot be re-pointed at another
 * booking. A forged token, another booking's token and an unknown booking are the same
 * NOT_FOUND; look-ups count against the IP's limit (getBooking).
 */
export async function bookingByLink(pathCode: string, token: string | null, ip: string): Promise<BookingView> {
  const key = readManageToken(token);
  if (!key || normalizeBookingCode(pathCode) !== key.code) throw bookingNotFound();
  return getBooking(key, { ip });
}

/**
 * The service's name in the receipt's language (German when not translated). Read from the
 * texts directly, not the public catalogue: a service withdrawn since still names the booking.
 */
async function serviceName(serviceId: string, locale: Locale): Promise<string> {
  const texts = await db.serviceText.findMany({ where: { serviceId, locale: { in: [locale, "de"] } }, select: { locale: true, name: true } });
  return (texts.find((x) => x.locale === locale) ?? texts[0])?.name ?? "";
}

export async function bookingFileTexts(view: BookingView, locale: Locale): Promise<BookingFileTexts> {
  const t = await getT(locale);
  return {
    serviceName: (await serviceName(view.service.id, locale)) || view.service.code,
    // checklist keys an admin adds later have no translation yet: shown as they are
    documents: view.service.requiredDocuments.map((key) => t(`catalogue:document.${key}`, { defaultValue: key })),
    t,
    locale,
    manageUrl: manageUrl(publicBaseUrl(), locale, view.code, view.person.birthDate),
  };
}

type FileContext = { params: Promise<{ locale: string; code: string }> };
export type BookingFile = { body: string | Uint8Array; contentType: string; disposition: "attachment" | "inline"; filename: string };

/**
 * GET handler for a file of one booking at /[locale]/booking/[code]/<file>?t=<token>. Personal
 * data: never cached by browsers or proxies. Errors are a short text in the link's language.
 */
export function bookingFileRoute(render: (view: BookingView, texts: BookingFileTexts) => Promise<BookingFile>) {
  return async (request: NextRequest, context: FileContext): Promise<Response> => {
    const { locale: rawLocale, code } = await context.params;
    const locale: Locale = isLocale(rawLocale) ? rawLocale : "de";
    const noStore = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" };
    try {
      if (!isLocale(rawLocale)) throw bookingNotFound();
      const view = await bookingByLink(code, request.nextUrl.searchParams.get("t"), clientIp(request.headers));
      const file = await render(view, await bookingFileTexts(view, locale));
      const body = typeof file.body === "string" ? file.body : Buffer.from(file.body);
      return new NextResponse(body, {
        headers: { ...noStore, "Content-Type": file.contentType, "Content-Disposition": `${file.disposition}; filename="${file.filename}"` },
      });
    } catch (e) {
      const err = toAppError(e);
      if (err.code !== "NOT_FOUND" && err.code !== "RATE_LIMITED") throw e;
      const t = await getT(locale);
      const message = err.code === "RATE_LIMITED" ? t("receipt:error.rateLimited") : t("receipt:error.notFound");
      return new NextResponse(message, { status: err.status, headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" } });
    }
  };
}

/** termin-K7M2-QX9P.ics: the code is from the alphabet of booking codes, safe in a header. */
export const bookingFileName = (view: BookingView, extension: "ics" | "pdf") => `termin-${view.code}.${extension}`;
