import { generateSecret, generateURI, verify } from "otplib";
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "./password";

const ISSUER = "EineHand";

export const newTotpSecret = () => generateSecret();

export const totpUri = (email: string, secret: string) => generateURI({ issuer: ISSUER, label: email, secret });

/** Accepts the current code and one step either side (clock drift of phones). */
export async function checkTotp(secret: string, token: string): Promise<boolean> {
  if (!/^\d{6}$/.test(token)) return false;
  try {
    return (await verify({ secret, token, epochTolerance: 30 })).valid;
  } catch {
    return false;
  }
}

/** Ten single-use recovery codes; only their argon2 hashes are stored. */
export async function newRecoveryCodes(): Promise<{ plain: string[]; hashed: string[] }> {
  const plain = Array.from({ length: 10 }, () => randomBytes(5).toString("hex").replace(/(.{5})/, "$1-"));
  return { plain, hashed: await Promise.all(plain.map(hashPassword)) };
}

/** Returns the remaining hashes when `code` matched one, else null. */
export async function useRecoveryCode(hashed: string[], code: string): Promise<string[] | null> {
  const normalized = code.trim().toLowerCase();
  for (let i = 0; i < hashed.length; i++) {
    if (await verifyPassword(hashed[i], normalized)) return hashed.filter((_, j) => j !== i);
  }
  return null;
}
