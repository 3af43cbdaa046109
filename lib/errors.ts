/**
 * The one error type. `code` is stable (API clients and tests rely on it), `messageKey` is an
 * i18next key shown to users, `message` is for logs only. Converted to HTTP/UI only at the edge.
 */
export const ERROR_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404, // also what outsiders get instead of 403 (DESIGN.md rule 5)
  CONFLICT: 409,
  CONSENT_REQUIRED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const DEFAULT_KEYS: Record<ErrorCode, string> = {
  VALIDATION: "errors:validation",
  UNAUTHENTICATED: "errors:unauthenticated",
  NOT_FOUND: "errors:notFound",
  CONFLICT: "errors:conflict",
  CONSENT_REQUIRED: "errors:consentRequired",
  RATE_LIMITED: "errors:rateLimited",
  INTERNAL: "errors:internal",
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: ErrorCode, message?: string, opts: { messageKey?: string; fieldErrors?: Record<string, string[]> } = {}) {
    super(message ?? code);
    this.code = code;
    this.messageKey = opts.messageKey ?? DEFAULT_KEYS[code];
    this.fieldErrors = opts.fieldErrors;
  }

  get status() {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = "resource") => new AppError("NOT_FOUND", `${what} not found or not visible`);

/**
 * Unique/foreign-key checks ignore row-level security, so their messages can reveal rows the
 * caller cannot see: map them to generic codes without the database's text.
 */
export function fromDatabaseError(e: unknown): AppError | undefined {
  const code = (e as { code?: string })?.code ?? (e as { cause?: { code?: string } })?.cause?.code;
  const text = String((e as Error)?.message ?? "");
  if (code === "P2002" || code === "23505" || text.includes("23505")) return new AppError("CONFLICT", "unique violation");
  if (code === "P2003" || code === "23503" || text.includes("23503")) return new AppError("NOT_FOUND", "foreign key violation");
  if (code === "42501" || text.includes("row-level security")) return new AppError("NOT_FOUND", "denied by row-level security");
  return undefined;
}

export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  return fromDatabaseError(e) ?? new AppError("INTERNAL", (e as Error)?.message ?? String(e));
}
