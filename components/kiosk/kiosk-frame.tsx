"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ReadAloud } from "./read-aloud";

/**
 * Every kiosk screen: a read-aloud button, and the privacy reset — after `idleSeconds` without
 * a touch or key the kiosk goes back to the language picker with a full page load, so no typed
 * name, date of birth or ticket stays on screen for the next person. The last 10 s count down.
 */
export function KioskFrame({ idleSeconds, resetHref, lang, children }: { idleSeconds: number; resetHref: string | null; lang: string; children: ReactNode }) {
  const { t } = useTranslation();
  const last = useRef(0);
  const [left, setLeft] = useState(idleSeconds);

  useEffect(() => {
    if (!resetHref) return;
    last.current = Date.now();
    const touch = () => {
      last.current = Date.now();
      setLeft(idleSeconds);
    };
    const events = ["pointerdown", "keydown", "input", "touchstart"] as const;
    for (const e of events) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => {
      const remaining = idleSeconds - Math.floor((Date.now() - last.current) / 1000);
      setLeft(remaining);
      if (remaining <= 0) window.location.assign(resetHref);
    }, 1000);
    return () => {
      for (const e of events) window.removeEventListener(e, touch);
      window.clearInterval(timer);
    };
  }, [idleSeconds, resetHref]);

  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900 print:bg-white">
      <div className="flex justify-end gap-3 p-4 print:hidden">
        <ReadAloud lang={lang} />
      </div>
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-6 pb-10 text-xl">
        {children}
      </main>
      {resetHref && left <= 10 && (
        <div role="alert" className="fixed inset-x-0 bottom-0 flex items-center justify-center gap-6 bg-amber-100 p-6 text-2xl print:hidden">
          <span>{t("kiosk:idle.countdown", { seconds: Math.max(left, 0) })}</span>
          <button type="button" className="min-h-16 rounded bg-brand-700 px-6 text-white">
            {/* any touch resets the timer (see above); the button just gives the touch a target */}
            {t("kiosk:idle.stay")}
          </button>
        </div>
      )}
    </div>
  );
}
