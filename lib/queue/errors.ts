import { AppError, notFound, toAppError } from "@/lib/errors";

/** The SQLSTATEs of the queue functions (migration 20261202010000_queue_fast_path). */
const QUEUE_STATES: Record<string, () => AppError> = {
  EHNCN: () => new AppError("NOT_FOUND", "no such counter", { messageKey: "queue:error.noCounter" }),
  EHBSY: () => new AppError("CONFLICT", "counter busy", { messageKey: "queue:error.counterBusy" }),
  EHSTS: () => new AppError("CONFLICT", "wrong ticket status", { messageKey: "queue:error.wrongStatus" }),
};

/**
 * The queue functions in SQL raise P0002 for "no such ticket/queue/booking" (also when the
 * caller may not see it) and 42501 when the caller's role may not act: both answer the plain
 * 404 (errors:notFound), byte for byte what a missing resource answers (DESIGN.md rule 5).
 */
export function queueErrorOf(e: unknown): AppError {
  if (e instanceof AppError) return e;
  // node-postgres errors carry the SQLSTATE in code, Prisma's in meta or cause
  const text = `${(e as { code?: unknown })?.code ?? ""} ${(e as Error)?.message ?? ""} ${JSON.stringify((e as { meta?: unknown })?.meta ?? {})} ${String((e as { cause?: unknown })?.cause ?? "")}`;
  for (const [state, error] of Object.entries(QUEUE_STATES)) if (text.includes(state)) return error();
  if (text.includes("42501")) return notFound("queue operation");
  if (text.includes("P0002") || text.includes("no such")) return notFound("queue object");
  return toAppError(e);
}

export const ticketNotFound = () => notFound("ticket");
