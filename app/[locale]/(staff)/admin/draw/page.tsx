import type { Metadata } from "next";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { AllocationSwitch, OpenWindowForm } from "@/components/draw/admin-forms";
import { WindowSummary } from "@/components/draw/window-summary";
import { requireStaff } from "@/lib/auth/require-staff";
import { drawOverview } from "@/lib/draw/draw-overview";
import { getT, localeFrom } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("draw:admin.title") };
}

/** Allocation per service (first come or draw), request windows and the draw itself. */
export default async function DrawAdminPage({ params }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "draw.manage");
  const t = await getT(locale);
  const services = await drawOverview(session.actor, locale);
  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("draw:admin.title")} />
      <p className="mb-6 max-w-3xl">{t("draw:admin.intro")}</p>
      {services.map((s) => (
        <Section key={s.code} id={`service-${s.code}`} title={`${s.name} (${t(`common:lane.${s.lane}`)})`}>
          <div className="flex flex-col gap-4">
            <p>{s.allocation === "DRAW" ? t("draw:admin.allocDRAW") : t("draw:admin.allocFIRST_COME")}</p>
            <AllocationSwitch serviceCode={s.code} allocation={s.allocation as "FIRST_COME" | "DRAW"} />
            {s.windows.map((w) => (
              <WindowSummary key={w.id} locale={locale} t={t} w={w} />
            ))}
            {s.allocation === "DRAW" && s.windows.every((w) => w.status === "CLOSED") && (
              <>
                <h3 className="text-lg font-semibold">{t("draw:admin.newWindow")}</h3>
                <OpenWindowForm serviceCode={s.code} />
              </>
            )}
          </div>
        </Section>
      ))}
    </StaffShell>
  );
}
