"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import type { ActionResult } from "@/lib/actions/action-result";
import { assignLaneAction } from "@/lib/lanes/actions";
import { SelectField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { fieldErrors } from "./field-errors";

type Colleague = { id: string; displayName: string; role: "CASEWORKER" | "LANE_LEAD" | string };

/** Lane lead only: hand the lane of this file to an active colleague of the same lane. */
export function AssignForm({ fileNumber, staff, current }: { fileNumber: string; staff: Colleague[]; current: string | null }) {
  const { t } = useTranslation();
  const [state, action, pending] = useActionState<ActionResult<unknown> | null, FormData>(assignLaneAction, null);
  return (
    <form action={action} className="flex max-w-md flex-col gap-4">
      <input type="hidden" name="fileNumber" value={fileNumber} />
      <FormStatus state={state} successKey="lane:assign.saved" />
      <SelectField
        label={t("lane:assign.label")}
        name="userId"
        defaultValue={current ?? staff[0]?.id}
        options={staff.map((s) => ({ value: s.id, label: t("lane:assign.option", { name: s.displayName, role: t(`common:role.${s.role}`) }) }))}
        errors={fieldErrors(state, "userId")}
      />
      <div>
        <Button type="submit" disabled={pending || staff.length === 0}>
          {t("lane:assign.submit")}
        </Button>
      </div>
    </form>
  );
}
