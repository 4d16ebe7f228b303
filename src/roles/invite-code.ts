/**
 * Invitation codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as
 * ABCD-EFGH so they are easy to read aloud and type on a phone. 31^8 ≈ 8.5·10^11 codes, drawn with
 * a cryptographic generator; with codes living 48 hours and failed attempts limited per user
 * (invitations.ts), guessing one is hopeless.
 */
import { randomInt } from "node:crypto";

export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 8;

export function newInviteCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** ABCDEFGH → ABCD-EFGH. */
export function displayCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * Reads a typed code: any case, with spaces or dashes anywhere. Returns null when the text cannot
 * be a code, so no Redis lookup (nor failed-attempt count) is spent on a typo like a missing letter.
 */
export function normalizeCode(text: string): string | null {
  const code = text.toUpperCase().replace(/[\s-]+/g, "");
  if (code.length !== CODE_LENGTH) return null;
  return [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}
