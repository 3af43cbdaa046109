/**
 * The consent notice the person is shown (DESIGN.md §3 rule 7). Each grant records this version
 * and the language it was shown in; when the notice text changes, bump the version so older
 * consents keep pointing at the text their person actually saw.
 */
export const CONSENT_NOTICE_VERSION = "consent-notice-2026-11";

/** Languages the notice exists in (DESIGN.md §5), named in their own script like the switcher. */
export const NOTICE_LANGUAGES = {
  de: "Deutsch",
  en: "English",
  ar: "العربية",
  tr: "Türkçe",
  uk: "Українська",
  ru: "Русский",
  pl: "Polski",
  bg: "Български",
  ro: "Română",
  fa: "فارسی",
  kmr: "Kurmancî",
  ps: "پښتو",
} as const;

export type NoticeLanguage = keyof typeof NOTICE_LANGUAGES;
export const NOTICE_LANGUAGE_CODES = Object.keys(NOTICE_LANGUAGES) as [NoticeLanguage, ...NoticeLanguage[]];

/** The person's own language when the notice exists in it, German otherwise. */
export const defaultNoticeLanguage = (personLanguage: string | null | undefined): NoticeLanguage =>
  personLanguage && personLanguage in NOTICE_LANGUAGES ? (personLanguage as NoticeLanguage) : "de";

/** The longest a consent may run (two years), and the default offered on the form. */
export const CONSENT_MAX_DAYS = 730;
export const CONSENT_DEFAULT_DAYS = 180;
