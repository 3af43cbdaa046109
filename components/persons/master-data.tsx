import type { ReactNode } from "react";
import type { Person } from "@/lib/generated/prisma/client";
import { formatBirthDate, formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/settings";
import { PERSON_LANGUAGES } from "@/lib/persons/schemas";
import { ageOn, officeToday } from "@/lib/requests/suggest-lanes";

/** Master data every role that may open the file sees (DESIGN.md rule 3): identity, contact, language, district. */
export async function MasterData({ locale, person, openedAt }: { locale: Locale; person: Person; openedAt: Date }) {
  const t = await getT(locale);
  const birth = person.birthDate.toISOString().slice(0, 10);
  const country = person.nationality ? new Intl.DisplayNames([INTL_LOCALE[locale]], { type: "region" }).of(person.nationality) : null;
  const language = PERSON_LANGUAGES[person.language as keyof typeof PERSON_LANGUAGES];
  const none = <span className="text-slate-600">{t("desk:file.notGiven")}</span>;
  const rows: [string, ReactNode][] = [
    [t("desk:file.name"), <bdi key="n">{`${person.givenName} ${person.familyName}`}</bdi>],
    [t("desk:file.latinName"), `${person.givenNameLatin} ${person.familyNameLatin}`],
    [t("desk:file.birthDate"), t("desk:file.birthDateAge", { date: formatBirthDate(locale, person.birthDate), age: ageOn(birth, officeToday()) })],
    [t("desk:file.nationality"), country ?? none],
    [t("desk:file.language"), language ? <span lang={person.language}>{language}</span> : person.language],
    [t("desk:file.phone"), person.phone ? <span dir="ltr">{person.phone}</span> : none],
    [t("desk:file.email"), person.email ? <span dir="ltr">{person.email}</span> : none],
    [t("desk:file.district"), person.district ?? none],
    [t("desk:file.openedAt"), formatDate(locale, openedAt)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="master-data">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
