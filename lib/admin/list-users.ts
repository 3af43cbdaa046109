import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertAdmin } from "./policy";

/**
 * Staff accounts for administration: identity, role, institution and state — never secrets
 * (password hash, TOTP secret, recovery codes stay in the database).
 */
export async function listUsers(actor: Actor) {
  assertAdmin(actor);
  return withActor(actor, async (tx) => {
    const users = await tx.user.findMany({
      orderBy: [{ active: "desc" }, { email: "asc" }],
      select: { id: true, email: true, displayName: true, role: true, lane: true, active: true, totpEnabledAt: true, createdAt: true },
    });
    return users.map(({ totpEnabledAt, ...u }) => ({ ...u, totpEnrolled: totpEnabledAt !== null }));
  });
}
export type AdminUserRow = Awaited<ReturnType<typeof listUsers>>[number];
