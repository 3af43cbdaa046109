import { z } from "@/lib/validation";
import { Lane, Role } from "@/lib/generated/prisma/enums";

export const MIN_PASSWORD_LENGTH = 12;

/** Roles that work in one institution's lane and therefore need one. */
export const LANE_ROLES: readonly Role[] = ["CASEWORKER", "LANE_LEAD"];

const email = z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), z.email().max(200));
const optionalLane = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(Lane).optional());

export const createUserSchema = z
  .object({
    email,
    displayName: z.string().trim().min(1).max(120),
    role: z.enum(Role),
    lane: optionalLane,
    password: z.string().min(MIN_PASSWORD_LENGTH, { error: "admin:error.passwordLength" }).max(500),
  })
  .superRefine((v, ctx) => {
    const needsLane = LANE_ROLES.includes(v.role);
    if (needsLane && !v.lane) ctx.addIssue({ code: "custom", path: ["lane"], message: "admin:error.laneRequired" });
    if (!needsLane && v.lane) ctx.addIssue({ code: "custom", path: ["lane"], message: "admin:error.laneNotAllowed" });
  });
export type CreateUserInput = z.output<typeof createUserSchema>;

export const setUserActiveSchema = z.object({
  userId: z.uuid(),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type SetUserActiveInput = z.output<typeof setUserActiveSchema>;

export const userIdSchema = z.object({ userId: z.uuid() });
export type UserIdInput = z.output<typeof userIdSchema>;

/** Months after a lane is closed until it is deleted (DESIGN.md rule 8): 1 month to 50 years. */
export const setLaneRetentionSchema = z.object({
  lane: z.enum(Lane),
  months: z.coerce.number({ error: "admin:error.retentionMonths" }).int({ error: "admin:error.retentionMonths" })
    .min(1, { error: "admin:error.retentionMonths" }).max(600, { error: "admin:error.retentionMonths" }),
});
export type SetLaneRetentionInput = z.output<typeof setLaneRetentionSchema>;
