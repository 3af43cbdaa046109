import type { PUBLIC_LANES } from "@/lib/auth/actor";

/** What a person comes for (Anliegen). Stored as text on Request; labels under desk:topic.<TOPIC>. */
export const TOPICS = [
  "RESIDENCE_PERMIT",
  "RESIDENCE_EXTENSION",
  "FAMILY_REUNIFICATION",
  "NATURALISATION",
  "BENEFITS",
  "HOUSING_HELP",
  "CASE_MANAGEMENT",
  "LANGUAGE_COURSE",
  "COUNSELLING",
  "YOUTH_COUNSELLING",
  "ASYLUM_ACCOMMODATION",
  "ASYLUM_BENEFITS",
  "RETURN",
] as const;
export type Topic = (typeof TOPICS)[number];

export const isTopic = (v: string): v is Topic => (TOPICS as readonly string[]).includes(v);

/**
 * Refugee housing, asylum benefits and returns belong to the separate Amt für Asyl- und
 * Flüchtlingsangelegenheiten (DESIGN.md §1): the office records a referral, opens no lane.
 */
export const ASYLUM_TOPICS = ["ASYLUM_ACCOMMODATION", "ASYLUM_BENEFITS", "RETURN"] as const satisfies readonly Topic[];
export const isAsylumTopic = (topic: string) => (ASYLUM_TOPICS as readonly string[]).includes(topic);

/** The value stored in Request.externalReferral; label under desk:external.<VALUE>. */
export const ASYLUM_OFFICE = "ASYLUM_OFFICE";

export const CHANNELS = ["COUNTER", "PHONE", "ONLINE", "KIOSK", "LETTER"] as const;

/** Which public lane serves a topic; counselling depends on age (see suggest-lanes.ts). */
export const TOPIC_LANE: Partial<Record<Topic, (typeof PUBLIC_LANES)[number]>> = {
  RESIDENCE_PERMIT: "ABH",
  RESIDENCE_EXTENSION: "ABH",
  FAMILY_REUNIFICATION: "ABH",
  NATURALISATION: "ABH",
  BENEFITS: "SOZ",
  HOUSING_HELP: "SOZ",
  CASE_MANAGEMENT: "KIM",
  LANGUAGE_COURSE: "KIM",
};

export const COUNSELLING_TOPICS = ["COUNSELLING", "YOUTH_COUNSELLING"] as const satisfies readonly Topic[];
