import type { Metadata } from "next";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserTable } from "@/components/admin/user-table";
import { AdminLogTable } from "@/components/admin/admin-log-table";
import { requireStaff } from "@/lib/auth/require-staff";
import { listUsers } from "@/lib/admin/list-users";
import { listAdminLog } from "@/lib/admin/list-admin-log";
import { getT, localeFrom } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT(await localeFrom(params)))("admin:title") };
}

/** Staff accounts and the admin change log. Admins configure; they never see case content. */
export default async function AdminPage({ params }: Props) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "admin.users");
  const t = await getT(locale);
  const [users, log] = await Promise.all([listUsers(session.actor), listAdminLog(session.actor)]);
  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("admin:title")} />
      <Section title={t("admin:users.title")} id="users">
        <UserTable users={users} selfId={session.actor.userId} t={t} />
      </Section>
      <Section title={t("admin:create.title")} id="create-user">
        <CreateUserForm />
      </Section>
      <Section title={t("admin:log.title")} id="admin-log">
        <AdminLogTable rows={log} locale={locale} t={t} />
      </Section>
    </StaffShell>
  );
}
