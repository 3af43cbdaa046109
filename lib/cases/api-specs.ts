import { z } from "@/lib/validation";
import type { ApiOperationSpec } from "@/lib/api/operation-spec";
import { Lane, LaneStatus, RequestChannel, RequestStatus } from "@/lib/generated/prisma/enums";
import { fileNumberSchema } from "@/lib/lanes/schemas";
import { laneEntryResponse, toLaneEntryDto } from "@/lib/lanes/api-specs";
import { consentResponse, toConsentDto } from "@/lib/consents/api-specs";
import type { CaseFileView } from "./get-case-file";

/**
 * A case file as the caller may see it. Every list is what getCaseFile returned under RLS
 * (the front desk gets no entries and no consents; public bodies see no MBE/JMD lane without
 * consent); staff ids stay out, and only the caller's own lane names its assignee.
 */
export const caseFileResponse = z.object({
  fileNumber: z.string(),
  person: z.object({
    givenName: z.string(),
    familyName: z.string(),
    givenNameLatin: z.string(),
    familyNameLatin: z.string(),
    birthDate: z.iso.date(),
    nationality: z.string().nullable(),
    language: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    district: z.string().nullable(),
  }),
  lanes: z.array(
    z.object({
      lane: z.enum(Lane),
      status: z.enum(LaneStatus),
      openedAt: z.iso.datetime(),
      closedAt: z.iso.datetime().nullable(),
      assignedTo: z.string().nullable().describe("display name; only for the caller's own lane"),
    }),
  ),
  requests: z.array(
    z.object({
      id: z.uuid(),
      channel: z.enum(RequestChannel),
      topic: z.string(),
      summary: z.string(),
      status: z.enum(RequestStatus),
      externalReferral: z.string().nullable(),
      createdAt: z.iso.datetime(),
      routes: z.array(z.object({ lane: z.enum(Lane), routedAt: z.iso.datetime(), acceptedAt: z.iso.datetime().nullable() })),
    }),
  ),
  entries: z.array(laneEntryResponse),
  consents: z.array(consentResponse),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toCaseFileDto(view: CaseFileView): z.output<typeof caseFileResponse> {
  const p = view.person;
  return {
    fileNumber: view.file.fileNumber,
    person: {
      givenName: p.givenName, familyName: p.familyName, givenNameLatin: p.givenNameLatin, familyNameLatin: p.familyNameLatin,
      birthDate: p.birthDate.toISOString().slice(0, 10),
      nationality: p.nationality, language: p.language, phone: p.phone, email: p.email, district: p.district,
    },
    lanes: view.lanes.map((l) => ({
      lane: l.lane, status: l.status, openedAt: l.openedAt.toISOString(), closedAt: iso(l.closedAt),
      assignedTo: l.lane === view.lane ? (l.assignedTo?.displayName ?? null) : null,
    })),
    requests: view.requests.map((r) => ({
      id: r.id, channel: r.channel, topic: r.topic, summary: r.summary, status: r.status, externalReferral: r.externalReferral,
      createdAt: r.createdAt.toISOString(),
      routes: r.routes.map((x) => ({ lane: x.lane, routedAt: x.routedAt.toISOString(), acceptedAt: iso(x.acceptedAt) })),
    })),
    entries: view.entries.map(toLaneEntryDto),
    consents: view.consents.map(toConsentDto),
  };
}

export const getCaseFileSpec = {
  operationId: "getCaseFile",
  method: "get",
  path: "/api/v1/case-files/{fileNumber}",
  summary: "Open a case file: master data, visible lanes and requests, the caller's lane entries and entries shared with it by consent (audited)",
  tags: ["case-files"],
  permission: "caseFile.view",
  params: z.object({ fileNumber: fileNumberSchema }),
  response: caseFileResponse,
} as const satisfies ApiOperationSpec & { permission: "caseFile.view" };

export const caseApiSpecs: ApiOperationSpec[] = [getCaseFileSpec];
