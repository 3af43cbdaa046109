import type { Tx } from "@/lib/db";
import { envInt } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import type { Allocation, BookingMode, Lane } from "@/lib/generated/prisma/enums";
import { ageOn } from "@/lib/requests/suggest-lanes";
import { berlinParts } from "./slot-is-bookable";

/** The service fields every booking use case needs. */
export const SERVICE_SELECT = {
  id: true,
  code: true,
  lane: true,
  active: true,
  bookingMode: true,
  allocation: true,
  durationMinutes: true,
  bufferMinutes: true,
  minNoticeMinutes: true,
  horizonDays: true,
  holdMinutes: true,
  releaseDelayMinutes: true,
  minAge: true,
  maxAge: true,
  requiredDocuments: true,
} as const;

export type BookingService = {
  id: string;
  code: string;
  lane: Lane;
  active: boolean;
  bookingMode: BookingMode;
  allocation: Allocation;
  durationMinutes: number;
  bufferMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  holdMinutes: number;
  releaseDelayMinutes: number;
  minAge: number | null;
  maxAge: number | null;
  requiredDocuments: string[];
};

/** An active service by id or code (the catalogue is public: no RLS involved). */
export async function findService(tx: Tx, ref: { serviceId?: string; serviceCode?: string }): Promise<BookingService> {
  const where = ref.serviceId ? { id: ref.serviceId } : { code: ref.serviceCode ?? "" };
  const service = await tx.service.findUnique({ where, select: SERVICE_SELECT });
  if (!service || !service.active) throw notFound("service");
  return service;
}

/**
 * Online, the public books first-come services marked ONLINE; the front desk also books
 * DESK_ONLY ones. Walk-in services take no appointments, and services allocated by draw are
 * offered through the draw, not first come.
 */
export function assertBookable(service: BookingService, by: "public" | "staff") {
  const modes = by === "public" ? ["ONLINE"] : ["ONLINE", "DESK_ONLY"];
  if (!modes.includes(service.bookingMode) || service.allocation !== "FIRST_COME") {
    throw new AppError("VALIDATION", `service ${service.code} is not bookable by ${by}`, {
      messageKey: "booking:error.notBookable",
      fieldErrors: { serviceCode: ["booking:error.notBookable"] },
    });
  }
}

/** Eligibility by age on the day of the appointment (e.g. JMD 12–27, MBE from 27), limits inclusive. */
export function assertAgeFits(service: BookingService, birthDate: string, startsAt: Date) {
  const age = ageOn(birthDate, berlinParts(startsAt).date);
  if ((service.minAge !== null && age < service.minAge) || (service.maxAge !== null && age > service.maxAge)) {
    throw new AppError("VALIDATION", `age ${age} outside ${service.minAge}-${service.maxAge}`, {
      messageKey: "booking:error.ageNotEligible",
      fieldErrors: { birthDate: ["booking:error.ageNotEligible"] },
    });
  }
}

/**
 * How long a cancelled slot stays blocked before anyone can book it again, so that a reseller
 * cannot cancel and re-grab it for a buyer. BOOKING_RELEASE_DELAY_MINUTES overrides the service.
 */
export function releaseDelayMinutes(service: Pick<BookingService, "releaseDelayMinutes">): number {
  return envInt("BOOKING_RELEASE_DELAY_MINUTES", service.releaseDelayMinutes);
}
