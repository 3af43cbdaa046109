import type { DeviceKind } from "@/lib/generated/prisma/enums";

/** Where a device of each kind is paired (/<lang>/<home>/pair?token=…) and then lands. */
export const DEVICE_HOME: Record<DeviceKind, string> = { DISPLAY: "display", KIOSK: "kiosk" };
