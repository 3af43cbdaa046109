import type { Metadata } from "next";
import Link from "next/link";
import { PublicShell } from "@/components/layout/public-shell";
import { ActionForm } from "@/components/booking/action-form";
import { formatWhen } from "@/components/booking/booking-summary";
import { StepIndicator } from "@/components/booking/step-indicator";
import { SlotPicker } from "@/components/catalogue/slot-picker";
import { listSlots } from "@/lib/availability/list-slots";
import { addDays, berlinToday, isValidDate } from "@/lib/availability/berlin-time";
import { holdSlotAction } from "@/lib/booking/public-actions";
import { startsAtSchema } from "@/lib/booking/schemas";
import { MAX_SLOT_DAYS } from "@/lib/catalogue/schemas";
import { getT, localeFrom } from "@/lib/i18n/server";
import { bookableOnline, loadService } from "./load-service";

type Params = Promise<{ locale: string; code: string }>;
type Search = Promise<{ start?: string; from?: string }>;

const DAYS_PER_PAGE = 5;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getT(locale);
  return { title: t("booking:flow.stepTime") };
}

/**
 * Step 2 of online booking: pick a free time (or arrive with one from the service page), then
 * reserve it. Holding happens in a Server Action, never on GET, so link previews and crawlers
 * hold nothing.
 */
export default async function ChooseTimePage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const locale = await localeFrom(params);
  const { code } = await params;
  const { start, from } = await searchParams;
  const t = await getT(locale);
  const service = await loadService(code, locale);
  const base = `/${locale}/book/${service.code}`;
  const chosen = start && startsAtSchema.safeParse(start).success ? start : undefined;

  let body;
  if (!bookableOnline(service)) {
    body = (
      <p>
        {t("booking:flow.notOnline")}{" "}
        <Link href={`/${locale}/services/${service.code}`} className="text-brand-800 underline">
          {t("booking:flow.toService")}
        </Link>
      </p>
    );
  } else if (chosen) {
    const when = formatWhen(locale, chosen);
    body = (
      <div className="flex flex-col gap-4">
        <p className="text-lg" data-testid="chosen-time">
          {t("booking:flow.chosen", when)}
        </p>
        <p>{t("booking:flow.holdHint")}</p>
        <ActionForm
          action={holdSlotAction}
          fields={{ locale, serviceCode: service.code, startsAt: chosen }}
          label={t("booking:flow.hold")}
        />
        <p>
          <Link href={base} className="text-brand-800 underline">
            {t("booking:flow.otherTime")}
          </Link>
        </p>
      </div>
    );
  } else {
    const today = berlinToday();
    const first = from && isValidDate(from) && from > today ? from : today;
    const list = await listSlots({ code: service.code, from: first, days: MAX_SLOT_DAYS });
    const shown = list.days.slice(0, DAYS_PER_PAGE);
    body = (
      <SlotPicker
        locale={locale}
        days={shown}
        hrefFor={(slotStart) => `${base}?start=${encodeURIComponent(slotStart)}`}
        laterHref={list.days.length > DAYS_PER_PAGE ? `${base}?from=${addDays(shown[shown.length - 1].date, 1)}` : undefined}
        earlierHref={first > today ? base : undefined}
      />
    );
  }

  return (
    <PublicShell locale={locale}>
      <StepIndicator locale={locale} current={2} back={{ 1: `/${locale}/services/${service.code}` }} />
      <h1 className="mb-2 text-3xl font-semibold">{t("booking:flow.timeTitle")}</h1>
      <p className="mb-6 text-lg" lang={service.textLocale === locale ? undefined : service.textLocale}>
        {service.name}
      </p>
      {body}
    </PublicShell>
  );
}
