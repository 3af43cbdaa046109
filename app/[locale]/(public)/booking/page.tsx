import type { Metadata } from "next";
import Link from "next/link";
import { PublicShell } from "@/components/layout/public-shell";
import { ActionForm } from "@/components/booking/action-form";
import { BookingFileLinks } from "@/components/booking/booking-file-links";
import { BookingSummary, formatWhen } from "@/components/booking/booking-summary";
import { LookupForm } from "@/components/booking/lookup-form";
import { SlotPicker } from "@/components/catalogue/slot-picker";
import { Section } from "@/components/ui/page-header";
import { listSlots } from "@/lib/availability/list-slots";
import { addDays, berlinDateOf, berlinToday, isValidDate } from "@/lib/availability/berlin-time";
import { cancelBookingAction, rescheduleBookingAction } from "@/lib/booking/public-actions";
import { startsAtSchema, type BookingView } from "@/lib/booking/schemas";
import { getService } from "@/lib/catalogue/get-service";
import { MAX_SLOT_DAYS } from "@/lib/catalogue/schemas";
import { getT, localeFrom } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { loadBooking } from "./load-booking";

type Params = Promise<{ locale: string }>;
type Search = Promise<{ code?: string; t?: string; step?: string; start?: string; from?: string; done?: string }>;

const DAYS_PER_PAGE = 5;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getT(await localeFrom(params));
  return { title: t("booking:manage.title") };
}

/**
 * Manage a booking: opened by code + date of birth, or straight from the link in the messages
 * (?code=&t=). Cancelling asks once more; moving picks a free time of the same service, then
 * asks once more. Every change is a Server Action carrying the link token, never the date of birth.
 */
export default async function ManageBookingPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const locale = await localeFrom(params);
  const t = await getT(locale);
  const search = await searchParams;
  const loaded = await loadBooking(search.t);

  if (!loaded || "errorKey" in loaded) {
    return (
      <PublicShell locale={locale}>
        <h1 className="mb-4 text-3xl font-semibold">{t("booking:manage.title")}</h1>
        {loaded && (
          <p role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
            {t(loaded.errorKey)}
          </p>
        )}
        <p className="mb-4 max-w-2xl">{t("booking:manage.intro")}</p>
        <LookupForm locale={locale} code={search.code} />
      </PublicShell>
    );
  }

  const { booking, token } = loaded;
  const service = await getService(booking.service.code, locale);
  const self = `/${locale}/booking?code=${encodeURIComponent(booking.code)}&t=${encodeURIComponent(token)}`;
  const changeable = booking.status === "CONFIRMED" && Date.parse(booking.startsAt) > Date.now();
  const step = changeable ? search.step : undefined;

  return (
    <PublicShell locale={locale}>
      <h1 className="mb-4 text-3xl font-semibold">{t("booking:manage.title")}</h1>
      {search.done === "cancelled" && booking.status === "CANCELLED" && <Notice text={t("booking:manage.cancelled")} />}
      {search.done === "rescheduled" && <Notice text={t("booking:manage.rescheduled", formatWhen(locale, booking.startsAt))} />}
      <Section id="booking" title={t("booking:manage.yourBooking", { code: booking.code })}>
        <BookingSummary locale={locale} booking={booking} serviceName={service.name} showStatus />
      </Section>
      {step === "cancel" ? (
        <Section id="cancel" title={t("booking:manage.cancelTitle")}>
          <p className="mb-4">{t("booking:manage.cancelConfirm")}</p>
          <ActionForm action={cancelBookingAction} fields={{ locale, t: token }} label={t("booking:manage.cancelSubmit")} variant="danger" />
          <p className="mt-4">
            <Link href={self} className="text-brand-800 underline">
              {t("booking:manage.keep")}
            </Link>
          </p>
        </Section>
      ) : step === "reschedule" ? (
        <Section id="reschedule" title={t("booking:manage.rescheduleTitle")}>
          <Reschedule locale={locale} booking={booking} token={token} self={self} start={search.start} from={search.from} />
        </Section>
      ) : (
        <>
          {changeable && (
            <nav aria-label={t("booking:manage.actions")} className="mb-8 flex flex-wrap gap-4">
              <Link href={`${self}&step=reschedule`} className="inline-flex min-h-11 items-center rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
                {t("booking:manage.reschedule")}
              </Link>
              <Link href={`${self}&step=cancel`} className="inline-flex min-h-11 items-center rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50">
                {t("booking:manage.cancel")}
              </Link>
            </nav>
          )}
          {booking.status === "CONFIRMED" && (
            <Section id="files" title={t("booking:done.files")}>
              <BookingFileLinks locale={locale} code={booking.code} token={token} />
            </Section>
          )}
        </>
      )}
    </PublicShell>
  );
}

function Notice({ text }: { text: string }) {
  return (
    <p role="status" className="mb-6 rounded border border-green-700 bg-green-50 p-3 text-green-900">
      {text}
    </p>
  );
}

/** Free times of the same service; the chosen one is confirmed before anything moves. */
async function Reschedule({ locale, booking, token, self, start, from }: { locale: Locale; booking: BookingView; token: string; self: string; start?: string; from?: string }) {
  const t = await getT(locale);
  const base = `${self}&step=reschedule`;
  if (start && startsAtSchema.safeParse(start).success) {
    return (
      <div className="flex flex-col gap-4">
        <p className="text-lg" data-testid="new-time">
          {t("booking:manage.moveTo", { from: t("booking:summaryList.dateTime", formatWhen(locale, booking.startsAt)), to: t("booking:summaryList.dateTime", formatWhen(locale, start)) })}
        </p>
        <ActionForm action={rescheduleBookingAction} fields={{ locale, t: token, startsAt: start }} label={t("booking:manage.rescheduleSubmit")} />
        <p className="flex flex-wrap gap-4">
          <Link href={base} className="text-brand-800 underline">
            {t("booking:flow.otherTime")}
          </Link>
          <Link href={self} className="text-brand-800 underline">
            {t("booking:manage.keep")}
          </Link>
        </p>
      </div>
    );
  }
  const today = berlinToday();
  const first = from && isValidDate(from) && from > today ? from : today;
  const list = await listSlots({ code: booking.service.code, from: first, days: MAX_SLOT_DAYS });
  const current = berlinDateOf(new Date(booking.startsAt));
  const shown = list.days.slice(0, DAYS_PER_PAGE).map((d) => (d.date === current ? { ...d, slots: d.slots.filter((s) => Date.parse(s.start) !== Date.parse(booking.startsAt)) } : d));
  return (
    <>
      <SlotPicker
        locale={locale}
        days={shown.filter((d) => d.slots.length > 0)}
        hrefFor={(slotStart) => `${base}&start=${encodeURIComponent(slotStart)}`}
        laterHref={list.days.length > DAYS_PER_PAGE ? `${base}&from=${addDays(shown[shown.length - 1].date, 1)}` : undefined}
        earlierHref={first > today ? base : undefined}
      />
      <p className="mt-4">
        <Link href={self} className="text-brand-800 underline">
          {t("booking:manage.keep")}
        </Link>
      </p>
    </>
  );
}
