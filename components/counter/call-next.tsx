"use client";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { callNextAction } from "@/lib/counter/actions";
import { useRefreshAction } from "./use-refresh-action";

/** "Call next": the display announces the number; an empty queue is said, not shown as an error. */
export function CallNext({ counterId }: { counterId: string }) {
  const { t } = useTranslation();
  const { state, dispatch, pending } = useRefreshAction(callNextAction);
  return (
    <form action={dispatch} className="flex flex-col gap-3">
      <input type="hidden" name="counterId" value={counterId} />
      <Button type="submit" disabled={pending} className="self-start text-lg" data-testid="call-next">
        {t("console:callNext")}
      </Button>
      {state?.ok && state.data.displayNumber === null ? (
        <p role="status" className="rounded border border-slate-400 bg-slate-50 p-3">
          {t("console:nobodyWaiting")}
        </p>
      ) : (
        <FormStatus state={state} />
      )}
    </form>
  );
}
