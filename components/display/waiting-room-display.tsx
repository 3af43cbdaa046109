"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DisplayCallView } from "@/lib/live/display-calls";
import { AnnouncementQueue, announcementFor, type AnnouncementTemplates } from "./announcement-queue";
import { chime, hasVoice, soundUnlocked, speak, unlockSound, warmUpVoices } from "./audio";
import { RotatingHints, type Hint } from "./rotating-hints";

const SHOWN = 6;

type Props = { locationId: string; templates: AnnouncementTemplates; hints: Hint[] };

/**
 * The waiting-room screen: latest calls (newest highlighted), each announced once with a chime
 * and speech, queued so that none is cut off. Live through Server-Sent Events; EventSource
 * reconnects on its own, and the snapshot sent on every (re)connect refills the list.
 */
export function WaitingRoomDisplay({ locationId, templates, hints }: Props) {
  const { t } = useTranslation();
  const [calls, setCalls] = useState<DisplayCallView[]>([]);
  // "connecting" until the first stream opens; "reconnecting" after it was lost
  const [connection, setConnection] = useState<"connecting" | "live" | "reconnecting">("connecting");
  const [sound, setSound] = useState(true);
  const [spokenText, setSpokenText] = useState("");
  const seen = useRef(new Set<string>());
  // the stream must not reconnect when the translation function's identity changes
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  }, [t]);

  const queue = useMemo(
    () =>
      new AnnouncementQueue<DisplayCallView>(async (call) => {
        await chime();
        for (const u of announcementFor(call, templates, hasVoice)) await speak(u.text, u.lang);
      }),
    [templates],
  );

  useEffect(() => {
    setSound(soundUnlocked());
    warmUpVoices();
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      source = new EventSource(`/api/display/${locationId}/stream`);
      source.onopen = () => setConnection("live");
      source.addEventListener("snapshot", (e) => {
        const { calls: snapshot } = JSON.parse((e as MessageEvent).data) as { calls: DisplayCallView[] };
        // a snapshot is what was already announced: shown, never spoken again
        snapshot.forEach((c) => seen.current.add(c.id));
        setCalls(snapshot.slice(0, SHOWN));
        setConnection("live");
      });
      source.addEventListener("call", (e) => {
        const call = JSON.parse((e as MessageEvent).data) as DisplayCallView;
        if (seen.current.has(call.id)) return;
        seen.current.add(call.id);
        setCalls((list) => [call, ...list.filter((c) => c.id !== call.id)].slice(0, SHOWN));
        setSpokenText(tRef.current(call.counterName ? "display:live.toCounter" : "display:live.called", { number: call.displayNumber, counter: call.counterName }));
        queue.enqueue(call);
      });
      source.onerror = () => {
        setConnection((c) => (c === "connecting" ? c : "reconnecting"));
        // EventSource retries by itself unless the server refused (e.g. device revoked → 404)
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          retry = setTimeout(open, 15_000);
        }
      };
    };
    open();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [locationId, queue]);

  const [newest, ...earlier] = calls;
  return (
    <div className="flex min-h-screen flex-col bg-slate-950 text-white">
      <header className="flex items-center justify-between gap-4 px-8 py-4">
        <h1 className="text-4xl font-bold">{t("display:title")}</h1>
        <div className="flex items-center gap-4">
          {connection !== "live" && (
            <p role="status" className="rounded bg-amber-300 px-3 py-1 text-lg font-medium text-slate-950">
              {connection === "connecting" ? t("display:connecting") : t("display:reconnecting")}
            </p>
          )}
          {!sound && (
            <button
              type="button"
              onClick={async () => setSound(await unlockSound())}
              className="min-h-11 rounded border-2 border-white px-4 py-2 text-lg font-medium hover:bg-white hover:text-slate-950"
            >
              {t("display:enableSound")}
            </button>
          )}
        </div>
      </header>
      <main id="main" className="flex flex-1 flex-col gap-6 px-8 pb-6">
        {newest ? (
          <section aria-labelledby="display-newest" className="rounded-xl bg-yellow-300 p-8 text-slate-950" data-testid="display-newest">
            <h2 id="display-newest" className="text-3xl font-semibold">
              {t("display:newest")}
            </h2>
            <p className="mt-2 flex flex-wrap items-baseline gap-x-10 gap-y-2">
              <span className="text-[9rem] leading-none font-black tabular-nums" dir="ltr">
                {newest.displayNumber}
              </span>
              <span className="text-7xl font-bold">
                <span aria-hidden="true">{"→ "}</span>
                {newest.counterName ?? t("display:noCounter")}
              </span>
            </p>
          </section>
        ) : (
          <p className="rounded-xl border-2 border-slate-600 p-8 text-4xl">{t("display:empty")}</p>
        )}
        {earlier.length > 0 && (
          <table className="w-full text-5xl" data-testid="display-earlier">
            <caption className="sr-only">{t("display:earlier")}</caption>
            <thead>
              <tr className="text-start text-2xl text-slate-300">
                <th scope="col" className="py-2 text-start font-medium">
                  {t("display:ticket")}
                </th>
                <th scope="col" className="py-2 text-start font-medium">
                  {t("display:counter")}
                </th>
              </tr>
            </thead>
            <tbody>
              {earlier.map((c) => (
                <tr key={c.id} className="border-t border-slate-700">
                  <td className="py-3 font-bold tabular-nums" dir="ltr">
                    {c.displayNumber}
                  </td>
                  <td className="py-3">{c.counterName ?? t("display:noCounter")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p aria-live="polite" aria-atomic="true" className="sr-only">
          {spokenText}
        </p>
      </main>
      <RotatingHints hints={hints} />
    </div>
  );
}
