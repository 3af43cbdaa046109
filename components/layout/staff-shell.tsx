import type { ReactNode } from "react";
import Link from "next/link";
import { LanguageSwitcher } from "./language-switcher";
import { signOutAction } from "@/lib/auth/actions";
import { can, type Permission } from "@/lib/auth/permissions";
import type { StaffSession } from "@/lib/auth/staff-session";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

const NAV: { href: string; key: string; permission: Permission }[] = [
  { href: "desk", key: "common:nav.desk", permission: "request.create" },
  { href: "lane", key: "common:nav.lane", permission: "lane.work" },
  { href: "lane/audit", key: "common:nav.laneAudit", permission: "lane.audit" },
  { href: "desk/book", key: "schedule:nav.book", permission: "booking.onBehalf" },
  { href: "counter", key: "console:nav.counter", permission: "queue.call" },
  { href: "desk/queues", key: "console:nav.overview", permission: "queue.overview" },
  { href: "schedule", key: "schedule:nav.day", permission: "schedule.view" },
  { href: "admin", key: "common:nav.admin", permission: "admin.users" },
  { href: "admin/catalogue", key: "schedule:nav.catalogue", permission: "catalogue.manage" },
  { href: "admin/draw", key: "draw:nav.admin", permission: "draw.manage" },
  { href: "admin/devices", key: "display:nav.devices", permission: "devices.manage" },
  { href: "steering", key: "common:nav.steering", permission: "steering.figures" },
  { href: "steering/queues", key: "steering:queues.nav", permission: "steering.queues" },
  { href: "account/security", key: "common:nav.security", permission: "account.security" },
];

/** Header and navigation for staff pages; shows only what the role may open. No auth here. */
export async function StaffShell({ locale, session, children }: { locale: Locale; session: StaffSession; children: ReactNode }) {
  const t = await getT(locale);
  const { role, lane } = session.actor;
  return (
    <>
      <header className="border-b border-slate-300 bg-brand-50">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 p-3">
          <Link href={`/${locale}/staff`} className="text-xl font-bold text-brand-800">
            {t("common:appName")}
          </Link>
          <p className="text-sm" data-testid="whoami">
            {session.user.displayName} · {t(`common:role.${role}`)}
            {lane ? ` · ${t(`common:lane.${lane}`)}` : ""}
          </p>
          <LanguageSwitcher current={locale} />
          <form action={signOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="text-sm text-brand-800 underline">
              {t("common:signOut")}
            </button>
          </form>
        </div>
        <nav aria-label={t("common:nav.label")} className="mx-auto max-w-6xl px-3 pb-2">
          <ul className="flex flex-wrap gap-4">
            {NAV.filter((n) => can(role, n.permission)).map((n) => (
              <li key={n.href}>
                <Link href={`/${locale}/${n.href}`} className="text-brand-800 underline">
                  {t(n.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl p-4">
        {children}
      </main>
    </>
  );
}
