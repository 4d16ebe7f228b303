/**
 * Checks on free text: refusing secrets before anything is stored, and the named validators that
 * question steps use.
 */
import type { ValidatorName } from "./schema.js";

/**
 * Recognises text that looks like a secret: a 12-digit ID-card number (or the old 9-digit one), a
 * 4-8 digit code on its own (an OTP or passcode), or a password-like token. Such text is never
 * stored; the user is warned instead.
 */
export function looksSensitive(text: string): boolean {
  const compact = text.replace(/[\s.-]/g, "");
  if (/(?<!\d)\d{12}(?!\d)/.test(compact) || /(?<!\d)\d{9}(?!\d)/.test(compact)) {
    // A phone number (0 + 9 digits) is 10 digits and does not match; an ID number does.
    return true;
  }
  const trimmed = text.trim();
  if (/^(otp|ma|mã|code|pass|mk|mat khau|mật khẩu)?\s*[:=]?\s*\d{4,8}$/i.test(trimmed)) return true;
  // Password-like: one token of 8-20 characters mixing upper case, lower case, a digit and a symbol.
  return /^(?=\S*[a-z])(?=\S*[A-Z])(?=\S*\d)(?=\S*[^\w\s])\S{8,20}$/.test(trimmed);
}

type Validator = (text: string) => string | null;

/** Each validator returns the normalised value to keep, or null when the answer is malformed. */
export const validators: Record<ValidatorName, Validator> = {
  // Dossier codes mix letters, digits, dots and dashes, e.g. "H62.22-250101-0001".
  dossier_code: (text) => {
    const code = text.trim().toUpperCase();
    return /^[A-Z0-9][A-Z0-9.\-/]{6,38}[A-Z0-9]$/.test(code) && /[-./]/.test(code) ? code : null;
  },
  date: (text) => {
    const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
    if (!m) return null;
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    const valid = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2100;
    return valid ? `${String(d).padStart(2, "0")}/${String(mo).padStart(2, "0")}/${y}` : null;
  },
  number: (text) => (/^\s*\d{1,6}\s*$/.test(text) ? text.trim() : null),
  any_text: (text) => {
    const t = text.trim();
    return t.length >= 1 && t.length <= 200 ? t : null;
  },
};
