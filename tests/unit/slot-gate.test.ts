import { afterEach, describe, expect, it, vi } from "vitest";
import { markSoldOut, slotKey, throughSlotGate } from "@/lib/booking/slot-gate";
import { slotTaken } from "@/lib/booking/db-error";
import { toAppError } from "@/lib/errors";

const at = new Date("2027-02-03T09:00:00Z");
let n = 0;
const freshKey = () => slotKey(`svc-${++n}`, at);

describe("slot gate", () => {
  afterEach(() => vi.useRealTimers());

  it("lets attempts at one slot through one at a time, in arrival order", async () => {
    const key = freshKey();
    const log: string[] = [];
    const attempt = (name: string) => async () => {
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, 5));
      log.push(`end ${name}`);
      return name;
    };
    await expect(Promise.all([throughSlotGate(key, attempt("a")), throughSlotGate(key, attempt("b"))])).resolves.toEqual(["a", "b"]);
    expect(log).toEqual(["start a", "end a", "start b", "end b"]);
  });

  it("refuses later attempts without running them once one was refused as taken", async () => {
    const key = freshKey();
    const runs: number[] = [];
    const results = await Promise.allSettled(
      [1, 2, 3].map((i) =>
        throughSlotGate(key, async () => {
          runs.push(i);
          throw slotTaken();
        }),
      ),
    );
    expect(runs).toEqual([1]);
    expect(results.map((r) => r.status === "rejected" && toAppError(r.reason).messageKey)).toEqual(Array(3).fill("booking:error.slotTaken"));
  });

  it("does not block other slots, and other errors do not mark the slot full", async () => {
    const key = freshKey();
    await expect(throughSlotGate(key, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(throughSlotGate(key, async () => "ok")).resolves.toBe("ok");
    markSoldOut(key);
    await expect(throughSlotGate(freshKey(), async () => "other")).resolves.toBe("other");
  });

  it("forgets a full slot after a few seconds (holds expire, releases end)", async () => {
    vi.useFakeTimers();
    const key = freshKey();
    markSoldOut(key);
    await expect(throughSlotGate(key, async () => "again")).rejects.toMatchObject({ messageKey: "booking:error.slotTaken" });
    vi.advanceTimersByTime(5_001);
    await expect(throughSlotGate(key, async () => "again")).resolves.toBe("again");
  });
});
