import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { totpRequired } from "@/lib/env";
import { notFound } from "@/lib/errors";

export type SecurityStatus = {
  email: string;
  enrolled: boolean;
  enrolledAt: Date | null;
  /** Generated but not yet confirmed with a code. */
  pendingSecret: string | null;
  recoveryCodesLeft: number;
  required: boolean;
};

/** The signed-in user's own second-factor state (the User table has no RLS: the id is the filter). */
export async function getSecurityStatus(actor: Actor): Promise<SecurityStatus> {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { email: true, totpSecret: true, totpEnabledAt: true, recoveryCodes: true },
  });
  if (!user) throw notFound("user");
  const enrolled = user.totpEnabledAt !== null;
  return {
    email: user.email,
    enrolled,
    enrolledAt: user.totpEnabledAt,
    pendingSecret: enrolled ? null : user.totpSecret,
    recoveryCodesLeft: enrolled ? user.recoveryCodes.length : 0,
    required: totpRequired(),
  };
}
