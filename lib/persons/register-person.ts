import { withActor, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { nameFields } from "./normalize-name";
import type { PersonSummary, RegisterPersonData, RegisterPersonResult } from "./schemas";

/** Same day of birth and a similar name (either form) — likely the same person registered before. */
const DUPLICATE_SIMILARITY = 0.4;

function findDuplicates(tx: Tx, birthDate: string, searchName: string, nameKey: string) {
  return tx.$queryRaw<PersonSummary[]>`
    SELECT p.id AS "personId", f."fileNumber", p."givenName", p."familyName", p."givenNameLatin", p."familyNameLatin",
           to_char(p."birthDate", 'YYYY-MM-DD') AS "birthDate", p.district
      FROM "Person" p JOIN "CaseFile" f ON f."personId" = p.id
     WHERE p."birthDate" = ${birthDate}::date
       AND (similarity(p."searchName", ${searchName}) > ${DUPLICATE_SIMILARITY} OR similarity(p."nameKey", ${nameKey}) > ${DUPLICATE_SIMILARITY})
     ORDER BY greatest(similarity(p."searchName", ${searchName}), similarity(p."nameKey", ${nameKey})) DESC
     LIMIT 10`;
}

/**
 * Registers a newcomer: Person (names as typed plus Latin forms and search keys) and their
 * CaseFile with a readable number EH-<year>-<6 digits>. A likely duplicate stops the
 * registration and returns the candidates, unless the front desk confirmed it is someone else.
 */
export async function registerPerson(actor: Actor, input: RegisterPersonData): Promise<RegisterPersonResult> {
  const names = nameFields(input.givenName, input.familyName, { given: input.givenNameLatin, family: input.familyNameLatin });
  return withActor(actor, async (tx) => {
    if (!input.confirmDuplicate) {
      const candidates = await findDuplicates(tx, input.birthDate, names.searchName, names.nameKey);
      if (candidates.length > 0) return { status: "duplicates", candidates };
    }
    const person = await tx.person.create({
      data: {
        ...names,
        birthDate: new Date(`${input.birthDate}T00:00:00Z`),
        nationality: input.nationality ?? null,
        language: input.language,
        phone: input.phone ?? null,
        email: input.email ?? null,
        district: input.district ?? null,
      },
      select: { id: true },
    });
    const [{ fileNumber }] = await tx.$queryRaw<{ fileNumber: string }[]>`
      SELECT 'EH-' || to_char(now() AT TIME ZONE 'Europe/Berlin', 'YYYY') || '-' || lpad(nextval('"CaseFile_number_seq"')::text, 6, '0') AS "fileNumber"`;
    const file = await tx.caseFile.create({ data: { fileNumber, personId: person.id }, select: { id: true } });
    await recordAudit(tx, actor, {
      action: "person.create",
      caseFileId: file.id,
      targetId: person.id,
      detail: { duplicateConfirmed: input.confirmDuplicate },
    });
    return { status: "created", personId: person.id, caseFileId: file.id, fileNumber };
  });
}
