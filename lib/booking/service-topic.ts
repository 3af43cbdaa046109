import { SERVICE_CODES } from "@/lib/catalogue/service-codes";
import type { Lane } from "@/lib/generated/prisma/enums";
import type { Topic } from "@/lib/requests/topics";

/** The request topic (Anliegen) a booked service becomes in the case file. */
const BY_SERVICE: Record<string, Topic> = {
  [SERVICE_CODES.permitExtension]: "RESIDENCE_EXTENSION",
  // issued while an application (usually the extension) is pending
  [SERVICE_CODES.fiktion]: "RESIDENCE_EXTENSION",
  [SERVICE_CODES.eatHandover]: "RESIDENCE_PERMIT",
  // the visitor's residence is what the obligation to pay is for
  [SERVICE_CODES.guarantee]: "RESIDENCE_PERMIT",
  [SERVICE_CODES.familyPreApproval]: "FAMILY_REUNIFICATION",
  [SERVICE_CODES.naturalisationAdvice]: "NATURALISATION",
  [SERVICE_CODES.benefitsAdvice]: "BENEFITS",
  [SERVICE_CODES.caseManagementIntake]: "CASE_MANAGEMENT",
  [SERVICE_CODES.mbeCounselling]: "COUNSELLING",
  [SERVICE_CODES.jmdCounselling]: "YOUTH_COUNSELLING",
};

/** Services admins add later fall back to their lane's general topic. */
const BY_LANE: Record<Lane, Topic> = {
  ABH: "RESIDENCE_PERMIT",
  SOZ: "BENEFITS",
  KIM: "CASE_MANAGEMENT",
  MBE: "COUNSELLING",
  JMD: "YOUTH_COUNSELLING",
};

export const topicOfService = (service: { code: string; lane: Lane }): Topic => BY_SERVICE[service.code] ?? BY_LANE[service.lane];
