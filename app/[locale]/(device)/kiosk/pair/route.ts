import { pairDevice } from "@/lib/devices/pair-device";

export const dynamic = "force-dynamic";

/** The admin's pairing link for a kiosk (lib/devices/pair-device.ts). */
export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return pairDevice(request, params, "KIOSK", "kiosk");
}
