"use client";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { Lane } from "@/lib/generated/prisma/enums";
import { routeRequestAction } from "@/lib/requests/actions";
import { suggestLanes } from "@/lib/requests/suggest-lanes";
import type { Topic } from "@/lib/requests/topics";
import { AsylumNotice, RoutingOutcome } from "./routing-outcome";
import { LaneChoice } from "./lane-choice";
import { useActionForm } from "./use-action-form";

/** Routes a request that is still open (recorded through the API, or left open at the counter). */
export function RouteRequestForm({ requestId, topic, birthDate }: { requestId: string; topic: Topic; birthDate: string }) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(routeRequestAction);
  const suggestion = suggestLanes(topic, birthDate);
  const [lanes, setLanes] = useState<Lane[]>(suggestion.lanes);
  if (state?.ok) return <RoutingOutcome result={state.data} />;
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <FormStatus state={state} />
      {suggestion.external ? (
        <AsylumNotice />
      ) : (
        <LaneChoice checked={lanes} onChange={setLanes} suggested={suggestion.lanes} reasons={suggestion.reasons} errors={errorsOf("lanes")} />
      )}
      <Button type="submit" disabled={pending} className="self-start">
        {suggestion.external ? t("desk:request.submitReferral") : t("desk:route.submit")}
      </Button>
    </form>
  );
}
