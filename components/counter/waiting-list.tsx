import type { TFunction } from "i18next";
import type { CounterDesk } from "@/lib/counter/get-counter-desk";
import { PriorityForm } from "./priority-form";

/** Who waits for this counter, by number and wait only, with their priority flags. */
export function WaitingList({ t, waiting }: { t: TFunction; waiting: CounterDesk["waiting"] }) {
  if (waiting.length === 0) return <p>{t("console:nobodyWaiting")}</p>;
  const now = Date.now();
  return (
    <ul className="flex flex-col gap-3" data-testid="waiting-list">
      {waiting.map((w) => (
        <li key={w.id} className="flex flex-col gap-1 border-b border-slate-200 pb-2">
          <p>
            <span className="font-bold" dir="ltr">
              {w.displayNumber}
            </span>{" "}
            · {w.queueName} · {t("console:waitingFor", { count: Math.max(0, Math.floor((now - w.issuedAt.getTime()) / 60_000)) })}
          </p>
          <PriorityForm ticketId={w.id} displayNumber={w.displayNumber} current={w.priorities} />
        </li>
      ))}
    </ul>
  );
}
