import "server-only";
import { notFound, redirect } from "next/navigation";
import { can, type Permission } from "./permissions";
import { getStaffSession, type StaffSession } from "./staff-session";
import type { Locale } from "@/lib/i18n/settings";

/**
 * For pages: anonymous → login; signed in without the permission → 404 (outsiders learn
 * nothing, DESIGN.md rule 5); second factor outstanding → enrolment first.
 */
export async function requireStaff(locale: Locale, permission: Permission): Promise<StaffSession> {
  const session = await getStaffSession();
  if (!session) redirect(`/${locale}/login`);
  if (session.mustEnrolTotp && permission !== "account.security") redirect(`/${locale}/account/security`);
  if (!can(session.actor.role, permission)) notFound();
  return session;
}
