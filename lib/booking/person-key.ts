import { nameFields } from "@/lib/persons/normalize-name";

/**
 * "One active booking per person and service" needs one key per person that survives the
 * usual variation in how a name is typed: any script (محمد / Mohammed), transliteration
 * variants (Mohammed / Muhammad), hyphens, case and the order of given and family name. It is
 * the consonant-skeleton name key of lib/persons (the same one person search and the case
 * model use), taken as a sorted set of words, plus the date of birth.
 */
export function nameKeyWords(givenName: string, familyName: string): string {
  const { nameKey } = nameFields(givenName, familyName);
  return [...new Set(nameKey.split(" ").filter(Boolean))].sort().join(" ");
}

export function personKeyOf(givenName: string, familyName: string, birthDate: string): string {
  return `${nameKeyWords(givenName, familyName)}|${birthDate}`;
}
