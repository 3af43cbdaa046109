import type { BookingStatus } from "@/lib/generated/prisma/enums";
import type { BookingView } from "./schemas";
import type { BookingService } from "./booking-rules";

/** Prisma select for a booking as its owner sees it. */
export const BOOKING_VIEW_SELECT = {
  id: true,
  code: true,
  status: true,
  startsAt: true,
  endsAt: true,
  givenName: true,
  familyName: true,
  birthDate: true,
  email: true,
  phone: true,
  language: true,
  onBehalf: true,
  confirmedAt: true,
  cancelledAt: true,
  service: { select: { id: true, code: true, lane: true, durationMinutes: true, requiredDocuments: true } },
  counter: { select: { name: true, location: { select: { name: true, address: true } } } },
} as const;

export type BookingRow = {
  code: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  givenName: string | null;
  familyName: string | null;
  birthDate: Date | string | null;
  email: string | null;
  phone: string | null;
  language: string;
  onBehalf: boolean;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  service: Pick<BookingService, "id" | "code" | "lane" | "durationMinutes" | "requiredDocuments">;
  counter: { name: string; location: { name: string; address: string } };
};

/** A calendar date "YYYY-MM-DD" as Prisma's @db.Date value (UTC midnight). */
export const dateOnly = (date: string) => new Date(`${date}T00:00:00Z`);

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const isoDate = (d: Date | string | null) => (d === null ? "" : typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** The owner's view; a cancelled slot waiting for its delayed release is simply "cancelled". */
export function toBookingView(b: BookingRow): BookingView {
  return {
    code: b.code,
    status: b.status === "RELEASING" ? "CANCELLED" : b.status,
    service: {
      id: b.service.id,
      code: b.service.code,
      lane: b.service.lane,
      durationMinutes: b.service.durationMinutes,
      requiredDocuments: b.service.requiredDocuments,
    },
    location: { name: b.counter.location.name, address: b.counter.location.address },
    counter: b.counter.name,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    person: {
      givenName: b.givenName ?? "",
      familyName: b.familyName ?? "",
      birthDate: isoDate(b.birthDate),
      email: b.email,
      phone: b.phone,
      language: b.language,
      onBehalf: b.onBehalf,
    },
    bookedAt: iso(b.confirmedAt),
    cancelledAt: iso(b.cancelledAt),
  };
}
