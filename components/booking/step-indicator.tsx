import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

/** The four steps of online booking; `current` is 1-based; earlier steps may link back (`back[n]`). */
export async function StepIndicator({ locale, current, back = {} }: { locale: Locale; current: 1 | 2 | 3 | 4; back?: Partial<Record<1 | 2 | 3, string>> }) {
  const t = await getT(locale);
  const steps = [t("booking:flow.stepService"), t("booking:flow.stepTime"), t("booking:flow.stepDetails"), t("booking:flow.stepDone")];
  return (
    <nav aria-label={t("booking:flow.progress")} className="mb-6">
      <p className="mb-2 font-medium" data-testid="step-of">
        {t("booking:flow.stepOf", { current, total: steps.length, name: steps[current - 1] })}
      </p>
      <ol className="flex flex-wrap gap-2">
        {steps.map((name, i) => {
          const n = i + 1;
          const href = n < current ? back[n as 1 | 2 | 3] : undefined;
          const label = (
            <>
              <span className="font-semibold">{n}</span> <span>{name}</span>
            </>
          );
          const state = n < current ? "border-brand-700 bg-brand-50 text-brand-800" : n === current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-400 text-slate-700";
          return (
            <li key={name} aria-current={n === current ? "step" : undefined} className={`rounded-full border px-3 py-1 text-sm ${state}`}>
              {href ? (
                <Link href={href} className="underline">
                  {label}
                </Link>
              ) : (
                label
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
