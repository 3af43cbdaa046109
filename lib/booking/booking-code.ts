import { randomInt } from "node:crypto";

/**
 * Booking codes are read aloud at the counter, typed on phones and printed on slips: 8
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown in two groups
 * ("K7M2-QX9P"). 31^8 ≈ 8.5·10^11 codes; together with the date of birth they are the only
 * key to a booking, so they come from the operating system's CSPRNG.
 */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LENGTH = 8;

export function newBookingCode(): string {
  let raw = "";
  for (let i = 0; i < LENGTH; i++) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

/**
 * The stored form of what a person typed: case, spaces and dashes do not matter. Returns null
 * when it cannot be a code (the caller answers NOT_FOUND, as for an unknown code).
 */
export function normalizeBookingCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s\-–—_.]/g, "");
  if (raw.length !== LENGTH || [...raw].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}
