import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "./actor";

export async function signOutEverywhere(actor: Actor) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "auth.sign_out_everywhere" });
  });
}
