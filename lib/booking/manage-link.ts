import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * The link in the confirmation e-mail/SMS, on the receipt and in the QR code opens the booking
 * without typing the date of birth. Code + date of birth are the key to a booking (and what
 * row-level security checks in withBookingContext), so the link carries both — encrypted:
 * the date of birth must not appear in URLs, proxy logs or browser history.
 *
 * Token = base64url(version ‖ 12-byte IV ‖ AES-256-GCM(code|birthDate) ‖ 16-byte tag). GCM
 * authenticates: a changed character gives null, never another booking. The key is derived
 * from AUTH_SECRET (HKDF-SHA-256 with its own label, so it never doubles as a key Auth.js or
 * the challenge signer uses); rotating AUTH_SECRET invalidates old links, the code + date of
 * birth form still works. Tokens do not expire: they open only one booking, the same the person
 * can open with what is printed on the receipt.
 */
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const LABEL = "einehand/manage-link/v1";

// Only for development and tests without AUTH_SECRET: stable, and refused in production.
const DEVELOPMENT_SECRET = "einehand-development-manage-link-key";

const isProduction = () => process.env.NODE_ENV === "production" && process.env.EINEHAND_DEMO !== "1";

function linkKey(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret && isProduction()) throw new Error("Booking links need AUTH_SECRET (at least 32 random characters)");
  return Buffer.from(hkdfSync("sha256", secret || DEVELOPMENT_SECRET, "", LABEL, 32));
}

export function manageToken(code: string, birthDate: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", linkKey(), iv);
  const body = Buffer.concat([cipher.update(`${code}|${birthDate}`, "utf8"), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, body, cipher.getAuthTag()]).toString("base64url");
}

/** Code and date of birth from a token; null for anything forged, truncated or from another key. */
export function readManageToken(token: string | null | undefined): { code: string; birthDate: string } | null {
  if (!token || token.length > 200 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const raw = Buffer.from(token, "base64url");
  // only the canonical encoding: a changed padding bit in the last character must not pass either
  if (raw.toString("base64url") !== token) return null;
  if (raw.length <= 1 + IV_BYTES + TAG_BYTES || raw[0] !== VERSION) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", linkKey(), raw.subarray(1, 1 + IV_BYTES));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(raw.subarray(1 + IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString("utf8");
    const m = /^([^|]+)\|(\d{4}-\d{2}-\d{2})$/.exec(plain);
    return m ? { code: m[1], birthDate: m[2] } : null;
  } catch {
    return null;
  }
}

/**
 * Where the portal is reachable from outside (links in e-mails, SMS, PDFs, QR codes):
 * PUBLIC_BASE_URL, e.g. https://termine.example-stadt.de; default http://localhost:$PORT.
 */
export function publicBaseUrl(): string {
  const explicit = process.env.PUBLIC_BASE_URL?.trim();
  return (explicit || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

const tokenQuery = (token: string) => `t=${encodeURIComponent(token)}`;

/** The manage page with the booking opened (cancel, reschedule, files). */
export function manageUrl(baseUrl: string, locale: string, code: string, birthDate: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/${locale}/booking?code=${encodeURIComponent(code)}&${tokenQuery(manageToken(code, birthDate))}`;
}

export const calendarPath = (locale: string, code: string, token: string) =>
  `/${locale}/booking/${encodeURIComponent(code)}/calendar.ics?${tokenQuery(token)}`;

export const receiptPath = (locale: string, code: string, token: string) =>
  `/${locale}/booking/${encodeURIComponent(code)}/receipt.pdf?${tokenQuery(token)}`;
