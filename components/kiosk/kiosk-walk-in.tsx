"use client";
import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { walkInAtKiosk } from "@/lib/kiosk/kiosk-actions";
import { KioskTicket } from "./kiosk-ticket";

export type Choice = { value: string; label: string; pictogram?: string };
export type WalkInService = { code: string; name: string };

const choiceClass = "flex min-h-24 w-full items-center gap-4 rounded-lg border-2 border-slate-400 bg-white p-4 text-start text-2xl font-medium hover:border-brand-700";

function Choices({ legend, choices, onPick }: { legend: string; choices: Choice[]; onPick: (value: string) => void }) {
  return (
    <fieldset>
      <legend className="mb-6 text-3xl font-semibold">{legend}</legend>
      <ul className="grid gap-4 sm:grid-cols-2">
        {choices.map((c) => (
          <li key={c.value}>
            <button type="button" className={choiceClass} onClick={() => onPick(c.value)}>
              {/* the words name the choice; the pictogram only supports them */}
              {c.pictogram && <img src={c.pictogram} alt="" width={64} height={64} className="size-16 shrink-0" />}
              <span>{c.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * Walk-in triage: the need finder's pictogram questions (need, then age where counselling
 * depends on it) → the fitting services → a ticket for the chosen one at this kiosk's location.
 */
export function KioskWalkIn({ locale, startHref, needs, ages, agedNeeds, services }: {
  locale: string;
  startHref: string;
  needs: Choice[];
  ages: Choice[];
  agedNeeds: string[];
  /** services per `need` or `need:age` */
  services: Record<string, WalkInService[]>;
}) {
  const { t } = useTranslation();
  const [need, setNeed] = useState<string | null>(null);
  const [age, setAge] = useState<string | null>(null);
  const [state, action, pending] = useActionState(walkInAtKiosk, null);

  if (state?.ok) return <KioskTicket ticket={state.data} startHref={startHref} />;
  const back = (onClick: () => void) => (
    <button type="button" onClick={onClick} className="mt-8 min-h-16 rounded border-2 border-brand-700 bg-white px-8 text-xl font-medium text-brand-800">
      {t("kiosk:back")}
    </button>
  );

  const heading = <h1 className="mb-6 text-4xl font-semibold">{t("kiosk:walkIn.heading")}</h1>;
  if (!need)
    return (
      <>
        {heading}
        <Choices legend={t("catalogue:needFinder.needLegend")} choices={needs} onPick={setNeed} />
      </>
    );
  if (agedNeeds.includes(need) && !age)
    return (
      <>
        {heading}
        <Choices legend={t("catalogue:needFinder.ageLegend")} choices={ages} onPick={setAge} />
        {back(() => setNeed(null))}
      </>
    );
  const list = services[age ? `${need}:${age}` : need] ?? [];
  return (
    <>
      {heading}
      <h2 className="mb-6 text-3xl font-semibold">{t("kiosk:walkIn.service")}</h2>
      {list.length === 0 && <p>{t("kiosk:walkIn.noService")}</p>}
      <ul className="grid gap-4">
        {list.map((s) => (
          <li key={s.code}>
            <form action={action}>
              <input type="hidden" name="language" value={locale} />
              <input type="hidden" name="serviceCode" value={s.code} />
              <button type="submit" disabled={pending} className={choiceClass}>
                {s.name}
              </button>
            </form>
          </li>
        ))}
      </ul>
      {state && !state.ok && (
        <p role="alert" className="mt-4 rounded bg-red-100 p-3 text-red-900">
          {t(state.messageKey)}
        </p>
      )}
      {back(() => (age ? setAge(null) : setNeed(null)))}
    </>
  );
}
