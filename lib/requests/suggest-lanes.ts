import type { Lane } from "@/lib/generated/prisma/enums";
import { ASYLUM_OFFICE, COUNSELLING_TOPICS, TOPIC_LANE, isAsylumTopic, type Topic } from "./topics";

/** Why a lane is suggested; shown as desk:suggest.<key> with {{age}}. */
export type SuggestionReason = { key: "residence" | "benefits" | "integration" | "youth" | "adult" | "underTwelve" | "asylum"; age?: number };

export type LaneSuggestion = { lanes: Lane[]; external: typeof ASYLUM_OFFICE | null; reasons: SuggestionReason[] };

const LANE_REASON: Record<NonNullable<(typeof TOPIC_LANE)[Topic]>, SuggestionReason["key"]> = { ABH: "residence", SOZ: "benefits", KIM: "integration" };

/** Today as a calendar date in the office's time zone ("YYYY-MM-DD"). */
export const officeToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

/** Completed years between two calendar dates "YYYY-MM-DD". */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.slice(0, 10).split("-").map(Number);
  const [ty, tm, td] = today.slice(0, 10).split("-").map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/**
 * The front desk's routing suggestion for one request; the person at the counter decides.
 * Counselling by age (DESIGN.md §1: JMD 12–27, MBE 27+). The two ranges meet at 27; we
 * suggest JMD up to and including age 27 and MBE from 28, because the JMD's mandate runs
 * until the 27th year is completed (and the demo seed uses the same rule). The form still
 * lets staff tick MBE for a 27-year-old who prefers the adult service. Under 12 neither
 * service is responsible, so nothing is suggested.
 */
export function suggestLanes(topic: Topic, birthDate: string, today: string = officeToday()): LaneSuggestion {
  if (isAsylumTopic(topic)) return { lanes: [], external: ASYLUM_OFFICE, reasons: [{ key: "asylum" }] };

  if ((COUNSELLING_TOPICS as readonly Topic[]).includes(topic)) {
    const age = ageOn(birthDate, today);
    if (age < 12) return { lanes: [], external: null, reasons: [{ key: "underTwelve", age }] };
    if (age <= 27) return { lanes: ["JMD"], external: null, reasons: [{ key: "youth", age }] };
    return { lanes: ["MBE"], external: null, reasons: [{ key: "adult", age }] };
  }

  const lane = TOPIC_LANE[topic];
  if (!lane) return { lanes: [], external: null, reasons: [] };
  return { lanes: [lane], external: null, reasons: [{ key: LANE_REASON[lane] }] };
}
