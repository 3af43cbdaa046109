import { createHash } from "node:crypto";
import { addDays } from "@/lib/availability/berlin-time";

/**
 * The order of a draw, as a pure function of the entries, the seed and the draw date, so that
 * anyone holding the stored seed can recompute it (docs/decisions/011-fair-draw.md).
 *
 * Weighted random order without replacement by Efraimidis–Spirakis: every entry gets the key
 * u^(1/w) and the entries are sorted by key, highest first; the probability that an entry comes
 * before another is proportional to its weight. Computed as ln(u)/w (same order, no underflow).
 *
 * u is uniform in (0, 1) from SHA-256(seed | personKey): independent per entry, independent of
 * the order in which entries are listed or stored, and identical for the same person and seed
 * on any copy of the data. The seed is drawn at draw time, after registration closed, so no
 * one can pick their own u.
 */

/** Within this many days of the urgency date (e.g. residence permit expiry) the weight rises. */
export const URGENCY_HORIZON_DAYS = 90;
/** Weight on or after the urgency date; without one (or far away) the weight is 1. */
export const MAX_WEIGHT = 4;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * w = 1 + (MAX_WEIGHT − 1) · (H − clamp(d, 0, H)) / H, with d the days from the draw date to
 * the urgency date and H = URGENCY_HORIZON_DAYS: 1 at 90 days or more (or no date), rising
 * linearly to 4 on the urgency date, 4 when it has already passed.
 */
export function urgencyWeight(urgentBy: string | null, drawDate: string): number {
  if (!urgentBy) return 1;
  const d = Math.min(Math.max(dayNumber(urgentBy) - dayNumber(drawDate), 0), URGENCY_HORIZON_DAYS);
  return 1 + ((MAX_WEIGHT - 1) * (URGENCY_HORIZON_DAYS - d)) / URGENCY_HORIZON_DAYS;
}

/** Uniform in (0, 1), never 0 or 1: the first 53 bits of SHA-256(seed | personKey). */
export function uniformOf(seed: string, personKey: string): number {
  const digest = createHash("sha256").update(`${seed}|${personKey}`).digest();
  const high = digest.readUInt32BE(0) >>> 11; // 21 bits
  const low = digest.readUInt32BE(4); // 32 bits
  return (high * 2 ** 32 + low + 0.5) / 2 ** 53;
}

export type DrawCandidate = { id: string; personKey: string; urgentBy: string | null };
export type Ranked<T> = T & { rank: number; weight: number; key: number };

/** Entries in draw order; rank 1 is offered first. Ties (practically impossible) by personKey. */
export function drawOrder<T extends DrawCandidate>(entries: readonly T[], seed: string, drawDate: string): Ranked<T>[] {
  return entries
    .map((e) => {
      const weight = urgencyWeight(e.urgentBy, drawDate);
      return { ...e, weight, key: Math.log(uniformOf(seed, e.personKey)) / weight };
    })
    .sort((a, b) => b.key - a.key || (a.personKey < b.personKey ? -1 : a.personKey > b.personKey ? 1 : 0))
    .map((e, i) => ({ ...e, rank: i + 1 }));
}

/** The local dates [from, until], inclusive, in order. */
export function datesBetween(from: string, until: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= until; d = addDays(d, 1)) out.push(d);
  return out;
}
