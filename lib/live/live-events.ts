import "server-only";
import { appDatabaseUrl } from "@/lib/env";
import { TicketEvents } from "./ticket-events";
import { recordDisplayCall } from "./display-calls";

const globalForLive = globalThis as unknown as { einehandTicketEvents?: TicketEvents };

/**
 * This instance's one listener, started at boot by instrumentation.ts (or on first use) and
 * kept for the life of the process; dev-server reloads reuse it through globalThis.
 */
export function liveTicketEvents(): TicketEvents {
  if (!globalForLive.einehandTicketEvents) {
    const events = new TicketEvents({ connectionString: appDatabaseUrl(), onEvent: recordDisplayCall, log: (m) => console.warn(m) });
    globalForLive.einehandTicketEvents = events;
    void events.start();
  }
  return globalForLive.einehandTicketEvents;
}
