import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/settings";
import type { ServiceView } from "./schemas";
import { serviceViewSelect, toServiceView } from "./service-view";

/** One active service of the public catalogue; unknown or inactive codes are NOT_FOUND. */
export async function getService(code: string, locale: Locale): Promise<ServiceView> {
  const row = await db.service.findFirst({ where: { code, active: true }, select: serviceViewSelect(locale) });
  if (!row) throw notFound("service");
  return toServiceView(row, locale);
}
