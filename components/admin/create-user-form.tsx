"use client";
import { startTransition, useActionState, useRef, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { createUserAction } from "@/lib/admin/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/admin/schemas";
import { Lane, Role } from "@/lib/generated/prisma/enums";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** New staff account; the lane is required for caseworkers and lane leads only. */
export function CreateUserForm() {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState(async (previous: unknown, data: FormData) => {
    const result = await createUserAction(previous, data);
    if (result.ok) form.current?.reset();
    return result;
  }, null);
  // A form action would clear every field even after a validation error; keep them until success.
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  };
  const errors = state?.ok === false ? state.fieldErrors : undefined;
  return (
    <form ref={form} action={action} onSubmit={submit} className="grid max-w-2xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormStatus state={state} successKey="admin:create.success" />
      </div>
      <TextField label={t("admin:field.email")} name="email" type="email" autoComplete="off" required errors={errors?.email} />
      <TextField label={t("admin:field.displayName")} name="displayName" required errors={errors?.displayName} />
      <SelectField
        label={t("admin:field.role")}
        name="role"
        required
        errors={errors?.role}
        options={Object.values(Role).map((r) => ({ value: r, label: t(`common:role.${r}`) }))}
      />
      <SelectField
        label={t("admin:field.lane")}
        hint={t("admin:field.laneHint")}
        name="lane"
        errors={errors?.lane}
        options={[{ value: "", label: t("admin:field.noLane") }, ...Object.values(Lane).map((l) => ({ value: l, label: t(`common:lane.${l}`) }))]}
      />
      <TextField
        label={t("admin:field.password")}
        hint={t("admin:field.passwordHint", { count: MIN_PASSWORD_LENGTH })}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
        errors={errors?.password}
      />
      <div className="flex items-end">
        <Button type="submit" disabled={pending}>
          {t("admin:create.submit")}
        </Button>
      </div>
    </form>
  );
}
