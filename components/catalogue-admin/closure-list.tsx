import type { TFunction } from "i18next";
import type { Locale } from "@/lib/i18n/settings";
import { removeClosureAction } from "@/lib/catalogue-admin/actions";
import { dateTimeOf } from "@/components/schedule/format";
import { ClosureForm } from "./closure-form";
import { RemoveButton } from "./remove-button";

type Closure = { id: string; startsAt: Date; endsAt: Date; reason: string };

/** The closures of a location or one counter, each removable, and the form for a new one. */
export function ClosureList({ locale, t, closures, target }: {
  locale: Locale; t: TFunction; closures: Closure[]; target: { locationId: string } | { counterId: string };
}) {
  return (
    <>
      {closures.length === 0 ? (
        <p>{t("schedule:catalogue.closure.none")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {closures.map((c) => {
            const what = t("schedule:catalogue.closure.range", { from: dateTimeOf(c.startsAt, locale), until: dateTimeOf(c.endsAt, locale), reason: c.reason });
            return (
              <li key={c.id} className="flex flex-wrap items-center gap-2">
                <span>{what}</span>
                <RemoveButton action={removeClosureAction} name="closureId" id={c.id} what={what} />
              </li>
            );
          })}
        </ul>
      )}
      <ClosureForm target={target} />
    </>
  );
}
