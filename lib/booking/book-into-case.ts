import type { Tx } from "@/lib/db";
import type { Lane, RequestChannel } from "@/lib/generated/prisma/enums";
import { nameFields } from "@/lib/persons/normalize-name";
import { requestSummary } from "./request-summary";
import { topicOfService } from "./service-topic";

export type CaseLink = {
  personId: string;
  caseFileId: string;
  requestId: string;
  fileNumber: string;
  personCreated: boolean;
  /** Persons with the same date of birth and the same or a similar name: the front desk checks. */
  possibleDuplicates: number;
};

/**
 * A confirmed booking enters the case model in the same transaction: the person is found (one
 * exact match on name key + date of birth) or created with a case file, never merged on a
 * guess; a request with the service's topic is routed to the service's lane, which opens the
 * lane and puts the request in that lane's inbox; the booking is linked to both. The work is
 * done by book_into_case() (SECURITY DEFINER, see migration 20261125060000_booking_security),
 * because the public booking context must never be able to read persons itself.
 */
export async function bookIntoCase(
  tx: Tx,
  booking: { id: string; givenName: string; familyName: string; startsAt: Date },
  service: { id: string; code: string; lane: Lane },
  channel: Extract<RequestChannel, "ONLINE" | "COUNTER">,
): Promise<CaseLink> {
  const names = nameFields(booking.givenName, booking.familyName);
  const { summary, duplicateNote } = await requestSummary(tx, service, booking.startsAt);
  const [row] = await tx.$queryRaw<
    { person_id: string; case_file_id: string; request_id: string; file_number: string; person_created: boolean; possible_duplicates: number }[]
  >`SELECT * FROM book_into_case(${booking.id}::uuid, ${names.givenNameLatin}, ${names.familyNameLatin}, ${names.searchName}, ${names.nameKey},
      ${topicOfService(service)}, ${channel}::"RequestChannel", ${summary}, ${duplicateNote})`;
  return {
    personId: row.person_id,
    caseFileId: row.case_file_id,
    requestId: row.request_id,
    fileNumber: row.file_number,
    personCreated: row.person_created,
    possibleDuplicates: Number(row.possible_duplicates),
  };
}
