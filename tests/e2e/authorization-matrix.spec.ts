import type { APIRequestContext, APIResponse } from "@playwright/test";
import { adminDb, apiSession, appointmentStartNow, expect, randomLetters, test as base } from "./fixtures";
import { arrangeConsent, arrangeFile, arrangeOpenRequest, countPersons, snapshotFile, type Lane } from "./arrange";

/**
 * Issue 2 item 12, the authorization matrix: every staff page and every API v1 operation ×
 * every demo role and anonymous → the status the rules demand (DESIGN.md §3 rules 1–5), with
 * each denied write leaving its rows unchanged and every 404 indistinguishable from the 404 of
 * something that does not exist. API-level only (no browser). Each write gets a file of its own
 * (arrange.ts), so the cells are independent and run in any order on any worker.
 *
 * Anonymous callers are not "outsiders" but unauthenticated: pages redirect them to
 * /<locale>/login and the API answers 401 UNAUTHENTICATED — the documented behaviour
 * (lib/auth/require-staff.ts, lib/api/api-operation.ts, the 401 response in openapi.json).
 */

const ROLES = ["anonymous", "frontDesk", "abh", "abhLead", "soz", "sozLead", "kim", "kimLead", "mbe", "mbeLead", "jmd", "jmdLead", "admin", "steering"] as const;
type Role = (typeof ROLES)[number];
const LANE_OF: Partial<Record<Role, Lane>> = {
  abh: "ABH", abhLead: "ABH", soz: "SOZ", sozLead: "SOZ", kim: "KIM", kimLead: "KIM", mbe: "MBE", mbeLead: "MBE", jmd: "JMD", jmdLead: "JMD",
};

type Cell = number | "login";
const LOGIN = "login" as const;

const expectedStatus = (cell: Cell) => (cell === LOGIN ? 307 : cell);

type World = {
  /** A demo file with exactly the lanes ABH and MBE, entries in both and no consents. */
  F: string;
  /** A demo file on which only MBE is open. */
  M: string;
  /** A file number that does not exist. */
  X: string;
  /** Titles of F's entries per lane: none may reach a reader outside that lane (no consents on F). */
  titles: Record<string, string[]>;
  /** The 404 body for a case file that does not exist: every denial must look exactly like it. */
  notFoundBody: string;
  /** operationId → method and path, from /api/v1/openapi.json (staff operations: those requiring the session cookie). */
  ops: Map<string, { method: string; path: string }>;
  /** operationIds of the public operations (the newcomers' booking flow: no session, security []). */
  publicOps: string[];
};

const test = base.extend<object, { api: (role: Role) => Promise<APIRequestContext>; world: World }>({
  api: [
    async ({ playwright }, use, info) => {
      const sessions = new Map<Role, Promise<APIRequestContext>>();
      await use((role) => {
        if (!sessions.has(role)) sessions.set(role, apiSession(playwright.request, info.project.use.baseURL!, role === "anonymous" ? null : role));
        return sessions.get(role)!;
      });
      for (const s of sessions.values()) await (await s).dispose();
    },
    { scope: "worker" },
  ],
  world: [
    async ({ api }, use) => {
      const db = adminDb();
      const files = await db.query<{ id: string; fileNumber: string; lanes: string }>(
        `SELECT f.id, f."fileNumber", string_agg(l.lane::text, ',' ORDER BY l.lane) AS lanes
           FROM "CaseFile" f JOIN "CaseLane" l ON l."caseFileId" = f.id
          WHERE NOT EXISTS (SELECT 1 FROM "Consent" c WHERE c."caseFileId" = f.id)
          GROUP BY f.id
         HAVING (SELECT count(DISTINCT e.lane) FROM "LaneEntry" e WHERE e."caseFileId" = f.id) = count(DISTINCT l.lane)
          ORDER BY f."fileNumber"`,
      );
      const F = files.rows.find((r) => r.lanes === "ABH,MBE");
      const M = files.rows.find((r) => r.lanes === "MBE");
      if (!F || !M) throw new Error("demo data lacks a file with lanes ABH+MBE or MBE only");
      const entries = await db.query<{ lane: string; title: string }>(`SELECT lane, title FROM "LaneEntry" WHERE "caseFileId" = $1`, [F.id]);
      const titles: Record<string, string[]> = {};
      for (const e of entries.rows) (titles[e.lane] ??= []).push(e.title);

      const X = "EH-1999-999999";
      const missing = await (await api("frontDesk")).get(`/api/v1/case-files/${X}`);
      expect(missing.status()).toBe(404);
      const doc = await (await api("anonymous")).get("/api/v1/openapi.json");
      expect(doc.status()).toBe(200);
      const ops = new Map<string, { method: string; path: string }>();
      const publicOps: string[] = [];
      for (const [path, methods] of Object.entries((await doc.json()).paths as Record<string, Record<string, { operationId: string; security: Record<string, unknown>[] }>>)) {
        for (const [method, op] of Object.entries(methods)) {
          if (op.security.length === 0) publicOps.push(op.operationId);
          // the display stream authenticates a paired device, not staff (display.spec.ts)
          else if (op.security.some((s) => "sessionCookie" in s)) ops.set(op.operationId, { method, path });
        }
      }
      await use({ F: F.fileNumber, M: M.fileNumber, X, titles, notFoundBody: await missing.text(), ops, publicOps });
    },
    { scope: "worker" },
  ],
});

/** Lane content of F that `role` must never receive (everything outside its own lane). */
function foreignTitles(world: World, role: Role) {
  return Object.entries(world.titles).flatMap(([lane, titles]) => (lane === LANE_OF[role] ? [] : titles));
}

// ------------------------------------------------------------------------------------------------
// Staff pages. {F}, {M}: the files above. LOGIN: redirect to /de/login.
// ------------------------------------------------------------------------------------------------

//                                           anon   desk abh  abhL soz  sozL kim  kimL mbe  mbeL jmd  jmdL admin steer
const PAGES: [string, ...Cell[]][] = [
  ["/de/desk",                               LOGIN, 200, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  // the front desk sees master data of every file (rule 3), nobody else uses the desk
  ["/de/desk/files/{F}",                     LOGIN, 200, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  ["/de/desk/files/{M}",                     LOGIN, 200, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  ["/de/lane",                               LOGIN, 404, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 404],
  // own lane (ABH, MBE), or master data where a public lane is open (SOZ, KIM); JMD has no lane here
  ["/de/lane/files/{F}",                     LOGIN, 404, 200, 200, 200, 200, 200, 200, 200, 200, 404, 404, 404, 404],
  // only MBE is open: public bodies must not even learn that the file exists
  ["/de/lane/files/{M}",                     LOGIN, 404, 404, 404, 404, 404, 404, 404, 200, 200, 404, 404, 404, 404],
  ["/de/lane/audit",                         LOGIN, 404, 404, 200, 404, 200, 404, 200, 404, 200, 404, 200, 404, 404],
  ["/de/admin",                              LOGIN, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 200, 404],
  ["/de/steering",                           LOGIN, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 200],
  ["/de/account/security",                   LOGIN, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  // appointments (issue 3): booking on someone's behalf and the day view are counter work
  ["/de/desk/book",                          LOGIN, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 404],
  ["/de/schedule",                           LOGIN, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 404],
  ["/de/admin/catalogue",                    LOGIN, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 200, 404],
  ["/de/admin/draw",                         LOGIN, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 200, 404],
  // the office (issue 4): every counter worker calls tickets; the queue overview is the desk's and the lane leads'
  ["/de/counter",                            LOGIN, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 404],
  ["/de/desk/queues",                        LOGIN, 200, 404, 200, 404, 200, 404, 200, 404, 200, 404, 200, 404, 404],
  // queue statistics (issue 4 item 6): steering every lane (small cells hidden), lane leads their own lane
  ["/de/steering/queues",                    LOGIN, 404, 404, 200, 404, 200, 404, 200, 404, 200, 404, 200, 404, 200],
  ["/de/steering/queues/csv",                LOGIN, 404, 404, 200, 404, 200, 404, 200, 404, 200, 404, 200, 404, 200],
];

const fill = (template: string, w: World) => template.replace("{F}", w.F).replace("{M}", w.M);

test.describe("staff pages × roles", () => {
  test("every row of the page table has one cell per role", () => {
    for (const [template, ...cells] of PAGES) expect(cells, template).toHaveLength(ROLES.length);
  });
  for (const [template, ...cells] of PAGES) {
    ROLES.forEach((role, i) => {
      const cell = cells[i];
      test(`GET ${template} as ${role} → ${cell === LOGIN ? "login" : expectedStatus(cell)}`, async ({ api, world }) => {
        const res = await (await api(role)).get(fill(template, world), { maxRedirects: 0 });
        if (cell === LOGIN) {
          expect([302, 303, 307, 308]).toContain(res.status());
          expect(new URL(res.headers().location, "http://x").pathname).toBe("/de/login");
          return;
        }
        expect(res.status()).toBe(expectedStatus(cell));
        if (res.status() === 200) {
          const html = await res.text();
          for (const title of foreignTitles(world, role)) expect(html, `another lane's entry reached ${role}`).not.toContain(title);
        }
      });
    });
  }
});

// ------------------------------------------------------------------------------------------------
// API v1: every operation of openapi.json. Each row prepares its call for one role (fresh
// files for writes) and may check the answer beyond its status.
// ------------------------------------------------------------------------------------------------

type Call = {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** The file a write would change: its rows must stay as they were when the write is denied. */
  caseFileId?: string;
  /** For createPerson: the unique name a denied registration must not leave behind. */
  familyNameLatin?: string;
  /** Checks on the JSON of a successful answer (shapes differ per operation). */
  check?: (json: any) => void;
};
type ApiRow = { op: string; variant: string; cells: Cell[]; prepare: (role: Role, w: World) => Promise<Call> };

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
/** Targets for consents and referrals: KIM, except for KIM's own staff (a lane cannot target itself). */
const otherLane = (role: Role): Lane => (LANE_OF[role] === "KIM" ? "SOZ" : "KIM");
const isIn = (role: Role, ...roles: Role[]) => roles.includes(role);

//                                                                   anon desk abh  abhL soz  sozL kim  kimL mbe  mbeL jmd  jmdL admin steer
const API: ApiRow[] = [
  {
    op: "searchPersons", variant: "q = file number of F",
    cells:                                                          [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 404],
    prepare: async (role, w) => ({
      query: { q: w.F },
      // JMD has no lane on F: the search must not reveal the person (rule 2 works both ways)
      check: (json) => expect(json.results.map((r: { fileNumber: string }) => r.fileNumber)).toEqual(isIn(role, "jmd", "jmdLead") ? [] : [w.F]),
    }),
  },
  {
    op: "createPerson", variant: "new person",
    cells:                                                          [401, 200, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
    prepare: async () => {
      const familyNameLatin = `Matrix-${randomLetters(8)}`;
      return {
        body: { givenName: "Test", familyName: familyNameLatin, birthDate: "1985-06-15", language: "de" },
        familyNameLatin,
        check: (json) => expect(json.status).toBe("created"),
      };
    },
  },
  {
    op: "getCaseFile", variant: "file F (ABH+MBE)",
    cells:                                                          [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 404, 404, 404],
    prepare: async (role, w) => ({
      params: { fileNumber: w.F },
      check: (json) => {
        const own = LANE_OF[role];
        // public bodies and the desk see the public lane only; MBE sees only its own lane
        expect(json.lanes.map((l: { lane: string }) => l.lane)).toEqual(own === "MBE" ? ["MBE"] : ["ABH"]);
        expect([...new Set(json.entries.map((e: { lane: string }) => e.lane))]).toEqual(own && w.titles[own] ? [own] : []);
        if (own !== "MBE") expect(JSON.stringify(json)).not.toContain("MBE");
      },
    }),
  },
  {
    op: "getCaseFile", variant: "file M (MBE only)",
    cells:                                                          [401, 200, 404, 404, 404, 404, 404, 404, 200, 200, 404, 404, 404, 404],
    prepare: async (role, w) => ({
      params: { fileNumber: w.M },
      check: (json) => expect(json.lanes.map((l: { lane: string }) => l.lane)).toEqual(isIn(role, "mbe", "mbeLead") ? ["MBE"] : []),
    }),
  },
  {
    op: "createRequest", variant: "fresh file",
    cells:                                                          [401, 201, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
    prepare: async () => {
      const file = await arrangeFile(["ABH", "MBE"]);
      return { params: { fileNumber: file.fileNumber }, body: { channel: "COUNTER", topic: "BENEFITS" }, caseFileId: file.id, check: (json) => expect(json.status).toBe("OPEN") };
    },
  },
  {
    op: "routeRequest", variant: "open request → SOZ",
    cells:                                                          [401, 200, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
    prepare: async () => {
      const file = await arrangeFile(["ABH", "MBE"]);
      const requestId = await arrangeOpenRequest(file.id);
      return { params: { requestId }, body: { lanes: ["SOZ"] }, caseFileId: file.id, check: (json) => expect(json.routedTo).toEqual(["SOZ"]) };
    },
  },
  {
    op: "listLaneEntries", variant: "file F, lane ABH",
    cells:                                                          [401, 404, 200, 200, 200, 200, 200, 200, 404, 404, 404, 404, 404, 404],
    prepare: async (role, w) => ({
      params: { fileNumber: w.F, lane: "ABH" },
      // SOZ and KIM know the ABH lane exists, but read none of its entries without a consent
      check: (json) => expect(json.entries.map((e: { title: string }) => e.title).sort()).toEqual(LANE_OF[role] === "ABH" ? [...w.titles.ABH].sort() : []),
    }),
  },
  {
    op: "listLaneEntries", variant: "file F, lane MBE",
    cells:                                                          [401, 404, 404, 404, 404, 404, 404, 404, 200, 200, 404, 404, 404, 404],
    prepare: async (_role, w) => ({
      params: { fileNumber: w.F, lane: "MBE" },
      check: (json) => expect(json.entries.map((e: { title: string }) => e.title).sort()).toEqual([...w.titles.MBE].sort()),
    }),
  },
  {
    op: "createLaneEntry", variant: "fresh file, lane ABH",
    cells:                                                          [401, 404, 201, 201, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
    prepare: async () => entryCall("ABH"),
  },
  {
    op: "createLaneEntry", variant: "fresh file, lane MBE",
    cells:                                                          [401, 404, 404, 404, 404, 404, 404, 404, 201, 201, 404, 404, 404, 404],
    prepare: async () => entryCall("MBE"),
  },
  {
    // only from the caller's own lane, which must be open on the file
    op: "grantConsent", variant: "fresh file (ABH+MBE) → KIM",
    cells:                                                          [401, 404, 201, 201, 404, 404, 404, 404, 201, 201, 404, 404, 404, 404],
    prepare: async (role) => {
      const file = await arrangeFile(["ABH", "MBE"]);
      return {
        params: { fileNumber: file.fileNumber },
        body: { toLane: otherLane(role), categories: ["HOUSING"], purpose: "Matrix", expiresOn: inDays(30), noticeLanguage: "de" },
        caseFileId: file.id,
        check: (json) => expect(json.consent.fromLane).toBe(LANE_OF[role]),
      };
    },
  },
  {
    // staff of either side of the consent revoke it on the person's behalf
    op: "revokeConsent", variant: "consent MBE → KIM",
    cells:                                                          [401, 404, 404, 404, 404, 404, 200, 200, 200, 200, 404, 404, 404, 404],
    prepare: async () => {
      const file = await arrangeFile(["ABH", "MBE"]);
      const consentId = await arrangeConsent(file.id, "MBE", "KIM");
      return { params: { consentId }, caseFileId: file.id, check: (json) => expect(json.id).toBe(consentId) };
    },
  },
  {
    // out of a public lane freely, out of MBE only with the person's consent (given here)
    op: "createReferral", variant: "fresh file (ABH+MBE) → KIM",
    cells:                                                          [401, 404, 201, 201, 404, 404, 404, 404, 201, 201, 404, 404, 404, 404],
    prepare: async (role) => {
      const file = await arrangeFile(["ABH", "MBE"]);
      const consentId = isIn(role, "mbe", "mbeLead") ? await arrangeConsent(file.id, "MBE", "KIM") : undefined;
      return {
        params: { fileNumber: file.fileNumber },
        body: { toLane: otherLane(role), reason: "Matrix", ...(consentId ? { consentId } : {}) },
        caseFileId: file.id,
        check: (json) => expect(json.referral.fromLane).toBe(LANE_OF[role]),
      };
    },
  },
  // ---- queue (issue 4): each row gets an office of its own (arrangeOffice below)
  {
    // the desk checks in by code alone after seeing an ID document; kiosks use their device session
    op: "checkInBooking", variant: "today's booking, by code",
    cells:                                                          [401, 201, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
    prepare: async () => {
      const office = await arrangeOffice();
      const code = await arrangeTodaysBooking(office);
      return { body: { locationId: office.locationId, code }, check: (json) => expect(json.displayNumber).toBe("A-001") };
    },
  },
  {
    op: "issueTicket", variant: "walk-in for MBE at the desk",
    cells:                                                          [401, 201, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
    prepare: async () => {
      const office = await arrangeOffice();
      return { body: { locationId: office.locationId, lane: "MBE", language: "ar" }, check: (json) => expect(json.displayNumber).toBe("M-001") };
    },
  },
  {
    // everyone who calls gets 200; only the desk and ABH see the ABH ticket, the others an empty call
    op: "callNextTicket", variant: "ABH counter, one ABH ticket waiting",
    cells:                                                          [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 404],
    prepare: async (role) => {
      const office = await arrangeOffice();
      const ticketId = await arrangeTicket(office.queues.A);
      return {
        body: { counterId: office.abhCounter },
        check: (json) => expect(json.ticket?.id ?? null).toBe(isIn(role, "frontDesk", "abh", "abhLead") ? ticketId : null),
      };
    },
  },
  {
    op: "recallTicket", variant: "called ABH ticket",
    cells:                                                          [401, 200, 200, 200, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
    prepare: async () => ticketCall("A", (json) => expect(json.recalls).toBe(1)),
  },
  {
    // the desk never sees counselling tickets
    op: "recallTicket", variant: "called MBE ticket",
    cells:                                                          [401, 404, 404, 404, 404, 404, 404, 404, 200, 200, 404, 404, 404, 404],
    prepare: async () => ticketCall("M", (json) => expect(json.recalls).toBe(1)),
  },
  {
    op: "transferTicket", variant: "called ABH ticket → MBE",
    cells:                                                          [401, 200, 200, 200, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
    prepare: async () => ({
      ...(await ticketCall("A", (json) => expect(json.to).toMatchObject({ displayNumber: "A-001", queueName: "Migrationsberatung" }))),
      body: { toLane: "MBE" },
    }),
  },
  {
    op: "completeTicket", variant: "called ABH ticket",
    cells:                                                          [401, 200, 200, 200, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
    prepare: async () => ticketCall("A", (json) => expect(json.status).toBe("DONE")),
  },
  {
    op: "completeTicket", variant: "called MBE ticket",
    cells:                                                          [401, 404, 404, 404, 404, 404, 404, 404, 200, 200, 404, 404, 404, 404],
    prepare: async () => ticketCall("M", (json) => expect(json.status).toBe("DONE")),
  },
  {
    // counts per queue, MBE's included: no tickets, no persons
    op: "getQueueOverview", variant: "office with one MBE ticket waiting",
    cells:                                                          [401, 200, 404, 200, 404, 200, 404, 200, 404, 200, 404, 200, 404, 404],
    // counts only, and MBE's queue only for the MBE lead (DESIGN rule 2: not even counts for public bodies)
    prepare: async (role) => {
      const office = await arrangeOffice();
      await arrangeTicket(office.queues.M);
      return {
        query: { locationId: office.locationId },
        check: (json) => expect(json.queues.map((q: { code: string; waiting: number }) => [q.code, q.waiting])).toEqual(role === "mbeLead" ? [["A", 0], ["M", 1]] : [["A", 0]]),
      };
    },
  },
  {
    // per day and queue: steering the public lanes with small cells hidden, a lane lead their own lane's exact figures
    op: "getQueueStatistics", variant: "office with one MBE ticket today",
    cells:                                                          [401, 404, 404, 200, 404, 200, 404, 200, 404, 200, 404, 200, 404, 200],
    prepare: async (role) => {
      const office = await arrangeOffice();
      await arrangeTicket(office.queues.M);
      // steering never sees MBE or JMD (DESIGN rule 2), not even a suppressed count; the MBE lead does
      const expected = role === "mbeLead" ? [["MBE", { value: 1 }]] : [];
      return {
        query: { locationId: office.locationId },
        check: (json) => expect(json.rows.map((r: { lane: string; issued: unknown }) => [r.lane, r.issued])).toEqual(expected),
      };
    },
  },
];

async function entryCall(lane: Lane): Promise<Call> {
  const file = await arrangeFile(["ABH", "MBE"]);
  return {
    params: { fileNumber: file.fileNumber, lane },
    body: { kind: "NOTE", category: "HOUSING", title: "Matrix", body: "" },
    caseFileId: file.id,
    check: (json) => expect(json.entry.lane).toBe(lane),
  };
}

/** A fresh office: an ABH service with queue "A" and counter, MBE counselling behind queue "M" and a counter. */
async function arrangeOffice() {
  const db = adminDb();
  const tag = randomLetters(8);
  const one = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0].id as string;
  const locationId = await one(`INSERT INTO "Location" (code, name, address, kind) VALUES ($1, $1, 'Markt 1, 59065 Hamm', 'MAIN') RETURNING id`, [`matrix-${tag}`]);
  const office = { locationId, queues: {} as Record<"A" | "M", string>, abhCounter: "", mbeCounter: "", abhService: "" };
  for (const [lane, code, name] of [["ABH", "A", "Aufenthalt"], ["MBE", "M", "Migrationsberatung"]] as const) {
    const service = await one(`INSERT INTO "Service" (code, lane, "durationMinutes", "bookingMode") VALUES ($1, $2, 20, 'ONLINE') RETURNING id`, [`matrix-${lane}-${tag}`, lane]);
    const counter = await one(`INSERT INTO "Counter" ("locationId", name) VALUES ($1, $2) RETURNING id`, [locationId, `Schalter ${code}`]);
    await db.query(`INSERT INTO "CounterService" ("counterId", "serviceId") VALUES ($1, $2)`, [counter, service]);
    office.queues[code] = await one(`INSERT INTO "Queue" ("locationId", lane, "serviceId", code, name) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [locationId, lane, service, code, name]);
    if (lane === "ABH") Object.assign(office, { abhCounter: counter, abhService: service });
    else office.mbeCounter = counter;
  }
  return office;
}

/** A waiting ticket (number 1 of its queue), or a called one at the queue's counter. */
async function arrangeTicket(queueId: string, calledAt?: string) {
  const db = adminDb();
  const id = (await db.query(`SELECT issue_ticket_internal($1, 'de', NULL, NULL, NULL, NULL, false, NULL) AS id`, [queueId])).rows[0].id as string;
  if (calledAt) await db.query(`UPDATE "Ticket" SET status = 'CALLED', "counterId" = $1, "calledAt" = now() WHERE id = $2`, [calledAt, id]);
  return id;
}

async function ticketCall(queue: "A" | "M", check: (json: any) => void): Promise<Call> {
  const office = await arrangeOffice();
  const ticketId = await arrangeTicket(office.queues[queue], queue === "A" ? office.abhCounter : office.mbeCounter);
  return { params: { ticketId }, check };
}

/** A confirmed booking starting about now (appointmentStartNow) at the office's ABH counter; returns its code. */
async function arrangeTodaysBooking(office: Awaited<ReturnType<typeof arrangeOffice>>) {
  const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  const raw = Array.from({ length: 8 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join("");
  const code = `${raw.slice(0, 4)}-${raw.slice(4)}`;
  await adminDb().query(
    `INSERT INTO "Booking" (code, "serviceId", "counterId", "startsAt", "endsAt", "blockedUntil", status, "personKey", "givenName", "familyName", "birthDate", language, "confirmedAt")
     VALUES ($1, $2, $3, $6, $6::timestamptz + interval '20 minutes', $6::timestamptz + interval '20 minutes', 'CONFIRMED', $4, 'Test', $5, '1980-01-01', 'ar', now())`,
    [code, office.abhService, office.abhCounter, `matrix ${raw}|1980-01-01`, `Matrix-${raw}`, appointmentStartNow()],
  );
  return code;
}

async function call(ctx: APIRequestContext, w: World, op: string, c: Call): Promise<APIResponse> {
  const spec = w.ops.get(op);
  if (!spec) throw new Error(`${op} is not in openapi.json`);
  const url = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!c.params?.[name]) throw new Error(`${op}: no value for path parameter ${name}`);
    return encodeURIComponent(c.params[name]);
  });
  return ctx.fetch(url, { method: spec.method.toUpperCase(), params: c.query, data: spec.method === "get" ? undefined : (c.body ?? {}), maxRedirects: 0 });
}

test.describe("API v1 operations × roles", () => {
  test("every operation in openapi.json has rows in the table, and every row names an operation", async ({ world }) => {
    const inDoc = [...world.ops.keys()].sort();
    const inTable = [...new Set(API.map((r) => r.op))].sort();
    expect(inTable, "operations without expectations (add rows to the API table)").toEqual(inDoc);
    for (const r of API) expect(r.cells, `${r.op} ${r.variant}`).toHaveLength(ROLES.length);
    // the public booking operations (issue 3) need no session; nothing else may be public
    expect(world.publicOps.sort()).toEqual(["cancelBooking", "createBooking", "createBookingChallenge", "getBooking", "listServices", "listSlots", "rescheduleBooking"]);
    // the ten operations issue 2 names
    for (const id of ["searchPersons", "createPerson", "getCaseFile", "createRequest", "routeRequest", "listLaneEntries", "createLaneEntry", "grantConsent", "revokeConsent", "createReferral"]) {
      expect(inDoc).toContain(id);
    }
  });

  for (const row of API) {
    ROLES.forEach((role, i) => {
      const cell = row.cells[i];
      test(`${row.op} (${row.variant}) as ${role} → ${expectedStatus(cell)}`, async ({ api, world }) => {
        const c = await row.prepare(role, world);
        const isWrite = world.ops.get(row.op)?.method !== "get";
        const before = c.caseFileId ? await snapshotFile(c.caseFileId) : undefined;
        const res = await call(await api(role), world, row.op, c);
        const text = await res.text();
        expect(res.status(), text).toBe(expectedStatus(cell));
        if (res.ok()) {
          c.check?.(JSON.parse(text));
          for (const title of foreignTitles(world, role)) expect(text).not.toContain(title);
          // the positive control of the "unchanged" checks below
          if (isWrite && before) expect(await snapshotFile(c.caseFileId!), "an allowed write changes its file").not.toEqual(before);
          if (c.familyNameLatin) expect(await countPersons(c.familyNameLatin)).toBe(1);
          return;
        }
        if (res.status() === 404) expect(text, "a denial looks exactly like a missing resource").toBe(world.notFoundBody);
        if (res.status() === 401) expect(JSON.parse(text).error.code).toBe("UNAUTHENTICATED");
        if (isWrite) {
          if (before) expect(await snapshotFile(c.caseFileId!), "a denied write leaves the file's rows unchanged").toEqual(before);
          if (c.familyNameLatin) expect(await countPersons(c.familyNameLatin), "a denied registration creates nobody").toBe(0);
        }
      });
    });
  }
});

// ------------------------------------------------------------------------------------------------
// Rules that need more than one call.
// ------------------------------------------------------------------------------------------------

test.describe("no existence leaks, consent required", () => {
  test("API: 404 for something hidden is byte-identical to 404 for something that does not exist", async ({ api, world }) => {
    const file = await arrangeFile(["ABH", "MBE"]);
    const consentId = await arrangeConsent(file.id, "MBE", "KIM");
    const pairs: [Role, string, Call, Call][] = [
      ["jmd", "getCaseFile", { params: { fileNumber: world.F } }, { params: { fileNumber: world.X } }],
      ["admin", "getCaseFile", { params: { fileNumber: world.F } }, { params: { fileNumber: world.X } }],
      ["soz", "listLaneEntries", { params: { fileNumber: world.F, lane: "MBE" } }, { params: { fileNumber: world.F, lane: "JMD" } }],
      ["soz", "listLaneEntries", { params: { fileNumber: world.F, lane: "MBE" } }, { params: { fileNumber: world.X, lane: "MBE" } }],
      ["abh", "revokeConsent", { params: { consentId } }, { params: { consentId: "00000000-0000-4000-8000-000000000000" } }],
      ["soz", "createLaneEntry", { params: { fileNumber: file.fileNumber, lane: "SOZ" }, body: { kind: "NOTE", category: "GENERAL", title: "x" } }, { params: { fileNumber: world.X, lane: "SOZ" }, body: { kind: "NOTE", category: "GENERAL", title: "x" } }],
      ["kim", "grantConsent", { params: { fileNumber: file.fileNumber }, body: { toLane: "ABH", categories: ["HOUSING"], purpose: "x", expiresOn: inDays(5), noticeLanguage: "de" } }, { params: { fileNumber: world.X }, body: { toLane: "ABH", categories: ["HOUSING"], purpose: "x", expiresOn: inDays(5), noticeLanguage: "de" } }],
      ["jmd", "createReferral", { params: { fileNumber: file.fileNumber }, body: { toLane: "KIM", reason: "x" } }, { params: { fileNumber: world.X }, body: { toLane: "KIM", reason: "x" } }],
    ];
    for (const [role, op, hidden, missing] of pairs) {
      const ctx = await api(role);
      const [a, b] = [await call(ctx, world, op, hidden), await call(ctx, world, op, missing)];
      expect([a.status(), b.status()], `${op} as ${role}`).toEqual([404, 404]);
      expect(await a.text(), `${op} as ${role}`).toBe(await b.text());
      expect(a.headers()["content-type"]).toBe(b.headers()["content-type"]);
    }
  });

  test("pages: a hidden file's 404 page equals the 404 page of a file that does not exist", async ({ api, world }) => {
    const page = async (role: Role, path: string, fileNumber: string) => {
      const res = await (await api(role)).get(path);
      expect(res.status(), `${path} as ${role}`).toBe(404);
      return (await res.text()).replaceAll(fileNumber, "<file>");
    };
    expect(await page("jmd", `/de/lane/files/${world.F}`, world.F)).toBe(await page("jmd", `/de/lane/files/${world.X}`, world.X));
    expect(await page("abh", `/de/desk/files/${world.F}`, world.F)).toBe(await page("frontDesk", `/de/desk/files/${world.X}`, world.X));
  });

  test("a consent lets exactly its categories cross, read-only; revoking it takes them back", async ({ api, world }) => {
    const file = await arrangeFile(["ABH", "MBE"]);
    const db = adminDb();
    for (const [category, title] of [["HOUSING", "Shared housing note"], ["HEALTH", "Private health note"]]) {
      await db.query(`INSERT INTO "LaneEntry" ("caseFileId", lane, kind, category, title) VALUES ($1, 'MBE', 'NOTE', $2, $3)`, [file.id, category, title]);
    }
    const consentId = await arrangeConsent(file.id, "MBE", "KIM");
    const mbeEntries = { params: { fileNumber: file.fileNumber, lane: "MBE" } };
    const kim = await api("kim");

    const shared = await call(kim, world, "listLaneEntries", mbeEntries);
    expect(shared.status()).toBe(200);
    const { entries } = await shared.json();
    expect(entries.map((e: { title: string }) => e.title)).toEqual(["Shared housing note"]);
    expect(entries[0].sharedByConsent).toMatchObject({ id: consentId, fromLane: "MBE" });
    const fileForKim = await (await call(kim, world, "getCaseFile", { params: { fileNumber: file.fileNumber } })).json();
    expect(fileForKim.lanes.map((l: { lane: string }) => l.lane).sort()).toEqual(["ABH", "MBE"]); // the consent names the MBE lane
    expect(JSON.stringify(fileForKim)).not.toContain("Private health note");

    // read-only: KIM cannot write into the lane that shares with it
    const before = await snapshotFile(file.id);
    const write = await call(kim, world, "createLaneEntry", { ...mbeEntries, body: { kind: "NOTE", category: "HOUSING", title: "x" } });
    expect(write.status()).toBe(404);
    expect(await snapshotFile(file.id)).toEqual(before);
    // and the consent is for KIM only: ABH still learns nothing
    expect(await (await call(await api("abh"), world, "listLaneEntries", mbeEntries)).text()).toBe(world.notFoundBody);

    expect((await call(await api("mbe"), world, "revokeConsent", { params: { consentId } })).status()).toBe(200);
    const after = await call(kim, world, "listLaneEntries", mbeEntries);
    expect(after.status()).toBe(404);
    expect(await after.text()).toBe(world.notFoundBody);
    const fileAfter = await (await call(kim, world, "getCaseFile", { params: { fileNumber: file.fileNumber } })).json();
    expect(fileAfter.lanes.map((l: { lane: string }) => l.lane)).toEqual(["ABH"]);
    expect(fileAfter.entries).toEqual([]);
  });

  test("after a revocation the receiving public body keeps no trace of the independent lane", async ({ api, world }) => {
    const file = await arrangeFile(["ABH", "MBE"]);
    const consentId = await arrangeConsent(file.id, "MBE", "KIM");
    expect((await call(await api("mbe"), world, "revokeConsent", { params: { consentId } })).status()).toBe(200);
    const res = await call(await api("kim"), world, "getCaseFile", { params: { fileNumber: file.fileNumber } });
    expect(res.status()).toBe(200);
    const json = await res.json();
    expect(json.lanes.map((l: { lane: string }) => l.lane)).toEqual(["ABH"]);
    expect(json.consents).toEqual([]);
  });

  test("public bodies do not find a person whose file has only an independent lane", async ({ api, world }) => {
    for (const role of ["abh", "soz", "kim"] as const) {
      const res = await call(await api(role), world, "searchPersons", { query: { q: world.M } });
      expect(res.status()).toBe(200);
      expect((await res.json()).results, `search as ${role}`).toEqual([]);
    }
  });

  test("a referral out of MBE without the person's consent is refused (422) and writes nothing", async ({ api, world }) => {
    const file = await arrangeFile(["ABH", "MBE"]);
    // a consent to another lane, or one already revoked, does not count either
    const toSoz = await arrangeConsent(file.id, "MBE", "SOZ");
    const revoked = await arrangeConsent(file.id, "MBE", "KIM");
    await adminDb().query(`UPDATE "Consent" SET "revokedAt" = now() WHERE id = $1`, [revoked]);
    const before = await snapshotFile(file.id);
    for (const consentId of [undefined, toSoz, revoked]) {
      const res = await call(await api("mbe"), world, "createReferral", { params: { fileNumber: file.fileNumber }, body: { toLane: "KIM", reason: "x", consentId } });
      expect(res.status(), `consent ${consentId}`).toBe(422);
      expect((await res.json()).error.code).toBe("CONSENT_REQUIRED");
    }
    expect(await snapshotFile(file.id)).toEqual(before);
  });
});
