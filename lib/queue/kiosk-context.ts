import "server-only";
import { db, type Tx } from "@/lib/db";

/** A kiosk device signed in with its device token: which device, and where it stands. */
export type KioskContext = { deviceId: string; locationId: string };

const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/**
 * Runs `fn` in one transaction in the kiosk context (migration 20261201040000_queue): no staff
 * user, app.role = 'KIOSK', app.kiosk_location = the device's location. The kiosk reads no
 * tickets or bookings itself; the SECURITY DEFINER functions issue_walk_in_ticket,
 * check_in_booking and issued_ticket_view act for it, at its location only.
 */
export function withKioskContext<T>(kiosk: KioskContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.user_id', '', true), set_config('app.role', 'KIOSK', true),
      set_config('app.lane', '', true), set_config('app.kiosk_location', ${kiosk.locationId}, true),
      set_config('app.kiosk_device', ${kiosk.deviceId}, true)`;
    return fn(tx);
  }, TX_OPTIONS);
}
