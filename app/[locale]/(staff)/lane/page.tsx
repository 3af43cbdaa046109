import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/require-staff";
import { getT, localeFrom } from "@/lib/i18n/server";
import { INBOX_LIMIT, TASK_HORIZON_DAYS, listInbox } from "@/lib/lanes/list-inbox";
import { StaffShell } from "@/components/layout/staff-shell";
import { PageHeader, Section } from "@/components/ui/page-header";
import { InboxRoutes } from "@/components/lane/inbox-routes";
import { InboxCases } from "@/components/lane/inbox-cases";
import { InboxTasks } from "@/components/lane/inbox-tasks";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getT(await localeFrom(params));
  return { title: t("lane:inbox.metaTitle") };
}

/** A caseworker's start page: new requests, my cases, tasks due — all of the own lane only. */
export default async function LaneInboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFrom(params);
  const session = await requireStaff(locale, "lane.work");
  const t = await getT(locale);
  const inbox = await listInbox(session.actor);
  const full = (n: number) => n >= INBOX_LIMIT && <p className="mt-2 text-sm">{t("lane:inbox.full", { limit: INBOX_LIMIT })}</p>;
  return (
    <StaffShell locale={locale} session={session}>
      <PageHeader title={t("lane:inbox.title", { lane: t(`common:lane.${session.actor.lane}`) })} />
      <p className="mb-6 text-sm">{t("lane:inbox.limitNote", { limit: INBOX_LIMIT })}</p>
      <Section id="inbox-routes" title={t("lane:inbox.routes.title")}>
        <InboxRoutes locale={locale} routes={inbox.routes} />
        {full(inbox.routes.length)}
      </Section>
      <Section id="inbox-cases" title={t("lane:inbox.cases.title")}>
        <InboxCases locale={locale} cases={inbox.cases} />
        {full(inbox.cases.length)}
      </Section>
      <Section id="inbox-tasks" title={t("lane:inbox.tasks.title", { days: TASK_HORIZON_DAYS })}>
        <InboxTasks locale={locale} tasks={inbox.tasks} />
        {full(inbox.tasks.length)}
      </Section>
    </StaffShell>
  );
}
