import type { Lane, Role } from "@/lib/generated/prisma/enums";

/** The signed-in staff member as every use case sees them. */
export type Actor = {
  userId: string;
  role: Role;
  lane: Lane | null;
  ip?: string;
};

export const PUBLIC_LANES = ["ABH", "SOZ", "KIM"] as const satisfies readonly Lane[];
export const INDEPENDENT_LANES = ["MBE", "JMD"] as const satisfies readonly Lane[];
export const ALL_LANES = [...PUBLIC_LANES, ...INDEPENDENT_LANES] as const;

export const isIndependentLane = (lane: Lane) => (INDEPENDENT_LANES as readonly Lane[]).includes(lane);

/** The lane an actor works in; use cases for lane work call this instead of trusting input. */
export function actorLane(actor: Actor): Lane {
  if (!actor.lane) throw new Error("actor has no lane");
  return actor.lane;
}
