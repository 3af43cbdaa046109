import { describe, expect, it } from "vitest";
import { publishQueueRow, type QueueRowCounts } from "@/lib/steering/publish-queue-row";

const counts = (c: Partial<QueueRowCounts>): QueueRowCounts => ({
  issued: 0, called: 0, served: 0, noShows: 0, transfersOut: 0, waits: 0, waitMedian: null, waitP90: null, services: 0, serviceMedian: null, ...c,
});

describe("publishing one row of the queue report", () => {
  it("gives lane leads exact figures, durations rounded to seconds, null where nothing was measured", () => {
    expect(publishQueueRow(counts({ issued: 2, called: 1, served: 1, waits: 1, waitMedian: 90.4, waitP90: 90.6 }), false)).toEqual({
      issued: { value: 2 }, called: { value: 1 }, served: { value: 1 }, noShows: { value: 0 }, transfersOut: { value: 0 },
      waitMedianSeconds: { value: 90 }, waitP90Seconds: { value: 91 }, serviceMedianSeconds: null,
    });
  });

  it("shows steering outcomes only where no single hidden one can be recomputed", () => {
    const row = publishQueueRow(counts({ issued: 30, called: 28, served: 20, noShows: 5, transfersOut: 3, waits: 28, waitMedian: 600, waitP90: 1200, services: 20, serviceMedian: 700 }), true);
    // 3 transfers alone would follow from 28 − 20 − 5: the smallest other outcome is hidden too
    expect(row).toMatchObject({ issued: { value: 30 }, called: { value: 28 }, served: { value: 20 }, noShows: { hidden: "secondary" }, transfersOut: { hidden: "small" } });
    expect(row.waitMedianSeconds).toEqual({ value: 600 });
  });

  it("hides the called count when the outcomes' total is hidden", () => {
    const row = publishQueueRow(counts({ issued: 6, called: 5, served: 3, noShows: 1 }), true);
    expect(row).toMatchObject({ issued: { value: 6 }, called: { hidden: "secondary" }, served: { hidden: "small" }, noShows: { hidden: "small" } });
  });

  it("hides steering's durations computed over fewer than five tickets", () => {
    const row = publishQueueRow(counts({ issued: 9, called: 4, waits: 4, waitMedian: 300, waitP90: 400, services: 0 }), true);
    expect([row.waitMedianSeconds, row.waitP90Seconds, row.serviceMedianSeconds]).toEqual([{ hidden: "small" }, { hidden: "small" }, { hidden: "small" }]);
  });
});
