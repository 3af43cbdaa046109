import type { PublicApiOperationSpec } from "@/lib/api/public-api-operation";
import { listServicesQuery, listServicesResponse, listSlotsParams, listSlotsQuery, listSlotsResponse } from "./schemas";

export const listServicesSpec = {
  operationId: "listServices",
  method: "get",
  path: "/api/v1/services",
  summary:
    "Public service catalogue: every active service with description, duration, fee, eligibility, required documents, booking mode and the locations (with weekly opening hours) that offer it. No sign-in.",
  tags: ["appointments"],
  query: listServicesQuery,
  response: listServicesResponse,
  public: true,
} satisfies PublicApiOperationSpec;

export const listSlotsSpec = {
  operationId: "listSlots",
  method: "get",
  path: "/api/v1/services/{code}/slots",
  summary:
    "Free appointment times of one service, grouped by local date (Europe/Berlin), from `from` for `days` days, clipped to minimum notice and booking horizon; public holidays and closures excluded. Desk-only, walk-in and draw services list no times (bookableOnline=false). No sign-in.",
  tags: ["appointments"],
  params: listSlotsParams,
  query: listSlotsQuery,
  response: listSlotsResponse,
  public: true,
} satisfies PublicApiOperationSpec;

export const catalogueApiSpecs: PublicApiOperationSpec[] = [listServicesSpec, listSlotsSpec];
