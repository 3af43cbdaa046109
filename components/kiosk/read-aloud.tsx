"use client";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/** The voice for `lang`, if this browser has one (voices load asynchronously in some browsers). */
function useVoice(lang: string) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    if (typeof window === "undefined" || !("speechSynthesis" in window)) return;
    const pick = () => setVoice(window.speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang)) ?? null);
    pick();
    window.speechSynthesis.addEventListener("voiceschanged", pick);
    return () => window.speechSynthesis.removeEventListener("voiceschanged", pick);
  }, [lang]);
  return voice;
}

/**
 * Reads the screen's main text aloud in the current language — shown only when the browser can
 * speak that language (a wrong-language voice would be worse than none).
 */
export function ReadAloud({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const voice = useVoice(lang);
  if (!voice) return null;
  const read = () => {
    const main = document.getElementById("main");
    if (!main) return;
    window.speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(main.innerText);
    u.voice = voice;
    u.lang = voice.lang;
    window.speechSynthesis.speak(u);
  };
  return (
    <button type="button" onClick={read} className="min-h-16 min-w-16 rounded border-2 border-brand-700 bg-white px-5 text-xl font-medium text-brand-800">
      <span aria-hidden="true">🔊 </span>
      {t("kiosk:readAloud")}
    </button>
  );
}
