import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { admin, asAppRole } from "../setup/admin-db";
import { makeCaseFile } from "../factories/case-file";
import { makeActor } from "../factories/staff";
import type { Actor } from "@/lib/auth/actor";
import type { Lane } from "@/lib/generated/prisma/enums";
import { getSteeringFigures, lastMonths } from "@/lib/steering/get-figures";

/** Files in one district with the given lanes open (arranged directly, like the other factories). */
async function filesIn(district: string, lanes: Lane[], n: number) {
  for (let i = 0; i < n; i++) {
    const f = await makeCaseFile({ lanes });
    await admin().query(`UPDATE "Person" SET district = $2 WHERE id = $1`, [f.personId, district]);
  }
}

async function requests(topic: string, routes: Lane[], n: number, opts: { createdById?: string; monthsAgo?: number } = {}) {
  for (let i = 0; i < n; i++) {
    const f = await makeCaseFile();
    const { rows } = await admin().query(
      `INSERT INTO "Request" ("caseFileId", channel, topic, "createdById", "createdAt")
       VALUES ($1, 'COUNTER', $2, $3, now() - make_interval(months => $4)) RETURNING id`,
      [f.caseFileId, topic, opts.createdById ?? null, opts.monthsAgo ?? 0],
    );
    for (const lane of routes) {
      await admin().query(`INSERT INTO "RequestRoute" ("requestId", "caseFileId", lane) VALUES ($1, $2, $3)`, [rows[0].id, f.caseFileId, lane]);
    }
  }
}

const rawLanes = async (district: string) =>
  (await asAppRole<{ lane: string; n: number }>({ role: "STEERING" }, `SELECT lane, n FROM steering_open_lanes_by_district() WHERE district = $1 ORDER BY lane`, [district])).rows;
const rawTopic = async (topic: string) =>
  (await asAppRole<{ month: string; n: number }>({ role: "STEERING" }, `SELECT month, n FROM steering_requests_by_topic_month(6) WHERE topic = $1`, [topic])).rows;

const tag = randomUUID().slice(0, 8);
const D = { mixed: `Mitte-${tag}`, small: `Rhynern-${tag}`, counselling: `Heessen-${tag}` };
const T = { mixed: `KIM_AND_MBE_${tag}`, mbeOnly: `MBE_ONLY_${tag}`, jmdOnly: `JMD_ONLY_${tag}`, desk: `AT_DESK_${tag}`, fromMbe: `FROM_MBE_${tag}`, small: `RARE_${tag}`, old: `OLD_${tag}` };
let steering: Actor;

beforeAll(async () => {
  steering = await makeActor("STEERING");
  const mbeStaff = await makeActor("CASEWORKER", "MBE");
  // district "mixed": 6 ABH, 2 SOZ — and 6 MBE, 6 JMD lanes that must never be counted
  await filesIn(D.mixed, ["ABH"], 4);
  await filesIn(D.mixed, ["ABH", "SOZ", "MBE"], 2);
  await filesIn(D.mixed, ["MBE"], 4);
  await filesIn(D.mixed, ["JMD"], 6);
  await filesIn(D.small, ["KIM"], 3);
  await filesIn(D.counselling, ["MBE", "JMD"], 7);
  await requests(T.mixed, ["KIM", "MBE"], 6);
  await requests(T.mbeOnly, ["MBE"], 6);
  await requests(T.jmdOnly, ["JMD", "MBE"], 6);
  await requests(T.desk, [], 5);
  await requests(T.fromMbe, [], 6, { createdById: mbeStaff.userId });
  await requests(T.small, ["ABH"], 3);
  await requests(T.old, ["ABH"], 6, { monthsAgo: 7 });
});

describe("steering functions (SECURITY DEFINER)", () => {
  it("count only the public lanes ABH, SOZ, KIM", async () => {
    expect(await rawLanes(D.mixed)).toEqual([{ lane: "ABH", n: 6 }, { lane: "SOZ", n: 2 }]);
    expect(await rawLanes(D.counselling)).toEqual([]);
  });

  it("count requests a public body may see, never those routed only to MBE/JMD", async () => {
    const month = lastMonths(1)[0];
    expect(await rawTopic(T.mixed)).toEqual([{ month, n: 6 }]);
    expect(await rawTopic(T.desk)).toEqual([{ month, n: 5 }]);
    expect(await rawTopic(T.mbeOnly)).toEqual([]);
    expect(await rawTopic(T.jmdOnly)).toEqual([]);
    expect(await rawTopic(T.fromMbe)).toEqual([]); // unrouted, but recorded by an independent service
    expect(await rawTopic(T.old)).toEqual([]); // outside the six months
  });

  it("refuse every role but STEERING, and STEERING still reads no case table", async () => {
    for (const role of ["ADMIN", "FRONT_DESK", "CASEWORKER", ""]) {
      await expect(asAppRole({ role, lane: role === "CASEWORKER" ? "ABH" : null }, `SELECT * FROM steering_open_lanes_by_district()`)).rejects.toThrow(/not allowed/);
      await expect(asAppRole({ role }, `SELECT * FROM steering_requests_by_topic_month(6)`)).rejects.toThrow(/not allowed/);
    }
    for (const table of ["Person", "CaseFile", "CaseLane", "Request", "RequestRoute", "LaneEntry"]) {
      const { rows } = await asAppRole<{ n: number }>({ role: "STEERING" }, `SELECT count(*)::int AS n FROM "${table}"`);
      expect(rows[0].n).toBe(0);
    }
  });
});

describe("getSteeringFigures", () => {
  it("has columns for the public lanes only and suppresses cells below 5", async () => {
    const { openLanes } = await getSteeringFigures(steering);
    expect(openLanes.columns).toEqual(["ABH", "SOZ", "KIM"]);
    const i = openLanes.rows.indexOf(D.mixed);
    expect(i).toBeGreaterThanOrEqual(0);
    // SOZ 2 and KIM 0 are small; ABH 6 must go too, or the row total 8 would give SOZ away
    expect(openLanes.cells[i]).toEqual([{ hidden: "secondary" }, { hidden: "small" }, { hidden: "small" }]);
    expect([{ value: 8 }, { hidden: "secondary" }]).toContainEqual(openLanes.rowTotals[i]);
  });

  it("never names a district or topic with fewer than 5 cases, nor one known only to MBE/JMD", async () => {
    const { openLanes, requests: byTopic } = await getSteeringFigures(steering);
    expect(openLanes.rows).not.toContain(D.small);
    expect(openLanes.rows).not.toContain(D.counselling);
    for (const topic of [T.small, T.mbeOnly, T.jmdOnly, T.fromMbe, T.old]) expect(byTopic.rows).not.toContain(topic);
  });

  it("publishes requests per topic and month for the last six months", async () => {
    const { requests: byTopic, months } = await getSteeringFigures(steering);
    expect(byTopic.columns).toEqual(months);
    expect(months).toHaveLength(6);
    const i = byTopic.rows.indexOf(T.mixed);
    // five empty months are small (0), so the one month with 6 is hidden as well
    expect(byTopic.cells[i]).toEqual([...Array(5).fill({ hidden: "small" }), { hidden: "secondary" }]);
    expect([{ value: 6 }, { hidden: "secondary" }]).toContainEqual(byTopic.rowTotals[i]);
  });

  it("audits the view without case file or lane", async () => {
    await getSteeringFigures(steering);
    const { rows } = await admin().query(`SELECT "caseFileId", lane FROM "AuditEvent" WHERE "actorId" = $1 AND action = 'steering.figures.read'`, [steering.userId]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.caseFileId === null && r.lane === null)).toBe(true);
  });
});

describe("lastMonths", () => {
  it("counts back across a year boundary in Berlin time", () => {
    expect(lastMonths(3, new Date("2026-01-31T23:30:00Z"))).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(lastMonths(3, new Date("2026-02-15T12:00:00Z"))).toEqual(["2025-12", "2026-01", "2026-02"]);
  });
});
