import { describe, expect, it } from "vitest";
import { AnnouncementQueue, announcementFor, spokenNumber, type AnnouncementTemplates } from "@/components/display/announcement-queue";

/** A player whose announcements end only when the test says so, recording what happens when. */
function controllablePlayer() {
  const log: string[] = [];
  const finishers = new Map<string, () => void>();
  const play = (item: string) =>
    new Promise<void>((resolve) => {
      log.push(`start ${item}`);
      finishers.set(item, () => {
        log.push(`end ${item}`);
        resolve();
      });
    });
  const finish = async (item: string) => {
    const done = finishers.get(item);
    if (!done) throw new Error(`${item} is not being spoken`);
    done();
    await new Promise((r) => setTimeout(r, 0)); // let the queue move on
  };
  return { log, play, finish, isSpeaking: (item: string) => finishers.has(item) };
}

describe("announcement queue", () => {
  it("speaks calls that arrive while one is being spoken afterwards, in order, never interrupting", async () => {
    const p = controllablePlayer();
    const queue = new AnnouncementQueue(p.play);
    queue.enqueue("A-001");
    queue.enqueue("A-002");
    queue.enqueue("B-003");
    expect(p.log).toEqual(["start A-001"]);
    expect(queue.pending).toBe(2);
    await p.finish("A-001");
    expect(p.log).toEqual(["start A-001", "end A-001", "start A-002"]);
    queue.enqueue("C-004"); // arrives mid-announcement
    await p.finish("A-002");
    await p.finish("B-003");
    await p.finish("C-004");
    expect(p.log).toEqual(["start A-001", "end A-001", "start A-002", "end A-002", "start B-003", "end B-003", "start C-004", "end C-004"]);
    expect(queue.speaking).toBe(false);
  });

  it("starts again when a call comes after the queue ran empty", async () => {
    const p = controllablePlayer();
    const queue = new AnnouncementQueue(p.play);
    queue.enqueue("A-001");
    await p.finish("A-001");
    expect(queue.speaking).toBe(false);
    queue.enqueue("A-002");
    expect(queue.speaking).toBe(true);
    expect(p.log.at(-1)).toBe("start A-002");
  });

  it("a failing announcement does not stop the ones after it", async () => {
    const spoken: string[] = [];
    const errors: unknown[] = [];
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const queue = new AnnouncementQueue<string>(async (item) => {
      if (item === "first") await gate;
      if (item === "broken") throw new Error("no audio device");
      spoken.push(item);
    }, (e) => errors.push(e));
    queue.enqueue("first");
    queue.enqueue("broken");
    queue.enqueue("last");
    release();
    while (queue.speaking) await new Promise((r) => setTimeout(r, 0));
    expect(spoken).toEqual(["first", "last"]);
    expect(errors).toHaveLength(1);
  });
});

const templates: AnnouncementTemplates = {
  de: { toCounter: "Nummer {{number}}, bitte zu {{counter}}.", called: "Nummer {{number}}, bitte." },
  ar: { toCounter: "الرقم {{number}}، يرجى التوجه إلى {{counter}}.", called: "الرقم {{number}}، تفضلوا." },
};

describe("what is said for a call", () => {
  it("German first, then the ticket's language when a voice exists", () => {
    expect(announcementFor({ displayNumber: "A-042", counterName: "Schalter 3", language: "ar" }, templates, () => true)).toEqual([
      { lang: "de", text: "Nummer A 042, bitte zu Schalter 3." },
      { lang: "ar", text: "الرقم A 042، يرجى التوجه إلى Schalter 3." },
    ]);
  });

  it("only German when the browser has no voice for the ticket's language, or the ticket is German", () => {
    expect(announcementFor({ displayNumber: "A-042", counterName: "Schalter 3", language: "ar" }, templates, (l) => l === "de")).toHaveLength(1);
    expect(announcementFor({ displayNumber: "A-042", counterName: "Schalter 3", language: "de" }, templates, () => true)).toHaveLength(1);
  });

  it("without a counter, the number is called; without any voice, nothing is spoken (the chime still sounds)", () => {
    expect(announcementFor({ displayNumber: "B-7", counterName: null, language: "de" }, templates, () => true)).toEqual([{ lang: "de", text: "Nummer B 7, bitte." }]);
    expect(announcementFor({ displayNumber: "B-7", counterName: null, language: "ar" }, templates, () => false)).toEqual([]);
  });

  it("reads the ticket number without the dash", () => {
    expect(spokenNumber("A-042")).toBe("A 042");
  });
});
