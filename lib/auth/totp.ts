import { generateSecret, generateURI, verify } from "otplib";
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "./password";

const ISSUER = "EineHand";
export const RECOVERY_CODE_COUNT = 10;

export const newTotpSecret = () => generateSecret();

export const totpUri = (email: string, secret: string) => generateURI({ issuer: ISSUER, label: email, secret });

/** Phones show "123 456"; people type it that way. */
const normalizeTotp = (token: string) => token.replace(/\s+/g, "");

/** Accepts the current code and one step either side (clock drift of phones). */
export async function checkTotp(secret: string, token: string): Promise<boolean> {
  const code = normalizeTotp(token);
  if (!/^\d{6}$/.test(code)) return false;
  try {
    return (await verify({ secret, token: code, epochTolerance: 30 })).valid;
  } catch {
    return false;
  }
}

/**
 * A second factor is outstanding when the deployment requires one and the user has not
 * confirmed an enrolment yet (a generated but unconfirmed secret does not count).
 */
export const totpEnrolmentOutstanding = (required: boolean, totpEnabledAt: Date | null) => required && totpEnabledAt === null;

/** "abcde-12345" however it was typed: any case, with or without the hyphen or spaces. */
export function normalizeRecoveryCode(code: string): string {
  const compact = code.replace(/[\s-]+/g, "").toLowerCase();
  return /^[0-9a-f]{10}$/.test(compact) ? `${compact.slice(0, 5)}-${compact.slice(5)}` : compact;
}

/** Ten single-use recovery codes; only their argon2 hashes are stored. */
export async function newRecoveryCodes(): Promise<{ plain: string[]; hashed: string[] }> {
  const plain = Array.from({ length: RECOVERY_CODE_COUNT }, () => normalizeRecoveryCode(randomBytes(5).toString("hex")));
  return { plain, hashed: await Promise.all(plain.map(hashPassword)) };
}

/** Returns the remaining hashes when `code` matched one, else null. */
export async function useRecoveryCode(hashed: string[], code: string): Promise<string[] | null> {
  const normalized = normalizeRecoveryCode(code);
  if (!/^[0-9a-f]{5}-[0-9a-f]{5}$/.test(normalized)) return null; // spare ten argon2 checks on junk
  for (let i = 0; i < hashed.length; i++) {
    if (await verifyPassword(hashed[i], normalized)) return hashed.filter((_, j) => j !== i);
  }
  return null;
}
