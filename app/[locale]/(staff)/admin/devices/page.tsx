import type { Metadata } from "next";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { IssueDeviceForm } from "@/components/devices/issue-device-form";
import { DeviceTable } from "@/components/devices/device-table";
import { requireStaff } from "@/lib/auth/require-staff";
import { getT, localeFrom } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { listDevices } from "@/lib/devices/list-devices";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("display:devices.title") };
}

/** The admin's devices: waiting-room displays and kiosks, issued with a one-time token, revocable. */
export default async function DevicesPage({ params }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "devices.manage");
  const t = await getT(locale);
  const { devices, locations } = await listDevices(session.actor);
  const rows = devices.map((d) => ({
    id: d.id,
    kind: d.kind,
    name: d.name,
    locationName: d.locationName,
    lastSeen: d.lastSeenAt ? formatDateTime(locale, d.lastSeenAt) : null,
    revoked: d.revokedAt ? formatDateTime(locale, d.revokedAt) : null,
  }));
  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("display:devices.title")} />
      <Section title={t("display:devices.new")} id="devices-new">
        <IssueDeviceForm locale={locale} locations={locations} />
      </Section>
      <Section title={t("display:devices.list")} id="devices-list">
        <DeviceTable devices={rows} />
      </Section>
    </StaffShell>
  );
}
