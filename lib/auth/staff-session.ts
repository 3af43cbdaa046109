import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { auth } from "./config";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { clientIp } from "./client-ip";
import { totpRequired } from "@/lib/env";
import { totpEnrolmentOutstanding } from "./totp";

export type StaffSession = {
  actor: Actor;
  user: { id: string; email: string; displayName: string; totpEnrolled: boolean };
  /** The user must enrol a second factor before doing anything else. */
  mustEnrolTotp: boolean;
};

/**
 * The signed-in staff member, checked against the database on every request: a disabled
 * account or a "sign out everywhere" (sessionVersion bump) ends the session at once,
 * although the JWT cookie itself stays valid until it expires.
 */
export const getStaffSession = cache(async (): Promise<StaffSession | null> => {
  const session = (await auth()) as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  const user = await db.user.findUnique({ where: { id: session.uid } });
  if (!user || !user.active || user.sessionVersion !== session.sv) return null;
  const totpEnrolled = user.totpEnabledAt !== null;
  return {
    actor: { userId: user.id, role: user.role, lane: user.lane, ip: clientIp(await headers()) },
    user: { id: user.id, email: user.email, displayName: user.displayName, totpEnrolled },
    mustEnrolTotp: totpEnrolmentOutstanding(totpRequired(), user.totpEnabledAt),
  };
});
