import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { PERSON_LANGUAGE_CODES, type PersonLanguage } from "@/lib/persons/schemas";
import { assertMay } from "./policy";

export type BookingPrefill = {
  fileNumber: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  email: string;
  phone: string;
  language: PersonLanguage;
};

/**
 * The person's details from their case file, to book for them without typing them again. Read
 * under row-level security (a person the actor may not see is an unknown file) and audited,
 * as every read of case data is. Only master data, never lane content.
 */
export async function prefillFromFile(actor: Actor, fileNumber: string): Promise<BookingPrefill> {
  assertMay(actor, "booking.onBehalf");
  return withActor(actor, async (tx) => {
    const file = await tx.caseFile.findUnique({
      where: { fileNumber },
      select: { id: true, fileNumber: true, person: { select: { givenName: true, familyName: true, birthDate: true, email: true, phone: true, language: true } } },
    });
    if (!file || !file.person) throw notFound("case file");
    await recordAudit(tx, actor, { action: "caseFile.read", purpose: "booking", caseFileId: file.id, lane: actor.lane, detail: { view: "bookingPrefill" } });
    const p = file.person;
    const language = (PERSON_LANGUAGE_CODES as readonly string[]).includes(p.language) ? (p.language as PersonLanguage) : "de";
    return {
      fileNumber: file.fileNumber,
      givenName: p.givenName,
      familyName: p.familyName,
      birthDate: p.birthDate.toISOString().slice(0, 10),
      email: p.email ?? "",
      phone: p.phone ?? "",
      language,
    };
  });
}
