"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { solveChallenge, solveChallengeWorkers, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/web/pbkdf2";

export type Phase = "working" | "done" | "failed";

/** Two workers halve the wait on a phone; more would only compete with the page. */
const WORKERS = 2;

async function solve(challenge: Challenge, controller: AbortController) {
  if (typeof Worker === "undefined") return solveChallenge({ challenge, deriveKey, controller });
  return solveChallengeWorkers({
    challenge,
    controller,
    concurrency: Math.min(WORKERS, navigator.hardwareConcurrency || 1),
    createWorker: () => new Worker(new URL("./pow-worker.ts", import.meta.url), { type: "module" }),
  });
}

/**
 * The self-hosted proof-of-work of the booking form: fetches a challenge from our own API,
 * solves it in Web Workers (nothing leaves for a third party) while the person types, and puts
 * the base64 payload into the hidden field the confirm action checks. Changing `renew` (e.g.
 * after the server refused the payload as used or expired) starts over with a new challenge.
 */
export function PowChallenge({
  name = "challenge",
  errors,
  renew,
  onPhase,
}: {
  name?: string;
  errors?: string[];
  renew?: unknown;
  onPhase?: (phase: Phase) => void;
}) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>("working");
  const [payload, setPayload] = useState("");
  const [attempt, setAttempt] = useState(0);
  const first = useRef(true);

  const run = useCallback((controller: AbortController) => {
    setPhase("working");
    setPayload("");
    (async () => {
      const response = await fetch("/api/v1/booking-challenges", { method: "POST", signal: controller.signal });
      if (!response.ok) throw new Error(`challenge ${response.status}`);
      const challenge = (await response.json()) as Challenge;
      const solution = await solve(challenge, controller);
      if (!solution) throw new Error("no solution");
      return btoa(JSON.stringify({ challenge, solution }));
    })().then(
      (value) => {
        if (controller.signal.aborted) return;
        setPayload(value);
        setPhase("done");
      },
      () => {
        if (!controller.signal.aborted) setPhase("failed");
      },
    );
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    run(controller);
    return () => controller.abort();
  }, [run, attempt]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (renew !== undefined) setAttempt((a) => a + 1);
  }, [renew]);

  useEffect(() => onPhase?.(phase), [phase, onPhase]);

  const shown = phase === "working" ? "challenge:working" : phase === "done" ? "challenge:done" : "challenge:failed";
  return (
    <fieldset className="flex flex-col gap-2 rounded border border-slate-300 p-3" data-testid="pow-challenge" data-state={phase}>
      <legend className="px-1 font-medium">{t("booking:details.check")}</legend>
      <p className="text-sm text-slate-700">{t("challenge:explanation")}</p>
      <input type="hidden" name={name} value={payload} />
      <p role="status" aria-live="polite" className={phase === "failed" ? "text-red-700" : phase === "done" ? "text-green-800" : ""}>
        {t(shown)}
      </p>
      {errors?.map((key) => (
        <p key={key} className="text-sm text-red-700">
          {t(key)}
        </p>
      ))}
      {phase === "failed" && (
        <button type="button" onClick={() => setAttempt((a) => a + 1)} className="self-start text-brand-800 underline">
          {t("challenge:retry")}
        </button>
      )}
    </fieldset>
  );
}
