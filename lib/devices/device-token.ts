import { createHash, randomBytes } from "node:crypto";
import type { DeviceKind } from "@/lib/generated/prisma/enums";

/**
 * A device token: 32 random bytes (base64url), shown to the admin once. Only its SHA-256 is
 * stored — a leaked database copy does not sign in a device; a fast hash is right here because
 * the token has 256 bits of entropy (nothing to brute-force, unlike a password).
 */
export const newDeviceToken = () => randomBytes(32).toString("base64url");

export const hashDeviceToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** The httpOnly cookie that carries a device's token, one per kind (a display and a kiosk may share a browser in testing). */
export const DEVICE_COOKIE: Record<DeviceKind, string> = { DISPLAY: "einehand_display", KIOSK: "einehand_kiosk" };

/** Tokens are base64url; anything else is refused before touching the database. */
export const plausibleToken = (token: string | null | undefined): token is string => !!token && /^[A-Za-z0-9_-]{16,128}$/.test(token);
