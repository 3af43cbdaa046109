import "server-only";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import type { DeviceKind } from "@/lib/generated/prisma/enums";
import { DEVICE_COOKIE } from "./device-token";
import { findDevice, type DeviceSession } from "./find-device";

/** The device this request comes from (its cookie), at `locationId` when given, or null: for route handlers. */
export async function currentDevice(kind: DeviceKind, locationId?: string): Promise<DeviceSession | null> {
  return findDevice((await cookies()).get(DEVICE_COOKIE[kind])?.value, kind, locationId);
}

/**
 * For device pages (waiting-room display, kiosk): a paired, unrevoked device of this kind, or
 * 404 — like staff pages, a device page tells an outsider nothing, not even that it exists.
 */
export async function requireDevice(kind: DeviceKind, locationId?: string): Promise<DeviceSession> {
  const device = await currentDevice(kind, locationId);
  if (!device) notFound();
  return device;
}
