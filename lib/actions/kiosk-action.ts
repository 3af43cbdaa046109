import "server-only";
import type { z } from "zod";
import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { AppError, toAppError } from "@/lib/errors";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation";
import { DEVICE_COOKIE } from "@/lib/devices/device-token";
import { findDevice } from "@/lib/devices/find-device";
import type { KioskContext } from "@/lib/queue/kiosk-context";
import type { ActionResult } from "./action-result";

/**
 * The kiosk behind a device token: an unrevoked KIOSK device (a display's token is refused).
 * Every refusal is the same NOT_FOUND, like device pages: an outsider learns nothing.
 */
export async function authenticateKiosk(token: string | null | undefined): Promise<KioskContext> {
  const device = await findDevice(token, "KIOSK");
  if (!device) throw new AppError("NOT_FOUND", "no paired kiosk", { messageKey: "kiosk:error.notPaired" });
  return { deviceId: device.id, locationId: device.locationId };
}

type Handler<S extends z.ZodType, T> = (input: z.output<S>, kiosk: KioskContext) => Promise<T>;

/** validate → authenticate the kiosk by its token → delegate; errors become translated form state. */
export async function runKioskAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>, token: string | null | undefined, input: FormData | z.input<S>): Promise<ActionResult<T>> {
  try {
    const parsed = schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
    if (!parsed.success) return { ok: false, code: "VALIDATION", messageKey: "errors:validation", fieldErrors: fieldErrorsOf(parsed.error) };
    return { ok: true, data: await handler(parsed.data, await authenticateKiosk(token)) };
  } catch (e) {
    unstable_rethrow(e);
    const err = toAppError(e);
    if (err.code === "INTERNAL") console.error(e);
    return { ok: false, code: err.code, messageKey: err.messageKey, fieldErrors: err.fieldErrors };
  }
}

/**
 * The only way to write a kiosk Server Action: like publicAction, but the caller must be a
 * paired kiosk (its httpOnly device cookie); the use case then runs in the kiosk's context at
 * the device's own location. Usable with useActionState.
 */
export function kioskAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>) {
  return async (_previous: unknown, input: FormData | z.input<S>): Promise<ActionResult<T>> =>
    runKioskAction(schema, handler, (await cookies()).get(DEVICE_COOKIE.KIOSK)?.value, input);
}
