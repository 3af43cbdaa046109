import { SERVICE_CODES as S } from "./service-codes";

/**
 * The need finder: a few pictogram questions in everyday words → the services that fit.
 * Pure and small on purpose; the kiosk's walk-in questions (DESIGN.md §4) can reuse it.
 */
export const NEEDS = ["permitExpires", "cardReady", "family", "visitor", "citizenship", "money", "settleIn", "advice"] as const;
export type Need = (typeof NEEDS)[number];

/** Counselling is split by age: JMD for 12–27, MBE from 27 (DESIGN.md §4 eligibility). */
export const AGE_GROUPS = ["young", "adult"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Needs where the counselling service depends on the person's age. */
const AGE_DEPENDENT: readonly Need[] = ["family", "settleIn", "advice"];
export const needsAge = (need: Need) => AGE_DEPENDENT.includes(need);

const counselling = (age?: AgeGroup) => (age === "young" ? [S.jmdCounselling] : age === "adult" ? [S.mbeCounselling] : [S.jmdCounselling, S.mbeCounselling]);

const BY_NEED: Record<Need, (age?: AgeGroup) => string[]> = {
  permitExpires: () => [S.permitExtension, S.fiktion],
  cardReady: () => [S.eatHandover],
  family: (age) => [S.familyPreApproval, ...counselling(age)],
  visitor: () => [S.guarantee],
  citizenship: () => [S.naturalisationAdvice],
  money: () => [S.benefitsAdvice],
  settleIn: (age) => [S.caseManagementIntake, ...counselling(age)],
  advice: (age) => counselling(age),
};

/** Service codes for a need, most fitting first. Without an age, both counselling services. */
export function servicesForNeed(need: Need, age?: AgeGroup): string[] {
  return BY_NEED[need](age);
}

const isNeed = (v: unknown): v is Need => typeof v === "string" && (NEEDS as readonly string[]).includes(v);
const isAge = (v: unknown): v is AgeGroup => typeof v === "string" && (AGE_GROUPS as readonly string[]).includes(v);

/** Reads the need finder's GET form (search params); anything unknown is ignored. */
export function parseNeedAnswers(params: Record<string, string | string[] | undefined>): { need?: Need; age?: AgeGroup } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const need = one(params.need);
  const age = one(params.age);
  return { need: isNeed(need) ? need : undefined, age: isAge(age) ? age : undefined };
}
