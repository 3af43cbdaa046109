import { currentDevice } from "@/lib/devices/require-device";
import { liveTicketEvents } from "@/lib/live/live-events";
import { displayStream } from "@/lib/live/display-stream";
import { recentDisplayCalls } from "@/lib/live/display-calls";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Server-Sent Events for one waiting-room display (format: lib/live/display-stream.ts). Only a
 * paired, unrevoked DISPLAY device of this location gets it; anyone else gets a bare 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locationId: string }> }) {
  const { locationId } = await params;
  const device = await currentDevice("DISPLAY", locationId);
  if (!device) return new Response("Not found", { status: 404 });
  const events = liveTicketEvents();
  // the first display after a start waits for LISTEN (so no call slips by), but not forever:
  // with the database away it still gets its stream and the listener catches up
  await Promise.race([events.ready(), new Promise((r) => setTimeout(r, 5_000))]);
  const body = displayStream({
    locationId,
    events,
    snapshot: () => recentDisplayCalls(locationId),
    signal: request.signal,
    log: (m) => console.warn(m),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      // nginx and similar proxies would otherwise buffer the stream
      "X-Accel-Buffering": "no",
    },
  });
}
