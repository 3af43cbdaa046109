import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { CallNext } from "@/components/counter/call-next";
import { CounterPicker } from "@/components/counter/counter-picker";
import { CurrentTicket } from "@/components/counter/current-ticket";
import { WaitingList } from "@/components/counter/waiting-list";
import { requireStaff } from "@/lib/auth/require-staff";
import { getCounterDesk } from "@/lib/counter/get-counter-desk";
import { AutoRefresh } from "@/components/queue-overview/auto-refresh";
import { listCounters } from "@/lib/counter/list-counters";
import { getT, localeFrom } from "@/lib/i18n/server";
import { z } from "@/lib/validation";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("console:title") };
}

/** The counter console: pick a counter, call the next ticket, serve, transfer or finish it. */
export default async function CounterPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "queue.call");
  const t = await getT(locale);
  const counters = await listCounters(session.actor);
  const raw = (await searchParams).counter;
  const parsed = z.uuid().safeParse(typeof raw === "string" ? raw : undefined);
  const counterId = parsed.success && counters.some((c) => c.id === parsed.data) ? parsed.data : null;
  if (raw !== undefined && !counterId) notFound();
  const desk = counterId ? await getCounterDesk(session.actor, counterId, locale) : null;
  const fileBase = `/${locale}/${session.actor.role === "FRONT_DESK" ? "desk" : "lane"}/files`;
  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={desk ? t("console:headingAt", { counter: desk.counter.name, location: desk.counter.locationName }) : t("console:title")} />
      <Section title={t("console:chooseCounter")} id="console-counter">
        <CounterPicker t={t} counters={counters} selected={counterId ?? undefined} />
      </Section>
      {desk && (
        <>
          <Section title={t("console:currentTitle")} id="console-current">
            {desk.current ? (
              <CurrentTicket locale={locale} t={t} current={desk.current} fileBase={fileBase} targets={desk.transferTargets} />
            ) : (
              <CallNext counterId={desk.counter.id} />
            )}
          </Section>
          <Section title={t("console:waitingTitle")} id="console-waiting">
            {!desk.current && <p className="mb-3 text-sm text-slate-700">{t("console:waitingRefresh")}</p>}
            <WaitingList t={t} waiting={desk.waiting} />
          </Section>
          {/* while nobody is at the counter, the waiting list follows the queue; with a person
              shown, it does not (each showing is an audited read of their file) */}
          {!desk.current && <AutoRefresh seconds={10} />}
        </>
      )}
    </StaffShell>
  );
}
