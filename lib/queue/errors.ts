import { AppError, notFound, toAppError } from "@/lib/errors";

/**
 * The queue functions in SQL raise P0002 for "no such ticket/queue/booking" (also when the
 * caller may not see it) and 42501 when the caller's role may not act: both answer the plain
 * 404 (errors:notFound), byte for byte what a missing resource answers (DESIGN.md rule 5).
 */
export function queueErrorOf(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const text = `${(e as Error)?.message ?? ""} ${JSON.stringify((e as { meta?: unknown })?.meta ?? {})} ${String((e as { cause?: unknown })?.cause ?? "")}`;
  if (text.includes("42501")) return notFound("queue operation");
  if (text.includes("P0002") || text.includes("no such")) return notFound("queue object");
  return toAppError(e);
}

export const ticketNotFound = () => notFound("ticket");
