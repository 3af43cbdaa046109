import { NextResponse } from "next/server";
import { isLocale } from "@/lib/i18n/settings";
import { findDevice } from "@/lib/devices/find-device";
import { DEVICE_COOKIE } from "@/lib/devices/device-token";

export const dynamic = "force-dynamic";

/**
 * Pairs a kiosk: the admin's one-time link (or QR code) carries the token; it is
 * checked, put into an httpOnly cookie, and the browser is sent on to the kiosk without the
 * token in its address bar or history.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const url = new URL(request.url);
  const token = url.searchParams.get("token");
  const device = isLocale(locale) ? await findDevice(token, "KIOSK") : null;
  if (!device || !token) return new NextResponse("Not found", { status: 404 });
  const response = NextResponse.redirect(new URL(`/${locale}/kiosk`, url), 303);
  response.cookies.set(DEVICE_COOKIE.KIOSK, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: url.protocol === "https:",
    path: "/",
    maxAge: 365 * 86_400,
  });
  return response;
}
