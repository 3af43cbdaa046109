import { z } from "@/lib/validation";
import { DeviceKind } from "@/lib/generated/prisma/enums";

export const issueDeviceSchema = z.object({
  kind: z.enum(DeviceKind),
  locationId: z.uuid(),
  name: z.string().trim().min(1).max(80),
});
export type IssueDeviceInput = z.infer<typeof issueDeviceSchema>;

export const deviceIdSchema = z.object({ deviceId: z.uuid() });
