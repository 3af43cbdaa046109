import { getT } from "@/lib/i18n/server";
import { formatBirthDate, formatPersonName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import type { CaseFileView } from "@/lib/cases/get-case-file";

/** Name, date of birth, contact, language, district: what every role that may open the file sees. */
export async function MasterData({ locale, person }: { locale: Locale; person: CaseFileView["person"] }) {
  const t = await getT(locale);
  // phone numbers and e-mail addresses read left to right even on an Arabic page; names and
  // districts take the direction of their own script
  const rows: [string, string | null, "ltr" | "auto"][] = [
    [t("lane:file.person.name"), formatPersonName(person), "auto"],
    [t("lane:file.person.birthDate"), formatBirthDate(locale, person.birthDate), "auto"],
    [t("lane:file.person.nationality"), person.nationality, "auto"],
    [t("lane:file.person.language"), person.language, "auto"],
    [t("lane:file.person.phone"), person.phone, "ltr"],
    [t("lane:file.person.email"), person.email, "ltr"],
    [t("lane:file.person.district"), person.district, "auto"],
  ];
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
      {rows.map(([label, value, dir]) => (
        <div key={label} className="contents">
          <dt className="font-medium">{label}</dt>
          <dd>{value ? <bdi dir={dir}>{value}</bdi> : t("lane:file.person.none")}</dd>
        </div>
      ))}
    </dl>
  );
}
