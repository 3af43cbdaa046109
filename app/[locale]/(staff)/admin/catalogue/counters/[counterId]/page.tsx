import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { CounterForm } from "@/components/catalogue-admin/counter-form";
import { OpeningRuleForm } from "@/components/catalogue-admin/opening-rule-form";
import { ClosureList } from "@/components/catalogue-admin/closure-list";
import { RemoveButton } from "@/components/catalogue-admin/remove-button";
import { clockOf } from "@/components/schedule/format";
import { requireStaff } from "@/lib/auth/require-staff";
import { AppError } from "@/lib/errors";
import { getT, localeFrom } from "@/lib/i18n/server";
import { z } from "@/lib/validation";
import { getCounterForEdit } from "@/lib/catalogue-admin/get-counter-for-edit";
import { removeOpeningRuleAction } from "@/lib/catalogue-admin/actions";

type Props = { params: Promise<{ locale: string; counterId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("schedule:catalogue.counter.title") };
}

const day = (d: Date | null) => d?.toISOString().slice(0, 10);

/** One counter: name, services, weekly opening rules, closures. */
export default async function CounterPage({ params }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "catalogue.manage");
  const t = await getT(locale);
  const id = z.uuid().safeParse((await params).counterId);
  if (!id.success) notFound();
  const counter = await getCounterForEdit(session.actor, id.data, locale).catch((e) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <StaffShell locale={locale} session={session}>
      <p className="mb-2">
        <Link href={`/${locale}/admin/catalogue`} className="text-brand-800 underline">{t("schedule:catalogue.back")}</Link>
      </p>
      <PageHeader title={t("schedule:catalogue.counter.heading", { counter: counter.name, location: counter.location.name })} />
      <Section title={t("schedule:catalogue.counter.title")} id="counter-settings">
        <CounterForm counter={counter} />
      </Section>
      <Section title={t("schedule:catalogue.rule.title")} id="counter-rules">
        {counter.openingRules.length === 0 ? (
          <p>{t("schedule:catalogue.rule.none")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {counter.openingRules.map((r) => {
              const what = t("schedule:catalogue.rule.describe", {
                weekday: t(`schedule:weekday.${r.weekday}`),
                hours: `${clockOf(r.startMinute)}–${clockOf(r.endMinute)}`,
              });
              const validity = [day(r.validFrom) && t("schedule:catalogue.rule.from", { date: day(r.validFrom) }), day(r.validUntil) && t("schedule:catalogue.rule.until", { date: day(r.validUntil) })].filter(Boolean).join(" ");
              return (
                <li key={r.id} className="flex flex-wrap items-center gap-2">
                  <span>{what}</span>
                  {validity && <span className="text-sm text-slate-600">{validity}</span>}
                  <RemoveButton action={removeOpeningRuleAction} name="ruleId" id={r.id} what={what} />
                </li>
              );
            })}
          </ul>
        )}
        <OpeningRuleForm counterId={counter.id} />
      </Section>
      <Section title={t("schedule:catalogue.closure.title")} id="counter-closures">
        <ClosureList locale={locale} t={t} closures={counter.closures} target={{ counterId: counter.id }} />
      </Section>
    </StaffShell>
  );
}
