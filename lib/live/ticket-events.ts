import pg from "pg";
import { parseTicketEvent, TICKET_EVENTS_CHANNEL, type TicketEvent } from "./ticket-event";

/**
 * Live ticket events for this app instance: ONE dedicated PostgreSQL connection doing
 * `LISTEN ticket_events`, fanned out in process to subscribers by location.
 *
 * Why LISTEN/NOTIFY: the queue engine notifies inside its transaction, and PostgreSQL delivers
 * every notification to every listening connection. Each app instance behind a load balancer
 * holds its own listener, so a display connected to any instance sees every call — no sticky
 * sessions, no broker. Notifications sent while an instance's connection is down are lost for
 * that instance; the display's snapshot on (re)connect (lib/live/display-calls.ts) covers it.
 *
 * The connection reconnects with exponential backoff (0.5 s … 30 s) when it drops. Pooled
 * connections cannot be used: LISTEN belongs to a session, and a pool would hand it to others.
 */
export type TicketEventListener = (event: TicketEvent) => void;

export type TicketEventsOptions = {
  connectionString: string;
  /** Runs once per event on this instance (e.g. keep it for the display's snapshot). */
  onEvent?: (event: TicketEvent) => Promise<void> | void;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  log?: (message: string) => void;
};

export class TicketEvents {
  private client: pg.Client | null = null;
  private readonly byLocation = new Map<string, Set<TicketEventListener>>();
  private readonly everything = new Set<TicketEventListener>();
  private backoff: number;
  private stopped = false;
  private connecting: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private readyWaiters: (() => void)[] = [];
  private listening = false;

  constructor(private readonly options: TicketEventsOptions) {
    this.backoff = options.minBackoffMs ?? 500;
  }

  /** Connects and listens; resolves once LISTEN is in place (keeps retrying until then). */
  start(): Promise<void> {
    this.stopped = false;
    if (!this.connecting && !this.client) this.connecting = this.connect();
    return this.ready();
  }

  /** Resolves when the listener is connected (immediately if it is). */
  ready(): Promise<void> {
    if (this.listening) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  get isListening(): boolean {
    return this.listening;
  }

  /** Events of one location; returns the unsubscribe function. */
  subscribe(locationId: string, listener: TicketEventListener): () => void {
    let set = this.byLocation.get(locationId);
    if (!set) this.byLocation.set(locationId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.byLocation.get(locationId) === set) this.byLocation.delete(locationId);
    };
  }

  /** Events of every location (benchmarks, statistics). */
  subscribeAll(listener: TicketEventListener): () => void {
    this.everything.add(listener);
    return () => this.everything.delete(listener);
  }

  subscriberCount(locationId: string): number {
    return this.byLocation.get(locationId)?.size ?? 0;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.connecting?.catch(() => {});
    const client = this.client;
    this.client = null;
    this.listening = false;
    await client?.end().catch(() => {});
  }

  /** For tests: drop the connection the way a network failure or server restart would. */
  async simulateConnectionLoss(): Promise<void> {
    const pid = (this.client as unknown as { processID?: number } | null)?.processID;
    if (pid === undefined) return;
    const killer = new pg.Client({ connectionString: this.options.connectionString });
    await killer.connect();
    try {
      await killer.query("SELECT pg_terminate_backend($1)", [pid]);
    } finally {
      await killer.end();
    }
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString, keepAlive: true, application_name: "einehand-live" });
    client.on("notification", (msg) => {
      if (msg.channel === TICKET_EVENTS_CHANNEL) this.dispatch(msg.payload);
    });
    client.on("error", (e) => this.lost(client, e));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${TICKET_EVENTS_CHANNEL}`);
      if (this.stopped) {
        await client.end().catch(() => {});
        return;
      }
      this.client = client;
      this.listening = true;
      this.backoff = this.options.minBackoffMs ?? 500;
      const waiters = this.readyWaiters.splice(0);
      waiters.forEach((w) => w());
    } catch (e) {
      client.removeAllListeners();
      await client.end().catch(() => {});
      this.scheduleReconnect(e);
    } finally {
      this.connecting = null;
    }
  }

  private lost(client: pg.Client, error?: Error) {
    if (this.client !== client) return; // an old connection's late event
    this.client = null;
    this.listening = false;
    client.removeAllListeners();
    client.on("error", () => {}); // the socket may still report after we let go
    client.end().catch(() => {});
    if (!this.stopped) this.scheduleReconnect(error);
  }

  private scheduleReconnect(error?: unknown) {
    if (this.stopped || this.retryTimer) return;
    const wait = this.backoff;
    this.backoff = Math.min(this.backoff * 2, this.options.maxBackoffMs ?? 30_000);
    this.options.log?.(`[live] ticket_events listener down (${error instanceof Error ? error.message : "closed"}); retrying in ${wait} ms`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped && !this.client && !this.connecting) this.connecting = this.connect();
    }, wait);
    this.retryTimer.unref?.();
  }

  private dispatch(payload: string | undefined) {
    const event = parseTicketEvent(payload);
    if (!event) {
      this.options.log?.("[live] ignored a malformed ticket_events payload");
      return;
    }
    const deliver = (listener: TicketEventListener) => {
      try {
        listener(event);
      } catch (e) {
        this.options.log?.(`[live] subscriber failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    };
    this.byLocation.get(event.locationId)?.forEach(deliver);
    this.everything.forEach(deliver);
    if (this.options.onEvent) {
      Promise.resolve()
        .then(() => this.options.onEvent!(event))
        .catch((e) => this.options.log?.(`[live] onEvent failed: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
}
