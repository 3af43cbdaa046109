import { publicApiOperation } from "@/lib/api/public-api-operation";
import { listSlotsSpec } from "@/lib/catalogue/api-specs";
import { listSlots } from "@/lib/availability/list-slots";

export const GET = publicApiOperation(listSlotsSpec, ({ params, query }) => listSlots({ ...query, code: params.code }));
