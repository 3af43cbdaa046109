/** Codes of the seeded services; the need finder maps needs to these. Admins may add more. */
export const SERVICE_CODES = {
  permitExtension: "abh-permit-extension",
  fiktion: "abh-fiktionsbescheinigung",
  eatHandover: "abh-eat-handover",
  guarantee: "abh-verpflichtungserklaerung",
  familyPreApproval: "abh-family-pre-approval",
  naturalisationAdvice: "abh-naturalisation-advice",
  benefitsAdvice: "soz-benefits-advice",
  caseManagementIntake: "kim-case-management-intake",
  mbeCounselling: "mbe-counselling",
  jmdCounselling: "jmd-counselling",
} as const;

/** Keys of the required-documents checklist; labels live in catalogue:document.<key>. */
export const DOCUMENT_KEYS = [
  "passport",
  "residencePermit",
  "biometricPhoto",
  "registrationCertificate",
  "incomeProof",
  "rentalContract",
  "healthInsurance",
  "employmentContract",
  "collectionLetter",
  "pinLetter",
  "guestDetails",
  "marriageCertificate",
  "birthCertificates",
  "languageCertificate",
  "livingSpaceProof",
  "benefitNotices",
  "bankStatements",
  "appointmentConfirmation",
  "existingDocuments",
  "schoolCertificate",
] as const;
export type DocumentKey = (typeof DOCUMENT_KEYS)[number];
