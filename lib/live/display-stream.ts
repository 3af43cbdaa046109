import type { TicketEvents } from "./ticket-events";
import { toDisplayCall, type DisplayCallView } from "./display-calls";

/**
 * The waiting-room display's Server-Sent Events stream (GET /api/display/<locationId>/stream,
 * text/event-stream; the route authenticates the DISPLAY device first):
 *
 *   retry: 3000                         reconnect hint for EventSource
 *   event: snapshot                     once per connection: today's latest calls, newest first,
 *   data: {"calls":[DisplayCall,…]}     so a reloaded or reconnected screen is not empty
 *   event: call                         each call or recall at this location, live
 *   data: DisplayCall
 *   : keepalive                         comment every 15 s, so proxies keep the connection open
 *
 * DisplayCall = {"id","type":"called"|"recalled","displayNumber":"A-042","counterName":"Schalter 3"|null,
 * "language":"ar","at":"<ISO>"} — `id` is opaque and stable across instances (for de-duplication).
 * Finished, no-show and transferred events are not sent: a display only announces calls.
 * Subscription starts before the snapshot is read, and calls arriving meanwhile are sent after
 * it (minus those already in it), so no call falls between the two.
 */
export type DisplayStreamOptions = {
  locationId: string;
  events: TicketEvents;
  snapshot: () => Promise<DisplayCallView[]>;
  signal?: AbortSignal;
  heartbeatMs?: number;
  retryMs?: number;
  log?: (message: string) => void;
};

export function displayStream(o: DisplayStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const sendCall = (call: DisplayCallView) => send(`event: call\ndata: ${JSON.stringify(call)}\n\n`);
      let pending: DisplayCallView[] | null = [];
      const unsubscribe = o.events.subscribe(o.locationId, (event) => {
        const call = toDisplayCall(event);
        if (!call) return;
        if (pending) pending.push(call);
        else sendCall(call);
      });
      const heartbeat = setInterval(() => send(": keepalive\n\n"), o.heartbeatMs ?? 15_000);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        o.signal?.removeEventListener("abort", cleanup);
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      if (o.signal?.aborted) return cleanup();
      o.signal?.addEventListener("abort", cleanup);

      send(`retry: ${o.retryMs ?? 3000}\n\n`);
      let calls: DisplayCallView[] = [];
      try {
        calls = await o.snapshot();
      } catch (e) {
        // the live calls still come; an empty list is better than a dead screen
        o.log?.(`[live] display snapshot failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      send(`event: snapshot\ndata: ${JSON.stringify({ calls })}\n\n`);
      const seen = new Set(calls.map((c) => c.id));
      const arrived = pending;
      pending = null;
      for (const call of arrived) if (!seen.has(call.id)) sendCall(call);
    },
    cancel() {
      cleanup();
    },
  });
}
