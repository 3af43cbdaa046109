import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, fromDatabaseError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import type { CreateUserInput } from "./schemas";
import { assertAdmin } from "./policy";

/** A new staff account with an initial password (argon2id). The password is never logged. */
export async function createUser(actor: Actor, input: CreateUserInput): Promise<{ id: string }> {
  assertAdmin(actor);
  const passwordHash = await hashPassword(input.password);
  try {
    return await withActor(actor, async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, displayName: input.displayName, role: input.role, lane: input.lane ?? null, passwordHash },
        select: { id: true },
      });
      await recordAudit(tx, actor, {
        action: "admin.user.create",
        targetId: user.id,
        detail: { email: input.email, role: input.role, lane: input.lane ?? null },
      });
      return user;
    });
  } catch (e) {
    // Admins may know which e-mail addresses exist (the User table is theirs to manage).
    if (fromDatabaseError(e)?.code === "CONFLICT") {
      throw new AppError("CONFLICT", "e-mail taken", { fieldErrors: { email: ["admin:error.emailTaken"] } });
    }
    throw e;
  }
}
