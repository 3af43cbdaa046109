"use client";
import { useEffect, useState } from "react";

export type Hint = { lang: string; dir: "ltr" | "rtl"; text: string };

/** One hint in one language at a time, changing every 10 s (each marked with its language for screen readers). */
export function RotatingHints({ hints, intervalMs = 10_000 }: { hints: Hint[]; intervalMs?: number }) {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (hints.length < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % hints.length), intervalMs);
    return () => clearInterval(timer);
  }, [hints.length, intervalMs]);
  const hint = hints[index % Math.max(hints.length, 1)];
  if (!hint) return null;
  return (
    <footer className="bg-brand-800 px-8 py-6 text-4xl font-medium text-white">
      <p lang={hint.lang} dir={hint.dir} className="text-center">
        {hint.text}
      </p>
    </footer>
  );
}
