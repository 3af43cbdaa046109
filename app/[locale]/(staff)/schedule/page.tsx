import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader } from "@/components/ui/page-header";
import { DayPicker } from "@/components/schedule/day-picker";
import { DayView } from "@/components/schedule/day-view";
import { longDateOf } from "@/components/schedule/format";
import { requireStaff } from "@/lib/auth/require-staff";
import { AppError } from "@/lib/errors";
import { getT, localeFrom } from "@/lib/i18n/server";
import { dayScheduleSchema } from "@/lib/schedule/schemas";
import { getDaySchedule } from "@/lib/schedule/get-day-schedule";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("schedule:day.title") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The day view per location and counter (front desk, caseworkers, lane leads). */
export default async function SchedulePage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "schedule.view");
  const t = await getT(locale);
  const raw = await searchParams;
  const parsed = dayScheduleSchema.safeParse({ location: first(raw.location), date: first(raw.date) });
  const day = await getDaySchedule(session.actor, parsed.success ? parsed.data : {}, locale).catch((e) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("schedule:day.heading", { location: day.location.name, date: longDateOf(day.date, locale) })} />
      {!parsed.success && <p role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">{t("schedule:day.badQuery")}</p>}
      <DayPicker locale={locale} t={t} day={day} />
      <DayView locale={locale} t={t} day={day} />
    </StaffShell>
  );
}
