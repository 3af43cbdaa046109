/**
 * The waiting room's announcements, one after the other. Other call systems cut an announcement
 * off when the next call comes in; here a call that arrives while another is being spoken waits
 * its turn. Pure logic (no browser APIs) so it is unit-tested; the player that chimes and speaks
 * is passed in.
 */
export type Player<T> = (item: T) => Promise<void>;

export class AnnouncementQueue<T> {
  private readonly items: T[] = [];
  private running = false;

  constructor(
    private readonly play: Player<T>,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Queues an announcement; it starts at once if nothing is being spoken. */
  enqueue(item: T): void {
    this.items.push(item);
    if (!this.running) void this.drain();
  }

  /** Announcements waiting (not counting the one being spoken). */
  get pending(): number {
    return this.items.length;
  }

  get speaking(): boolean {
    return this.running;
  }

  private async drain() {
    this.running = true;
    try {
      for (let item = this.items.shift(); item !== undefined; item = this.items.shift()) {
        try {
          await this.play(item);
        } catch (e) {
          // one failed announcement (no audio device, a speech engine error) must not stop the rest
          this.onError(e);
        }
      }
    } finally {
      this.running = false;
    }
  }
}

/** Announcement sentences per language, with {{number}} and {{counter}} placeholders. */
export type AnnouncementTemplates = Record<string, { toCounter: string; called: string }>;

export type Utterance = { lang: string; text: string };

/** "A-042" is read as "A 042", not "A minus 42". */
export const spokenNumber = (displayNumber: string) => displayNumber.replace(/[-_/]+/g, " ").trim();

/**
 * What is said for one call: always in German (the office's language), then in the ticket's
 * language when it differs and the browser has a voice for it.
 */
export function announcementFor(
  call: { displayNumber: string; counterName: string | null; language: string },
  templates: AnnouncementTemplates,
  hasVoice: (lang: string) => boolean,
  officeLanguage = "de",
): Utterance[] {
  const sentence = (lang: string) => {
    const t = templates[lang];
    if (!t) return null;
    const template = call.counterName ? t.toCounter : t.called;
    return template.replaceAll("{{number}}", spokenNumber(call.displayNumber)).replaceAll("{{counter}}", call.counterName ?? "");
  };
  const out: Utterance[] = [];
  const office = sentence(officeLanguage);
  if (office && hasVoice(officeLanguage)) out.push({ lang: officeLanguage, text: office });
  const own = call.language.split("-")[0].toLowerCase();
  if (own !== officeLanguage && hasVoice(own)) {
    const text = sentence(own);
    if (text) out.push({ lang: own, text });
  }
  return out;
}
