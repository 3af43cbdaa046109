import { AppError } from "@/lib/errors";

/** Unknown code, wrong date of birth, or a code that cannot exist: one answer for all. */
export const entryNotFound = () => new AppError("NOT_FOUND", "draw entry not found", { messageKey: "draw:error.notFound" });
export const noOpenWindow = () => new AppError("CONFLICT", "no open request window", { messageKey: "draw:error.noOpenWindow" });
export const alreadyRegistered = () => new AppError("CONFLICT", "one entry per person and window", { messageKey: "draw:error.alreadyRegistered" });
export const noOffer = () => new AppError("CONFLICT", "no offer to confirm", { messageKey: "draw:error.noOffer" });
export const windowLive = () => new AppError("CONFLICT", "the service already has a live window", { messageKey: "draw:error.windowLive" });
export const notYetClosed = () => new AppError("CONFLICT", "registration is still open", { messageKey: "draw:error.notYetClosed" });
export const alreadyDrawn = () => new AppError("CONFLICT", "the window was drawn already", { messageKey: "draw:error.alreadyDrawn" });
export const dateNotOffered = () =>
  new AppError("VALIDATION", "date outside the window's working days", { messageKey: "draw:error.dateNotOffered", fieldErrors: { acceptableDates: ["draw:error.dateNotOffered"] } });
