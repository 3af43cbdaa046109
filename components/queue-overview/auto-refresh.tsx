"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";

/**
 * Re-renders the server page every `seconds` (queue pages: counts and numbers, cheap to
 * re-read). A tick is skipped while someone is working in a form on the page, so a refresh
 * never interrupts typing or choosing.
 */
export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const id = setInterval(() => {
      if (document.activeElement?.closest("form")) return;
      router.refresh();
    }, seconds * 1000);
    return () => clearInterval(id);
  }, [router, seconds]);
  return null;
}
