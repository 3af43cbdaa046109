import type { Metadata } from "next";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { PersonSearch } from "@/components/desk/person-search";
import { RegisterPersonForm } from "@/components/desk/register-person-form";
import { countryOptions } from "@/components/desk/country-options";
import { requireStaff } from "@/lib/auth/require-staff";
import { can } from "@/lib/auth/permissions";
import { getT, localeFrom } from "@/lib/i18n/server";
import { searchPersonsSchema } from "@/lib/persons/schemas";
import { searchPersons } from "@/lib/persons/search-persons";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("desk:title") };
}

/** The front office's workplace: find the person, or register them. */
export default async function DeskPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "request.create");
  const t = await getT(locale);
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const parsed = q.trim() ? searchPersonsSchema.safeParse({ q }) : null;
  const results = parsed?.success ? await searchPersons(session.actor, parsed.data) : null;
  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("desk:title")} />
      <Section title={t("desk:search.title")} id="desk-search">
        <PersonSearch locale={locale} q={q} results={results} errorKey={parsed && !parsed.success ? "desk:search.tooShort" : undefined} />
      </Section>
      {can(session.actor.role, "person.create") && (
        <Section title={t("desk:register.title")} id="desk-register">
          <RegisterPersonForm locale={locale} countries={countryOptions(locale)} />
        </Section>
      )}
    </StaffShell>
  );
}
