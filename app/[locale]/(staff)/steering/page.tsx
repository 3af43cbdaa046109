import type { Metadata } from "next";
import Link from "next/link";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { FiguresTable } from "@/components/steering/figures-table";
import { requireStaff } from "@/lib/auth/require-staff";
import { getSteeringFigures, REPORT_MONTHS } from "@/lib/steering/get-figures";
import { OTHER_ROW, SMALL_CELL } from "@/lib/steering/suppress-small-cells";
import { getT, localeFrom } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { INTL_LOCALE } from "@/lib/i18n/settings";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("steering:title") };
}

export default async function SteeringPage({ params }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "steering.figures");
  const t = await getT(locale);
  const figures = await getSteeringFigures(session.actor);
  const monthFormat = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "short", year: "numeric", timeZone: "UTC" });

  const district = (key: string) =>
    key === OTHER_ROW ? t("steering:openLanes.otherDistricts") : key === "" ? t("steering:openLanes.unknownDistrict") : key;
  const topic = (key: string) => (key === OTHER_ROW ? t("steering:requests.otherTopics") : t(`desk:topic.${key}`, { defaultValue: key }));

  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("steering:title")} />
      <p className="mb-2 max-w-3xl">{t("steering:intro")}</p>
      <p className="mb-6 max-w-3xl text-sm text-slate-700" data-testid="suppression-note">
        {t("steering:suppression", { n: formatNumber(locale, SMALL_CELL) })}
      </p>
      <p className="mb-6">
        <Link href={`/${locale}/steering/queues`} className="text-brand-800 underline">
          {t("steering:queues.link")}
        </Link>
      </p>
      <Section title={t("steering:openLanes.title")} id="open-lanes">
        {figures.openLanes.rows.length === 0 ? (
          <p>{t("steering:empty")}</p>
        ) : (
          <FiguresTable
            table={figures.openLanes}
            caption={t("steering:openLanes.caption")}
            rowHeading={t("steering:openLanes.district")}
            rowLabel={district}
            columnLabel={(lane) => t(`common:lane.${lane}`)}
            locale={locale}
            t={t}
          />
        )}
      </Section>
      <Section title={t("steering:requests.title", { count: REPORT_MONTHS })} id="requests">
        {figures.requests.rows.length === 0 ? (
          <p>{t("steering:empty")}</p>
        ) : (
          <FiguresTable
            table={figures.requests}
            caption={t("steering:requests.caption", { count: REPORT_MONTHS })}
            rowHeading={t("steering:requests.topic")}
            rowLabel={topic}
            columnLabel={(m) => monthFormat.format(new Date(`${m}-01T00:00:00Z`))}
            locale={locale}
            t={t}
          />
        )}
      </Section>
    </StaffShell>
  );
}
