"use client";
import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ActionResult } from "@/lib/actions/action-result";
import { createReferralAction } from "@/lib/referrals/actions";
import { ALL_LANES } from "@/lib/auth/actor";
import type { Lane } from "@/lib/generated/prisma/enums";
import { SelectField, TextArea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { fieldErrors } from "./field-errors";

type ActiveConsent = { id: string; toLane: Lane; label: string };

/**
 * Refers the person to another lane. Out of MBE/JMD the person's consent towards that lane is
 * required: the picker lists only active consents to the chosen lane (the server checks again).
 */
export function ReferralForm({ fileNumber, ownLane, needsConsent, consents }: { fileNumber: string; ownLane: Lane; needsConsent: boolean; consents: ActiveConsent[] }) {
  const { t } = useTranslation();
  const [state, action, pending] = useActionState<ActionResult<unknown> | null, FormData>(createReferralAction, null);
  const targets = ALL_LANES.filter((l) => l !== ownLane);
  const [toLane, setToLane] = useState<Lane>(targets[0]);
  const usable = consents.filter((c) => c.toLane === toLane);
  const blocked = needsConsent && usable.length === 0;
  return (
    <form action={action} className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="fileNumber" value={fileNumber} />
      <FormStatus state={state} successKey="lane:referralForm.saved" />
      <SelectField
        label={t("lane:referralForm.toLane")}
        name="toLane"
        value={toLane}
        onChange={(e) => setToLane(e.target.value as Lane)}
        options={targets.map((l) => ({ value: l, label: t(`common:lane.${l}`) }))}
        errors={fieldErrors(state, "toLane")}
      />
      {needsConsent &&
        (blocked ? (
          <p className="rounded border border-amber-700 bg-amber-50 p-3" role="note">
            {t("lane:referralForm.noConsent")}
          </p>
        ) : (
          <SelectField
            key={toLane}
            label={t("lane:referralForm.consent")}
            hint={t("lane:referralForm.consentHint")}
            name="consentId"
            required
            options={usable.map((c) => ({ value: c.id, label: c.label }))}
            errors={fieldErrors(state, "consentId")}
          />
        ))}
      <TextArea label={t("lane:referralForm.reason")} hint={t("lane:referralForm.reasonHint")} name="reason" required maxLength={2000} errors={fieldErrors(state, "reason")} />
      <div>
        <Button type="submit" disabled={pending || blocked}>
          {t("lane:referralForm.submit")}
        </Button>
      </div>
    </form>
  );
}
