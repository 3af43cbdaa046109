"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { Lane } from "@/lib/generated/prisma/enums";
import { recordRequestAction } from "@/lib/requests/actions";
import { suggestLanes } from "@/lib/requests/suggest-lanes";
import { CHANNELS, TOPICS, isTopic, type Topic } from "@/lib/requests/topics";
import { AsylumNotice, RoutingOutcome } from "./routing-outcome";
import { LaneChoice } from "./lane-choice";
import { useActionForm } from "./use-action-form";

/** Record a request at the counter and route it in one step, with the suggested lanes pre-checked. */
export function RequestForm({ fileNumber, birthDate }: { fileNumber: string; birthDate: string }) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(recordRequestAction);
  const [topic, setTopic] = useState<Topic | "">("");
  const [lanes, setLanes] = useState<Lane[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const suggestion = topic ? suggestLanes(topic, birthDate) : null;

  const chooseTopic = (value: string) => {
    const next = isTopic(value) ? value : "";
    setTopic(next);
    setLanes(next ? suggestLanes(next, birthDate).lanes : []);
  };

  // after a successful submission the form is ready for the next request
  useEffect(() => {
    if (state?.ok) {
      formRef.current?.reset();
      setTopic("");
      setLanes([]);
    }
  }, [state]);

  return (
    <form ref={formRef} action={dispatch} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate>
      <input type="hidden" name="fileNumber" value={fileNumber} />
      {state?.ok ? <RoutingOutcome result={state.data} /> : <FormStatus state={state} />}
      <SelectField
        label={t("desk:request.channel")}
        name="channel"
        defaultValue="COUNTER"
        errors={errorsOf("channel")}
        options={CHANNELS.map((c) => ({ value: c, label: t(`desk:channel.${c}`) }))}
      />
      <SelectField
        label={t("desk:request.topic")}
        name="topic"
        value={topic}
        onChange={(e) => chooseTopic(e.target.value)}
        required
        errors={errorsOf("topic")}
        options={[{ value: "", label: t("desk:request.chooseTopic") }, ...TOPICS.map((v) => ({ value: v, label: t(`desk:topic.${v}`) }))]}
      />
      <TextArea label={t("desk:request.summary")} hint={t("desk:request.summaryHint")} name="summary" maxLength={1000} errors={errorsOf("summary")} />
      {suggestion?.external ? (
        <AsylumNotice />
      ) : (
        topic && <LaneChoice checked={lanes} onChange={setLanes} suggested={suggestion?.lanes ?? []} reasons={suggestion?.reasons ?? []} errors={errorsOf("lanes")} />
      )}
      <Button type="submit" disabled={pending} className="self-start">
        {suggestion?.external ? t("desk:request.submitReferral") : t("desk:request.submit")}
      </Button>
    </form>
  );
}
