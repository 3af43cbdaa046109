import type { TFunction } from "i18next";

/**
 * Request topics are codes. Referrals (created by lane staff) are labelled here; the front
 * desk's topics are labelled in its namespace, and an unknown code is shown as it is.
 */
export function topicLabel(t: TFunction, topic: string): string {
  if (topic === "REFERRAL") return t("lane:topic.referral");
  return t(`desk:topic.${topic}`, { defaultValue: topic });
}
