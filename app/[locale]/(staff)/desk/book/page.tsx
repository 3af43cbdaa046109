import type { Metadata } from "next";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { ServiceDayPicker } from "@/components/schedule/service-day-picker";
import { StaffBookingForm } from "@/components/schedule/staff-booking-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getT, localeFrom } from "@/lib/i18n/server";
import { berlinToday } from "@/lib/availability/berlin-time";
import { staffBookingQuerySchema } from "@/lib/schedule/schemas";
import { listBookableServices } from "@/lib/schedule/list-bookable-services";
import { listStaffSlots } from "@/lib/schedule/list-staff-slots";
import { prefillFromFile } from "@/lib/schedule/prefill-from-file";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("schedule:book.title") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
/** An unknown file or service (or one of another lane) is simply not there: no prefill, no times. */
const orNull = <T,>(p: Promise<T>) => p.catch((e) => (e instanceof AppError && e.code === "NOT_FOUND" ? null : Promise.reject(e)));

/** Booking an appointment for someone at the counter or on the phone (front desk and caseworkers). */
export default async function StaffBookingPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "booking.onBehalf");
  const t = await getT(locale);
  const raw = await searchParams;
  const parsed = staffBookingQuerySchema.safeParse({ service: first(raw.service), date: first(raw.date), file: first(raw.file) });
  const query = parsed.success ? parsed.data : {};
  const date = query.date ?? berlinToday();
  const services = await listBookableServices(session.actor, locale);
  const service = services.find((s) => s.code === query.service);
  const [slots, prefill] = await Promise.all([
    service ? orNull(listStaffSlots(session.actor, service.code, date)) : null,
    query.file ? orNull(prefillFromFile(session.actor, query.file)) : null,
  ]);
  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("schedule:book.title")} />
      {prefill && <p className="mb-4" data-testid="booking-prefill">{t("schedule:book.forFile", { fileNumber: prefill.fileNumber })}</p>}
      {query.file && !prefill && <p role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">{t("schedule:book.fileUnknown")}</p>}
      <Section title={t("schedule:book.step1")} id="book-service-day">
        <ServiceDayPicker locale={locale} t={t} services={services} service={service?.code} date={date} file={prefill?.fileNumber} />
      </Section>
      {service && (
        <Section title={t("schedule:book.step2")} id="book-time-person">
          <StaffBookingForm
            key={`${service.code}/${date}`}
            locale={locale}
            serviceCode={service.code}
            slots={slots ?? []}
            prefill={prefill}
            fileLink={can(session.actor.role, "request.create")}
          />
        </Section>
      )}
    </StaffShell>
  );
}
