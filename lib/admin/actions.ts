"use server";
import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { createUserSchema, setLaneRetentionSchema, setUserActiveSchema, userIdSchema } from "./schemas";
import { setLaneRetention } from "./set-lane-retention";
import { createUser } from "./create-user";
import { setUserActive } from "./set-user-active";
import { resetUserTotp } from "./reset-user-totp";

// Thin wrappers: staffAction validates, authenticates and checks "admin.users"; the use cases
// check the role again (the User table has no RLS) and audit every change.

export const createUserAction = staffAction("admin.users", createUserSchema, async (input, actor) => {
  await createUser(actor, input);
  refresh();
});

export const setUserActiveAction = staffAction("admin.users", setUserActiveSchema, async (input, actor) => {
  await setUserActive(actor, input);
  refresh();
});

export const resetUserTotpAction = staffAction("admin.users", userIdSchema, async (input, actor) => {
  await resetUserTotp(actor, input);
  refresh();
});

export const setLaneRetentionAction = staffAction("retention.manage", setLaneRetentionSchema, async (input, actor) => {
  await setLaneRetention(actor, input);
  refresh();
});
