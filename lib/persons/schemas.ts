import { z, optionalText, pastDate } from "@/lib/validation";

/**
 * Languages a person may prefer (DESIGN.md §5), each named in its own script — never flags,
 * never translated: a person looks for the name of their own language.
 */
export const PERSON_LANGUAGES = {
  de: "Deutsch",
  en: "English",
  ar: "العربية",
  tr: "Türkçe",
  uk: "Українська",
  fa: "فارسی",
  ps: "پښتو",
  ru: "Русский",
  pl: "Polski",
  bg: "Български",
  ro: "Română",
  ku: "Kurdî (Kurmancî)",
} as const;
export type PersonLanguage = keyof typeof PERSON_LANGUAGES;
export const PERSON_LANGUAGE_CODES = Object.keys(PERSON_LANGUAGES) as [PersonLanguage, ...PersonLanguage[]];

/** ISO 3166-1 alpha-2 codes (plus XK, Kosovo, as German authorities use it); names come from Intl.DisplayNames. */
export const COUNTRY_CODES = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO " +
  "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR " +
  "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
  "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV " +
  "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW"
).split(" ");

/** Names as typed, any script. */
const name = z.string().trim().min(1).max(100);
/** Latin forms may carry diacritics (Ayşe, Wiśniewski) but no other script. */
const latinName = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.string().trim().max(100).regex(/^[\p{Script=Latin}\p{M}\s'.-]+$/u, { error: "desk:register.errors.latinOnly" }).optional(),
);
const checkbox = z
  .union([z.boolean(), z.enum(["true", "on", "false"])])
  .optional()
  .transform((v) => v === true || v === "true" || v === "on");

export const registerPersonSchema = z.object({
  givenName: name,
  familyName: name,
  givenNameLatin: latinName,
  familyNameLatin: latinName,
  birthDate: pastDate.refine((s) => s >= "1900-01-01", { error: "errors:invalidDate" }),
  nationality: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() || undefined : v),
    z
      .string()
      .regex(/^[A-Z]{2}$/)
      .refine((code) => COUNTRY_CODES.includes(code), { error: "errors:invalidChoice" })
      .describe("ISO 3166-1 alpha-2")
      .optional(),
  ),
  language: z.enum(PERSON_LANGUAGE_CODES),
  phone: optionalText(40).refine((v) => v === undefined || /^\+?[\d\s()/-]{4,}$/.test(v), { error: "desk:register.errors.phone" }),
  email: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.email().max(200).optional()),
  district: optionalText(80),
  /** Set after the duplicate warning: the person at the counter confirmed it is someone else. */
  confirmDuplicate: checkbox,
});
export type RegisterPersonData = z.output<typeof registerPersonSchema>;

export const searchPersonsSchema = z.object({ q: z.string().trim().min(2).max(100) });

/** One person in search results and duplicate warnings: master data only, never lane content. */
export const personSummarySchema = z.object({
  personId: z.uuid(),
  fileNumber: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  givenNameLatin: z.string(),
  familyNameLatin: z.string(),
  birthDate: z.string().describe("YYYY-MM-DD"),
  district: z.string().nullable(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const searchPersonsResponse = z.object({ results: z.array(personSummarySchema.extend({ score: z.number() })) });

export const registerPersonResponse = z.discriminatedUnion("status", [
  z.object({ status: z.literal("created"), personId: z.uuid(), caseFileId: z.uuid(), fileNumber: z.string() }),
  z.object({ status: z.literal("duplicates"), candidates: z.array(personSummarySchema) }),
]);
export type RegisterPersonResult = z.infer<typeof registerPersonResponse>;
