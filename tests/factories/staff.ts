import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { Lane, Role } from "@/lib/generated/prisma/enums";
import { admin } from "../setup/admin-db";

const INSTITUTIONS: [Lane, string, string, boolean][] = [
  ["ABH", "Ausländerbehörde", "Stadt", true],
  ["SOZ", "Amt für Soziale Integration", "Stadt", true],
  ["KIM", "Kommunales Integrationszentrum", "Stadt", true],
  ["MBE", "Migrationsberatung", "AWO", false],
  ["JMD", "Jugendmigrationsdienst", "DRK", false],
];

export async function ensureInstitutions() {
  for (const [lane, name, operator, pub] of INSTITUTIONS) {
    await admin().query(`INSERT INTO "Institution" (lane, name, operator, "publicBody") VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING`, [lane, name, operator, pub]);
  }
}

/** A real User row (so foreign keys and audit actors are genuine) and the Actor for it. */
export async function makeActor(role: Role, lane: Lane | null = null): Promise<Actor> {
  await ensureInstitutions();
  const { rows } = await admin().query(
    `INSERT INTO "User" (email, "displayName", "passwordHash", role, lane) VALUES ($1, $2, 'x', $3, $4) RETURNING id`,
    [`${role.toLowerCase()}-${randomUUID()}@test.invalid`, `${role} ${lane ?? ""}`, role, lane],
  );
  return { userId: rows[0].id, role, lane, ip: "127.0.0.1" };
}

/** One actor per staff role and lane, for authorization matrices. */
export async function makeAllActors() {
  return {
    frontDesk: await makeActor("FRONT_DESK"),
    admin: await makeActor("ADMIN"),
    steering: await makeActor("STEERING"),
    abh: await makeActor("CASEWORKER", "ABH"),
    abhLead: await makeActor("LANE_LEAD", "ABH"),
    soz: await makeActor("CASEWORKER", "SOZ"),
    kim: await makeActor("CASEWORKER", "KIM"),
    kimLead: await makeActor("LANE_LEAD", "KIM"),
    mbe: await makeActor("CASEWORKER", "MBE"),
    mbeLead: await makeActor("LANE_LEAD", "MBE"),
    jmd: await makeActor("CASEWORKER", "JMD"),
  };
}
