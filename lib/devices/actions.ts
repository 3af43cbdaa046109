"use server";
import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { deviceIdSchema, issueDeviceSchema } from "./schemas";
import { issueDevice } from "./issue-device";
import { revokeDevice } from "./revoke-device";

// staffAction validates, authenticates and checks "devices.manage"; the use cases check again,
// the database refuses non-admins (RLS) and every change is audited.

export const issueDeviceAction = staffAction("devices.manage", issueDeviceSchema, async (input, actor) => {
  const issued = await issueDevice(actor, input);
  refresh();
  return issued;
});

export const revokeDeviceAction = staffAction("devices.manage", deviceIdSchema, async (input, actor) => {
  await revokeDevice(actor, input.deviceId);
  refresh();
  return { revoked: true };
});
