import type { Metadata } from "next";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserTable } from "@/components/admin/user-table";
import { AdminLogTable } from "@/components/admin/admin-log-table";
import { RetentionForm } from "@/components/admin/retention-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { listUsers } from "@/lib/admin/list-users";
import { listAdminLog } from "@/lib/admin/list-admin-log";
import { listLaneRetention } from "@/lib/admin/list-lane-retention";
import { getT, localeFrom } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("admin:title") };
}

/** Staff accounts, lane retention periods and the admin change log. Admins configure; they never see case content. */
export default async function AdminPage({ params }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "admin.users");
  const t = await getT(locale);
  const [users, log, retention] = await Promise.all([listUsers(session.actor), listAdminLog(session.actor), listLaneRetention(session.actor)]);
  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("admin:title")} />
      <Section title={t("admin:users.title")} id="users">
        <UserTable users={users} selfId={session.actor.userId} t={t} />
      </Section>
      <Section title={t("admin:create.title")} id="create-user">
        <CreateUserForm />
      </Section>
      <Section title={t("admin:retention.title")} id="retention">
        <p className="mb-4 max-w-3xl">{t("admin:retention.intro")}</p>
        <div className="flex flex-col gap-4">
          {retention.map((r) => (
            <RetentionForm key={r.lane} lane={r.lane} months={r.months} />
          ))}
        </div>
      </Section>
      <Section title={t("admin:log.title")} id="admin-log">
        <AdminLogTable rows={log} locale={locale} t={t} />
      </Section>
    </StaffShell>
  );
}
