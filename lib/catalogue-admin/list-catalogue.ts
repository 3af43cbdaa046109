import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/settings";
import { serviceName } from "@/lib/schedule/service-name";
import { assertCatalogueAdmin } from "./policy";

/**
 * The admin's overview: every service (inactive ones too), every location with its counters,
 * and closures that have not ended yet. The catalogue is public information, so this is not
 * audited; the changes are.
 */
export async function listCatalogue(actor: Actor, locale: Locale, now: Date = new Date()) {
  assertCatalogueAdmin(actor);
  const [services, locations] = await Promise.all([
    db.service.findMany({
      orderBy: [{ lane: "asc" }, { code: "asc" }],
      select: {
        id: true,
        code: true,
        lane: true,
        bookingMode: true,
        allocation: true,
        durationMinutes: true,
        active: true,
        texts: { where: { locale: { in: [locale, "de"] } }, select: { locale: true, name: true } },
        _count: { select: { counters: true } },
      },
    }),
    db.location.findMany({
      orderBy: [{ kind: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        address: true,
        active: true,
        counters: {
          orderBy: { name: "asc" },
          select: { id: true, name: true, active: true, _count: { select: { services: true, openingRules: true } } },
        },
        closures: { where: { endsAt: { gt: now } }, orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true, endsAt: true, reason: true } },
      },
    }),
  ]);
  return {
    services: services.map(({ texts, _count, ...s }) => ({ ...s, name: serviceName({ code: s.code, texts }, locale), counters: _count.counters })),
    locations: locations.map((l) => ({
      ...l,
      counters: l.counters.map(({ _count, ...c }) => ({ ...c, services: _count.services, rules: _count.openingRules })),
    })),
  };
}

export type CatalogueOverview = Awaited<ReturnType<typeof listCatalogue>>;
