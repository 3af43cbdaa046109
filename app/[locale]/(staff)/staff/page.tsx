import { redirect } from "next/navigation";
import { getStaffSession } from "@/lib/auth/staff-session";
import { localeFrom } from "@/lib/i18n/server";
import type { Role } from "@/lib/generated/prisma/enums";

const HOME: Record<Role, string> = {
  FRONT_DESK: "desk",
  CASEWORKER: "lane",
  LANE_LEAD: "lane",
  ADMIN: "admin",
  STEERING: "steering",
};

/** Sends each role to its start page. */
export default async function StaffHome({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFrom(params);
  const session = await getStaffSession();
  if (!session) redirect(`/${locale}/login`);
  if (session.mustEnrolTotp) redirect(`/${locale}/account/security`);
  redirect(`/${locale}/${HOME[session.actor.role]}`);
}
