import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { admin } from "../setup/admin-db";
import { TicketEvents } from "@/lib/live/ticket-events";
import type { TicketEvent } from "@/lib/live/ticket-event";
import { recentDisplayCalls, recordDisplayCall, type DisplayCallView } from "@/lib/live/display-calls";
import { displayStream } from "@/lib/live/display-stream";

/**
 * The live channel of the waiting-room display: the queue engine's pg_notify('ticket_events')
 * on a real PostgreSQL, heard by one dedicated connection per app instance.
 */
const appUrl = () => process.env.APP_DATABASE_URL!;
const instances: TicketEvents[] = [];
function instance(options: Partial<ConstructorParameters<typeof TicketEvents>[0]> = {}) {
  const events = new TicketEvents({ connectionString: appUrl(), minBackoffMs: 50, maxBackoffMs: 200, ...options });
  instances.push(events);
  return events;
}
afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
});

function event(over: Partial<TicketEvent> = {}): TicketEvent {
  return {
    type: "called",
    locationId: randomUUID(),
    ticketId: randomUUID(),
    displayNumber: "A-042",
    counterName: "Schalter 3",
    language: "ar",
    at: new Date().toISOString(),
    ...over,
  };
}

/** What the queue engine does inside its transaction (the contract). */
const notify = (payload: unknown) =>
  admin().query("SELECT pg_notify('ticket_events', $1)", [typeof payload === "string" ? payload : JSON.stringify(payload)]);

/** Collects one location's events; `next(n)` waits until n have arrived (the test times out otherwise). */
function collect(events: TicketEvents, locationId: string) {
  const got: TicketEvent[] = [];
  let wake = () => {};
  events.subscribe(locationId, (e) => {
    got.push(e);
    wake();
  });
  return {
    got,
    async until(n: number) {
      while (got.length < n) await new Promise<void>((r) => (wake = r));
      return got;
    },
  };
}

describe("ticket events (LISTEN/NOTIFY)", () => {
  let live: TicketEvents;
  beforeAll(async () => {
    live = instance();
    await live.start();
  });

  it("delivers the contract payload to the subscribers of that location only", async () => {
    const here = event();
    const elsewhere = event({ displayNumber: "B-007", counterName: null, language: "de" });
    const mine = collect(live, here.locationId);
    const theirs = collect(live, elsewhere.locationId);
    await notify(here);
    await notify(elsewhere);
    expect(await theirs.until(1)).toEqual([elsewhere]);
    expect(mine.got).toEqual([here]);
  });

  it("ignores malformed payloads and keeps listening", async () => {
    const locationId = randomUUID();
    const sub = collect(live, locationId);
    await notify("not json at all");
    await notify({ ...event({ locationId }), type: "deleted" });
    await notify({ ...event({ locationId }), ticketId: "42" });
    await notify({ ...event({ locationId }), at: "yesterday" });
    const { displayNumber: _dropped, ...withoutNumber } = event({ locationId });
    await notify(withoutNumber);
    const good = event({ locationId, type: "recalled" });
    await notify(good);
    expect(await sub.until(1)).toEqual([good]);
  });

  it("hears nothing from a transaction that rolled back", async () => {
    const locationId = randomUUID();
    const sub = collect(live, locationId);
    const client = await admin().connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_notify('ticket_events', $1)", [JSON.stringify(event({ locationId, displayNumber: "X-001" }))]);
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
    const committed = event({ locationId, displayNumber: "X-002" });
    await notify(committed);
    expect(await sub.until(1)).toEqual([committed]);
  });

  it("two instances with their own connections both receive every event (app instances behind a load balancer)", async () => {
    const second = instance();
    await second.start();
    const e = event();
    const a = collect(live, e.locationId);
    const b = collect(second, e.locationId);
    await notify(e);
    expect(await a.until(1)).toEqual([e]);
    expect(await b.until(1)).toEqual([e]);
    const pids = await admin().query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'einehand-live'`);
    expect(pids.rows[0].n).toBeGreaterThanOrEqual(2);
  });

  it("reconnects after the connection is lost and listens again", async () => {
    const own = instance();
    await own.start();
    await own.simulateConnectionLoss();
    // the loss is noticed asynchronously; wait until the listener is back
    while (own.isListening) await new Promise((r) => setTimeout(r, 10));
    await own.ready();
    const e = event();
    const sub = collect(own, e.locationId);
    await notify(e);
    expect(await sub.until(1)).toEqual([e]);
  });

  it("stops delivering to a subscriber that unsubscribed", async () => {
    const locationId = randomUUID();
    const got: TicketEvent[] = [];
    const unsubscribe = live.subscribe(locationId, (e) => got.push(e));
    unsubscribe();
    expect(live.subscriberCount(locationId)).toBe(0);
    const marker = collect(live, locationId);
    await notify(event({ locationId }));
    await marker.until(1);
    expect(got).toEqual([]);
  });
});

describe("display calls (the display's snapshot)", () => {
  it("keeps calls and recalls once, however many instances record them; newest first, not other events", async () => {
    const locationId = randomUUID();
    const base = Date.now() - 60_000;
    const at = (s: number) => new Date(base + s * 1000).toISOString();
    const first = event({ locationId, displayNumber: "A-001", at: at(1) });
    const recall = event({ locationId, ticketId: first.ticketId, type: "recalled", displayNumber: "A-001", at: at(2) });
    const second = event({ locationId, displayNumber: "B-002", counterName: null, language: "uk", at: at(3) });
    const finished = event({ locationId, ticketId: first.ticketId, type: "finished", at: at(4) });
    for (const e of [first, recall, second, finished]) {
      await recordDisplayCall(e);
      await recordDisplayCall(e); // a second instance's listener
    }
    const rows = await admin().query(`SELECT count(*)::int AS n FROM "DisplayCall" WHERE "locationId" = $1`, [locationId]);
    expect(rows.rows[0].n).toBe(3);
    const calls = await recentDisplayCalls(locationId);
    expect(calls.map((c) => [c.displayNumber, c.type, c.counterName])).toEqual([
      ["B-002", "called", null],
      ["A-001", "recalled", "Schalter 3"],
      ["A-001", "called", "Schalter 3"],
    ]);
    expect(Object.keys(calls[0]).sort()).toEqual(["at", "counterName", "displayNumber", "id", "language", "type"]);
    expect(await recentDisplayCalls(locationId, 1)).toHaveLength(1);
  });

  it("shows only today's calls (Berlin day)", async () => {
    const locationId = randomUUID();
    await recordDisplayCall(event({ locationId, displayNumber: "OLD-1", at: new Date(Date.now() - 36 * 3_600_000).toISOString() }));
    expect(await recentDisplayCalls(locationId)).toEqual([]);
  });
});

/** Parses an SSE byte stream into events until `stop` says enough. */
async function readSse(stream: ReadableStream<Uint8Array>, stop: (events: { event: string; data: string }[]) => boolean) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const events: { event: string; data: string }[] = [];
  const raw: string[] = [];
  while (!stop(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      raw.push(block);
      const fields = Object.fromEntries(block.split("\n").filter((l) => !l.startsWith(":")).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]));
      if (fields.event) events.push({ event: fields.event, data: fields.data });
    }
  }
  await reader.cancel();
  return { events, raw };
}

describe("display stream (Server-Sent Events)", () => {
  it("sends the retry hint and the snapshot first, then live calls only (no finished/no-show), without losing a call that arrives while the snapshot is read", async () => {
    const live = instance();
    await live.start();
    const locationId = randomUUID();
    const earlier = event({ locationId, displayNumber: "A-001", at: new Date(Date.now() - 30_000).toISOString() });
    await recordDisplayCall(earlier);
    const during = event({ locationId, displayNumber: "A-002" });
    const controller = new AbortController();
    const stream = displayStream({
      locationId,
      events: live,
      signal: controller.signal,
      // a call is notified while the snapshot is being read: it must follow the snapshot
      snapshot: async () => {
        const sub = collect(live, locationId);
        await notify(during);
        await sub.until(1);
        return recentDisplayCalls(locationId);
      },
    });
    const reading = readSse(stream, (ev) => ev.filter((e) => e.event === "call").length >= 2);
    // wait until `during` was delivered, then send the rest
    const after = collect(live, locationId);
    await after.until(1);
    await notify(event({ locationId, type: "finished", ticketId: during.ticketId }));
    const last = event({ locationId, displayNumber: "C-003", counterName: "Raum 1.10", language: "tr", type: "recalled" });
    await notify(last);
    const { events, raw } = await reading;
    expect(raw[0]).toBe("retry: 3000");
    expect(events[0].event).toBe("snapshot");
    const snapshot = JSON.parse(events[0].data).calls as DisplayCallView[];
    expect(snapshot.map((c) => c.displayNumber)).toEqual(["A-001"]);
    const calls = events.slice(1).map((e) => JSON.parse(e.data) as DisplayCallView);
    expect(events.slice(1).every((e) => e.event === "call")).toBe(true);
    expect(calls.map((c) => [c.displayNumber, c.type, c.counterName, c.language])).toEqual([
      ["A-002", "called", "Schalter 3", "ar"],
      ["C-003", "recalled", "Raum 1.10", "tr"],
    ]);
    expect(JSON.stringify(events)).not.toContain(during.ticketId);
    // the stream let go of its subscription when the client went away; the test's two remain
    expect(live.subscriberCount(locationId)).toBe(2);
  });

  it("unsubscribes when the request is aborted (the display went away)", async () => {
    const live = instance();
    await live.start();
    const locationId = randomUUID();
    const controller = new AbortController();
    const stream = displayStream({ locationId, events: live, signal: controller.signal, snapshot: async () => [] });
    const reader = stream.getReader();
    await reader.read(); // retry hint: the stream has started and subscribed
    expect(live.subscriberCount(locationId)).toBe(1);
    controller.abort();
    expect(live.subscriberCount(locationId)).toBe(0);
    await reader.cancel();
  });
});
