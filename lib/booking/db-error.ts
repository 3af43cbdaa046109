import { AppError } from "@/lib/errors";

/**
 * SQLSTATE and constraint of a PostgreSQL error as Prisma's driver adapter reports it
 * (PrismaClientKnownRequestError P2010 → meta.driverAdapterError.cause).
 */
export function pgErrorOf(e: unknown): { code?: string; constraint?: string } {
  const cause = (e as { meta?: { driverAdapterError?: { cause?: Record<string, unknown> } } })?.meta?.driverAdapterError?.cause;
  const code = (cause?.originalCode ?? cause?.code ?? (e as { code?: string })?.code) as string | undefined;
  const message = String(cause?.originalMessage ?? cause?.message ?? (e as Error)?.message ?? "");
  const constraint = ((cause?.constraint as { index?: string } | undefined)?.index ?? /constraint "([^"]+)"/.exec(message)?.[1]) as string | undefined;
  return { code, constraint };
}

/**
 * A live booking already holds this counter at an overlapping time (Booking_no_overlap).
 * 40P01 too: two transactions inserting overlapping rows wait on each other's outcome, and
 * PostgreSQL may break that cycle by aborting one — whose counter the other one then takes.
 */
export const isSlotTaken = (e: unknown) => ["23P01", "40P01"].includes(pgErrorOf(e).code ?? "");

/** The person already has an active booking for this service (Booking_one_active_per_person). */
export const isAlreadyBooked = (e: unknown) => {
  const { code, constraint } = pgErrorOf(e);
  return code === "23505" && constraint === "Booking_one_active_per_person";
};

export const slotTaken = () => new AppError("CONFLICT", "slot taken", { messageKey: "booking:error.slotTaken" });
export const alreadyBooked = () => new AppError("CONFLICT", "one active booking per person and service", { messageKey: "booking:error.alreadyBooked" });
export const holdExpired = () => new AppError("CONFLICT", "hold expired", { messageKey: "booking:error.holdExpired" });
export const notChangeable = () => new AppError("CONFLICT", "booking cannot be changed", { messageKey: "booking:error.notChangeable" });
/** Unknown code, wrong date of birth, or a code that cannot exist: one answer for all. */
export const bookingNotFound = () => new AppError("NOT_FOUND", "booking not found", { messageKey: "booking:error.notFound" });

/** Database errors that mean something to the person booking; anything else stays as it is. */
export function bookingErrorOf(e: unknown): unknown {
  if (e instanceof AppError) return e;
  if (isAlreadyBooked(e)) return alreadyBooked();
  if (isSlotTaken(e)) return slotTaken();
  return e;
}
