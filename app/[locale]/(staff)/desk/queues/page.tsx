import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { AutoRefresh } from "@/components/queue-overview/auto-refresh";
import { OverviewTable } from "@/components/queue-overview/overview-table";
import { requireStaff } from "@/lib/auth/require-staff";
import { listLocations } from "@/lib/counter/list-locations";
import { getQueueOverview } from "@/lib/queue/get-queue-overview";
import { getT, localeFrom } from "@/lib/i18n/server";
import { z } from "@/lib/validation";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("console:overview.title") };
}

/** The front desk's live view of the queues at one location, refreshed every 10 seconds. */
export default async function QueuesOverviewPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "queue.overview");
  const t = await getT(locale);
  const locations = await listLocations(session.actor);
  const raw = (await searchParams).location;
  const parsed = z.uuid().safeParse(typeof raw === "string" ? raw : undefined);
  if (raw !== undefined && !(parsed.success && locations.some((l) => l.id === parsed.data))) notFound();
  const location = locations.find((l) => l.id === (parsed.success ? parsed.data : undefined)) ?? locations[0];
  const overview = location ? await getQueueOverview(session.actor, { locationId: location.id, lang: locale }) : null;
  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("console:overview.title")} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="overview-location" className="font-medium">
            {t("console:overview.location")}
          </label>
          <select id="overview-location" name="location" defaultValue={location?.id} className="min-h-11 rounded border border-slate-400 px-3 py-2">
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
          {t("console:overview.show")}
        </button>
      </form>
      {location && overview ? (
        <Section title={t("console:overview.at", { location: location.name })} id="overview-queues">
          <p className="mb-3 text-sm text-slate-700">{t("console:overview.refreshHint")}</p>
          <OverviewTable t={t} overview={overview} />
          <AutoRefresh seconds={10} />
        </Section>
      ) : (
        <p>{t("console:overview.noQueues")}</p>
      )}
    </StaffShell>
  );
}
