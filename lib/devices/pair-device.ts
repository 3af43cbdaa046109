import "server-only";
import { NextResponse } from "next/server";
import type { DeviceKind } from "@/lib/generated/prisma/enums";
import { getT } from "@/lib/i18n/server";
import { isLocale } from "@/lib/i18n/settings";
import { DEVICE_COOKIE } from "./device-token";
import { findDevice } from "./find-device";

/**
 * Pairs a device (kiosk or waiting-room display): the admin's one-time link (or QR code) carries
 * the token; it is checked, put into an httpOnly cookie, and the browser is sent on to the
 * device's start page (`home`) without the token in its address bar or history.
 */
export async function pairDevice(request: Request, params: Promise<{ locale: string }>, kind: DeviceKind, home: string): Promise<NextResponse> {
  const { locale } = await params;
  const url = new URL(request.url);
  const token = url.searchParams.get("token");
  if (!isLocale(locale)) return new NextResponse(null, { status: 404 });
  const device = await findDevice(token, kind);
  if (!device || !token) return new NextResponse((await getT(locale))("errors:notFound"), { status: 404 });
  const response = NextResponse.redirect(new URL(`/${locale}/${home}`, url), 303);
  response.cookies.set(DEVICE_COOKIE[kind], token, {
    httpOnly: true,
    sameSite: "lax",
    secure: url.protocol === "https:",
    path: "/",
    maxAge: 365 * 86_400,
  });
  return response;
}
