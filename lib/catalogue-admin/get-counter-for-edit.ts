import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/settings";
import { serviceName } from "@/lib/schedule/service-name";
import { assertCatalogueAdmin } from "./policy";

/**
 * One counter for its admin page: name, location, the services it serves (among all services,
 * for the checkboxes), its weekly rules and its closures that have not ended.
 */
export async function getCounterForEdit(actor: Actor, counterId: string, locale: Locale, now: Date = new Date()) {
  assertCatalogueAdmin(actor);
  const [counter, services] = await Promise.all([
    db.counter.findUnique({
      where: { id: counterId },
      select: {
        id: true,
        name: true,
        active: true,
        location: { select: { id: true, name: true } },
        services: { select: { serviceId: true } },
        openingRules: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }], select: { id: true, weekday: true, startMinute: true, endMinute: true, validFrom: true, validUntil: true } },
        closures: { where: { endsAt: { gt: now } }, orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true, endsAt: true, reason: true } },
      },
    }),
    db.service.findMany({
      orderBy: [{ lane: "asc" }, { code: "asc" }],
      select: { id: true, code: true, lane: true, active: true, texts: { where: { locale: { in: [locale, "de"] } }, select: { locale: true, name: true } } },
    }),
  ]);
  if (!counter) throw notFound("counter");
  const serving = new Set(counter.services.map((s) => s.serviceId));
  return {
    ...counter,
    services: services.map((s) => ({ id: s.id, code: s.code, lane: s.lane, active: s.active, name: serviceName(s, locale), served: serving.has(s.id) })),
  };
}

export type CounterForEdit = Awaited<ReturnType<typeof getCounterForEdit>>;
