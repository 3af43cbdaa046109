import { notFound } from "next/navigation";
import { getService } from "@/lib/catalogue/get-service";
import { serviceCode, type ServiceView } from "@/lib/catalogue/schemas";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/settings";

/** The service of the booking flow's URL; unknown codes are a 404 page. */
export async function loadService(code: string, locale: Locale): Promise<ServiceView> {
  if (!serviceCode.safeParse(code).success) notFound();
  try {
    return await getService(code, locale);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

/** Online first-come booking only: draw services and desk-only services are explained on the service page. */
export const bookableOnline = (s: ServiceView) => s.bookingMode === "ONLINE" && s.allocation !== "DRAW";
