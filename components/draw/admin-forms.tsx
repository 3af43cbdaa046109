"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/desk/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { closeDrawWindowAction, openDrawWindowAction, runDrawAction, setServiceAllocationAction } from "@/lib/draw/actions";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/** useActionForm that reloads the server-rendered overview after a successful change. */
function useAdminForm<T>(action: Action<T>) {
  const form = useActionForm(action);
  const router = useRouter();
  const ok = form.state?.ok;
  useEffect(() => {
    if (ok) router.refresh();
  }, [ok, form.state, router]);
  return form;
}

export function AllocationSwitch({ serviceCode, allocation }: { serviceCode: string; allocation: "FIRST_COME" | "DRAW" }) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit } = useAdminForm(setServiceAllocationAction);
  const target = allocation === "DRAW" ? "FIRST_COME" : "DRAW";
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-2">
      <FormStatus state={state} />
      <input type="hidden" name="serviceCode" value={serviceCode} />
      <input type="hidden" name="allocation" value={target} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {target === "DRAW" ? t("draw:admin.switchToDraw") : t("draw:admin.switchToFirstCome")}
      </Button>
    </form>
  );
}

export function OpenWindowForm({ serviceCode }: { serviceCode: string }) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit, errorsOf } = useAdminForm(openDrawWindowAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="grid max-w-3xl gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormStatus state={state} successKey="draw:admin.opened" />
      </div>
      <input type="hidden" name="serviceCode" value={serviceCode} />
      <TextField label={t("draw:admin.opensAt")} name="opensAt" type="datetime-local" required errors={errorsOf("opensAt")} />
      <TextField label={t("draw:admin.closesAt")} name="closesAt" type="datetime-local" required errors={errorsOf("closesAt")} />
      <TextField label={t("draw:admin.slotsFrom")} name="slotsFrom" type="date" required errors={errorsOf("slotsFrom")} />
      <TextField label={t("draw:admin.slotsUntil")} name="slotsUntil" type="date" required errors={errorsOf("slotsUntil")} />
      <TextField label={t("draw:admin.offerHours")} hint={t("draw:admin.offerHoursHint")} name="offerHours" type="number" min={1} max={336} defaultValue={48} required errors={errorsOf("offerHours")} />
      <div className="flex items-end">
        <Button type="submit" disabled={pending}>
          {t("draw:admin.open")}
        </Button>
      </div>
    </form>
  );
}

export function RunDrawForm({ windowId }: { windowId: string }) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit } = useAdminForm(runDrawAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-2">
      <FormStatus state={state} successKey="draw:admin.drawn" />
      <input type="hidden" name="windowId" value={windowId} />
      <p className="text-sm text-slate-700">{t("draw:admin.seedHint")}</p>
      <Button type="submit" disabled={pending} className="self-start">
        {t("draw:admin.run")}
      </Button>
    </form>
  );
}

export function CloseWindowForm({ windowId }: { windowId: string }) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit } = useAdminForm(closeDrawWindowAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-2">
      <FormStatus state={state} />
      <input type="hidden" name="windowId" value={windowId} />
      <Button type="submit" variant="danger" disabled={pending} className="self-start">
        {t("draw:admin.close")}
      </Button>
    </form>
  );
}
