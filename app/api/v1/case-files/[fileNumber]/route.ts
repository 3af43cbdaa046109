import { apiOperation } from "@/lib/api/api-operation";
import { getCaseFile } from "@/lib/cases/get-case-file";
import { getCaseFileSpec, toCaseFileDto } from "@/lib/cases/api-specs";

export const GET = apiOperation(getCaseFileSpec, async ({ params }, actor) => toCaseFileDto(await getCaseFile(actor, params.fileNumber, "api")));
