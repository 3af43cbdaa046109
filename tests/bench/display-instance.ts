/**
 * One "app instance" for the display benchmark (tests/bench/display.ts): its own ticket_events
 * listener (lib/live, with the DisplayCall recording the app does) serving the real display
 * stream over HTTP — what the Next route handler does, minus Next and the device cookie, which
 * are paid once per connection, not per call. Prints {"port":…} when ready.
 */
import http from "node:http";
import { TicketEvents } from "../../lib/live/ticket-events";
import { displayStream } from "../../lib/live/display-stream";
import { recentDisplayCalls, recordDisplayCall } from "../../lib/live/display-calls";

// BENCH_DISPLAY_RECORD=0 leaves out the DisplayCall writes (to tell their cost from the channel's)
const record = process.env.BENCH_DISPLAY_RECORD !== "0";
const events = new TicketEvents({ connectionString: process.env.APP_DATABASE_URL!, onEvent: record ? recordDisplayCall : undefined, log: (m) => console.error(m) });
await events.start();

const server = http.createServer(async (req, res) => {
  const locationId = /^\/stream\/([0-9a-f-]{36})$/.exec(req.url ?? "")?.[1];
  if (!locationId) return res.writeHead(404).end();
  const abort = new AbortController();
  req.on("close", () => abort.abort());
  res.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store" });
  const reader = displayStream({ locationId, events, snapshot: () => recentDisplayCalls(locationId), signal: abort.signal }).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    res.write(value);
  }
  res.end();
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 }));
});
process.on("SIGTERM", async () => {
  server.close();
  server.closeAllConnections();
  await events.stop();
  process.exit(0);
});
