import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/settings";
import { berlinToday } from "@/lib/availability/berlin-time";
import type { ServiceView } from "./schemas";

/** What the catalogue reads of a service: texts in the wanted language and German, active counters. */
export const serviceViewSelect = (locale: Locale) =>
  ({
    code: true,
    lane: true,
    durationMinutes: true,
    bookingMode: true,
    allocation: true,
    minAge: true,
    maxAge: true,
    feeCents: true,
    requiredDocuments: true,
    horizonDays: true,
    texts: { where: { locale: { in: [locale, "de"] } }, select: { locale: true, name: true, description: true } },
    counters: {
      where: { counter: { active: true, location: { active: true } } },
      select: {
        counter: {
          select: {
            location: { select: { code: true, name: true, address: true, kind: true } },
            openingRules: { select: { weekday: true, startMinute: true, endMinute: true, validFrom: true, validUntil: true } },
          },
        },
      },
    },
  }) satisfies Prisma.ServiceSelect;

type Row = Prisma.ServiceGetPayload<{ select: ReturnType<typeof serviceViewSelect> }>;

type Hours = { weekday: number; startMinute: number; endMinute: number };

/** Weekly hours of several counters at one location, merged per weekday (rules in force now or later). */
function mergeHours(rules: (Hours & { validFrom: Date | null; validUntil: Date | null })[], today: string): Hours[] {
  const current = rules
    .filter((r) => !r.validUntil || r.validUntil.toISOString().slice(0, 10) >= today)
    .sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  const out: Hours[] = [];
  for (const r of current) {
    const last = out[out.length - 1];
    if (last && last.weekday === r.weekday && r.startMinute <= last.endMinute) last.endMinute = Math.max(last.endMinute, r.endMinute);
    else out.push({ weekday: r.weekday, startMinute: r.startMinute, endMinute: r.endMinute });
  }
  return out;
}

export function toServiceView(row: Row, locale: Locale, now = new Date()): ServiceView {
  const text = row.texts.find((t) => t.locale === locale) ?? row.texts.find((t) => t.locale === "de");
  const today = berlinToday(now);
  const byLocation = new Map<string, { location: Row["counters"][number]["counter"]["location"]; rules: Row["counters"][number]["counter"]["openingRules"] }>();
  for (const { counter } of row.counters) {
    const entry = byLocation.get(counter.location.code) ?? { location: counter.location, rules: [] };
    entry.rules.push(...counter.openingRules);
    byLocation.set(counter.location.code, entry);
  }
  const locations = [...byLocation.values()]
    .sort((a, b) => (a.location.kind === b.location.kind ? a.location.name.localeCompare(b.location.name, "de") : a.location.kind === "MAIN" ? -1 : 1))
    .map(({ location, rules }) => ({ ...location, openingHours: mergeHours(rules, today) }));
  return {
    code: row.code,
    lane: row.lane,
    name: text?.name ?? row.code,
    description: text?.description ?? "",
    textLocale: text?.locale ?? "de",
    durationMinutes: row.durationMinutes,
    bookingMode: row.bookingMode,
    allocation: row.allocation,
    minAge: row.minAge,
    maxAge: row.maxAge,
    feeCents: row.feeCents,
    requiredDocuments: row.requiredDocuments,
    horizonDays: row.horizonDays,
    locations,
  };
}
