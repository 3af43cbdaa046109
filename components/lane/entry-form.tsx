"use client";
import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ActionResult } from "@/lib/actions/action-result";
import { createLaneEntryAction } from "@/lib/lanes/actions";
import { DataCategory, EntryKind, Sensitivity } from "@/lib/generated/prisma/enums";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { fieldErrors } from "./field-errors";

/** New note, task or decision in the own lane (the server sets the lane, never this form). */
export function EntryForm({ fileNumber }: { fileNumber: string }) {
  const { t } = useTranslation();
  const [state, action, pending] = useActionState<ActionResult<unknown> | null, FormData>(createLaneEntryAction, null);
  const [kind, setKind] = useState<EntryKind>("NOTE");
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form action={action} className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="fileNumber" value={fileNumber} />
      <FormStatus state={state} successKey="lane:entryForm.saved" />
      <SelectField
        label={t("lane:entry.kind.label")}
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as EntryKind)}
        options={Object.values(EntryKind).map((k) => ({ value: k, label: t(`lane:entry.kind.${k}`) }))}
        errors={err("kind")}
      />
      <SelectField
        label={t("lane:entry.category")}
        name="category"
        defaultValue="GENERAL"
        options={Object.values(DataCategory).map((c) => ({ value: c, label: t(`common:category.${c}`) }))}
        errors={err("category")}
      />
      <SelectField
        label={t("lane:entry.sensitivity.label")}
        hint={t("lane:entryForm.sensitivityHint")}
        name="sensitivity"
        defaultValue="NORMAL"
        options={Object.values(Sensitivity).map((s) => ({ value: s, label: t(`lane:entry.sensitivity.${s}`) }))}
        errors={err("sensitivity")}
      />
      <TextField label={t("lane:entry.title")} name="title" required maxLength={200} errors={err("title")} />
      <TextArea label={t("lane:entryForm.body")} name="body" maxLength={10000} errors={err("body")} />
      {kind === "TASK" && <TextField label={t("lane:entryForm.dueDate")} name="dueDate" type="date" required errors={err("dueDate")} />}
      <div>
        <Button type="submit" disabled={pending}>
          {t("lane:entryForm.submit")}
        </Button>
      </div>
    </form>
  );
}
