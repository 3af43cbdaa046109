"use client";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ALL_LANES, isIndependentLane } from "@/lib/auth/actor";
import type { Lane } from "@/lib/generated/prisma/enums";
import type { SuggestionReason } from "@/lib/requests/suggest-lanes";

type Props = { checked: Lane[]; onChange: (lanes: Lane[]) => void; suggested: Lane[]; reasons: SuggestionReason[]; errors?: string[] };

/** Lane checkboxes for routing; suggested lanes are marked in words (not only by colour) with the reason. */
export function LaneChoice({ checked, onChange, suggested, reasons, errors }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const toggle = (lane: Lane, on: boolean) => onChange(on ? [...checked, lane] : checked.filter((l) => l !== lane));
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className="mb-1 font-medium">{t("desk:route.legend")}</legend>
      {reasons.length > 0 && (
        <div className="rounded border border-brand-700 bg-brand-50 p-2 text-sm">
          <p className="font-medium">{t("desk:route.why")}</p>
          <ul className="list-disc ps-5">
            {reasons.map((r) => (
              <li key={r.key}>{t(`desk:suggest.${r.key}`, { age: r.age })}</li>
            ))}
          </ul>
        </div>
      )}
      {ALL_LANES.map((lane) => (
        <div key={lane} className="flex items-start gap-2">
          <input
            id={`${id}-${lane}`}
            type="checkbox"
            name="lanes[]"
            value={lane}
            checked={checked.includes(lane)}
            onChange={(e) => toggle(lane, e.target.checked)}
            aria-describedby={isIndependentLane(lane) ? `${id}-independent` : undefined}
            className="mt-1 size-5"
          />
          <label htmlFor={`${id}-${lane}`}>
            {t(`common:lane.${lane}`)}
            {suggested.includes(lane) && <strong className="ms-2 rounded bg-brand-700 px-2 text-sm text-white">{t("desk:route.suggested")}</strong>}
          </label>
        </div>
      ))}
      <p id={`${id}-independent`} className="text-sm text-slate-600">
        {t("desk:route.independent")}
      </p>
      {errors?.map((key) => (
        <p key={key} id={`${id}-error`} className="text-sm text-red-700">
          {t(key)}
        </p>
      ))}
    </fieldset>
  );
}
