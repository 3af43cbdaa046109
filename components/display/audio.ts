/**
 * The display's sound: a two-tone chime made with the Web Audio API (no file to load or cache)
 * and the browser's speech synthesis. Browsers allow sound only after a user gesture, unless the
 * display's browser runs with an autoplay policy that permits it (see README: kiosk mode).
 */
let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (typeof window === "undefined" || !("AudioContext" in window)) return null;
  context ??= new AudioContext();
  return context;
}

/** Whether sound can play now (false until a gesture unlocks it in a normal browser). */
export const soundUnlocked = () => audioContext()?.state === "running";

/** Called from a click: unlocks Web Audio and speech for the rest of the session. */
export async function unlockSound(): Promise<boolean> {
  const ctx = audioContext();
  await ctx?.resume().catch(() => {});
  return ctx?.state === "running";
}

export function chime(): Promise<void> {
  const ctx = audioContext();
  if (!ctx || ctx.state !== "running") return Promise.resolve();
  const start = ctx.currentTime + 0.05;
  [660, 880].forEach((freq, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = "sine";
    osc.frequency.value = freq;
    const t = start + i * 0.45;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.4, t + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.8);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + 0.85);
  });
  return new Promise((resolve) => setTimeout(resolve, 1400));
}

function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return undefined;
  const voices = window.speechSynthesis.getVoices();
  return voices.find((v) => v.lang.toLowerCase().replace("_", "-").startsWith(`${lang}-`)) ?? voices.find((v) => v.lang.toLowerCase() === lang);
}

/** Browsers load their voices lazily: asking once early makes them ready for the first call. */
export function warmUpVoices(): void {
  if (typeof window !== "undefined" && "speechSynthesis" in window) window.speechSynthesis.getVoices();
}

export const hasVoice = (lang: string) => voiceFor(lang) !== undefined;

/**
 * Speaks one sentence and resolves when it has been spoken. Never calls cancel(): nothing is cut
 * off. The timeout only guards against an engine that never reports the end.
 */
export function speak(text: string, lang: string): Promise<void> {
  const voice = voiceFor(lang);
  if (!voice) return Promise.resolve();
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    const guard = setTimeout(resolve, 20_000 + text.length * 150);
    const done = () => {
      clearTimeout(guard);
      resolve();
    };
    utterance.onend = done;
    utterance.onerror = done;
    window.speechSynthesis.speak(utterance);
  });
}
