import type { ErrorCode } from "@/lib/errors";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; messageKey: string; fieldErrors?: Record<string, string[]> };
