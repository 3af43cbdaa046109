import type { ApiOperationSpec } from "./operation-spec";
import { personApiSpecs } from "@/lib/persons/api-specs";
import { requestApiSpecs } from "@/lib/requests/api-specs";
import { caseApiSpecs } from "@/lib/cases/api-specs";
import { laneApiSpecs } from "@/lib/lanes/api-specs";
import { consentApiSpecs } from "@/lib/consents/api-specs";
import { referralApiSpecs } from "@/lib/referrals/api-specs";
import { catalogueApiSpecs } from "@/lib/catalogue/api-specs";
import { challengeApiSpecs } from "@/lib/challenge/api-specs";
import { bookingApiSpecs } from "@/lib/booking/api-specs";
import { queueApiSpecs } from "@/lib/queue/api-specs";
import { steeringApiSpecs } from "@/lib/steering/api-specs";

/** Every API v1 operation, in the order the OpenAPI document lists them. */
export const ALL_API_SPECS: ApiOperationSpec[] = [
  ...personApiSpecs,
  ...caseApiSpecs,
  ...requestApiSpecs,
  ...laneApiSpecs,
  ...consentApiSpecs,
  ...referralApiSpecs,
  ...catalogueApiSpecs,
  ...challengeApiSpecs,
  ...bookingApiSpecs,
  ...queueApiSpecs,
  ...steeringApiSpecs,
] as ApiOperationSpec[];
