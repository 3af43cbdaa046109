import { publicApiOperation } from "@/lib/api/public-api-operation";
import { listServicesSpec } from "@/lib/catalogue/api-specs";
import { listServices } from "@/lib/catalogue/list-services";

export const GET = publicApiOperation(listServicesSpec, async ({ query }) => ({ services: await listServices(query) }));
