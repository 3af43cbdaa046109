import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/settings";

/**
 * Only sends "/" and unprefixed paths to a language. Authentication is NOT done here: every
 * page, Server Action and route handler checks for itself.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split("/")[1] ?? "";
  if ((LOCALES as readonly string[]).includes(first)) return NextResponse.next();
  const wanted = request.headers.get("accept-language")?.split(",").map((l) => l.split(";")[0].trim().slice(0, 2)) ?? [];
  const locale = wanted.find((l) => (LOCALES as readonly string[]).includes(l)) ?? DEFAULT_LOCALE;
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/((?!api|_next|favicon.ico|.*\\.(?:svg|png|ico|txt|json)$).*)"] };
