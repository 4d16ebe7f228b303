/**
 * Checks on free text: refusing secrets before anything is stored, and the named validators that
 * question steps use.
 */
import type { ValidatorName } from "./schema.js";

/**
 * Recognises text that holds a secret, alone or inside a sentence:
 * - an ID-card number: 12 digits (or the old 9), possibly typed in groups ("079 123 456 789");
 * - a one-time or pass code: 4-8 digits alone, or named ("mã OTP của tôi là 123456", "mã là 482913");
 * - a password: named ("mật khẩu là Abc@12345", "mk: abc123xyz", "pass abc123"), or one token
 *   mixing upper case, lower case, a digit and a symbol.
 * Reference codes that mix letters and digits ("000.00.12.H62-250101-0001") are not secrets. Such
 * text is never stored; the user is warned instead. Expects text through `normalizeInput`.
 */
export function looksSensitive(text: string): boolean {
  const words = text.trim().toLowerCase().split(/\s+/u).filter(Boolean);
  if (hasIdNumber(words)) return true;
  if (words.length === 1 && /^\d{4,8}$/.test(stripPunctuation(words[0]!))) return true;
  const named = namedSecret(words);
  if (named) return true;
  // Password-like: one token of 8-20 characters mixing upper case, lower case, a digit and a symbol.
  return /^(?=\S*[a-z])(?=\S*[A-Z])(?=\S*\d)(?=\S*[^\w\s])\S{8,20}$/.test(text.trim());
}

const stripPunctuation = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
/** A word made of digits only, maybe grouped with dots or dashes ("079.123.456.789"). */
const digitGroup = (word: string) => /^\d+(?:[.-]\d+)*$/.test(word);

/**
 * Consecutive all-digit words, joined, hold exactly 9 or 12 digits. A word with a letter in it (a
 * dossier code) breaks the run; a phone number (10 digits) or a year does not match.
 */
function hasIdNumber(words: string[]): boolean {
  let run = "";
  for (const raw of [...words, ""]) {
    const word = stripPunctuation(raw);
    if (word && digitGroup(word)) {
      run += word.replace(/\D/g, "");
      continue;
    }
    if (run.length === 12 || run.length === 9) return true;
    run = "";
  }
  return false;
}

/** Words that name a code (OTP, passcode) or a password, as people type them, with or without diacritics. */
const CODE_WORDS = new Set(["otp", "passcode", "pin", "mã", "ma", "code"]);
/** After a plain "mã"/"code" only a 6-digit code counts (VNeID's OTP and passcode): "ma tui sinh 1950" is "my mother". */
const PLAIN_CODE_WORDS = new Set(["mã", "ma", "code"]);
const PASSWORD_WORDS = ["mật khẩu", "mat khau", "mật mã", "mat ma", "password", "pass", "mk", "pw", "matkhau"];
/** How far after the naming word the secret may come ("mã OTP của tôi là 123456": 4 words). */
const NAMED_REACH = 5;

function namedSecret(words: string[]): boolean {
  const clean = words.map(stripPunctuation);
  for (let i = 0; i < clean.length; i++) {
    const two = `${clean[i]} ${clean[i + 1] ?? ""}`;
    const password = PASSWORD_WORDS.find((w) => w === clean[i] || w === two);
    const code = CODE_WORDS.has(clean[i]!);
    if (!password && !code) continue;
    const digits = PLAIN_CODE_WORDS.has(clean[i]!) ? /^\d{6}$/ : /^\d{4,8}$/;
    const from = i + (password?.includes(" ") ? 2 : 1);
    for (const word of clean.slice(from, from + NAMED_REACH)) {
      if (digits.test(word)) return true;
      // A password: 6-32 characters with a digit or a symbol, and no dossier-code punctuation.
      if (password && /^(?=.*[^\p{L}])\S{6,32}$/u.test(word) && !/[.-]/.test(word)) return true;
    }
  }
  return false;
}

type Validator = (text: string) => string | null;

/** Each validator returns the normalised value to keep, or null when the answer is malformed. */
export const validators: Record<ValidatorName, Validator> = {
  // Dossier codes mix letters, digits, dots and dashes, e.g. "H62.22-250101-0001".
  // Typed alone or in a sentence ("mã hồ sơ H62.22-250101-0001"): the first word shaped like one.
  dossier_code: (text) => {
    for (const word of text.trim().toUpperCase().split(/\s+/)) {
      const code = word.replace(/^[^A-Z0-9]+|[^A-Z0-9]+$/g, "");
      if (/^[A-Z0-9][A-Z0-9.\-/]{6,38}[A-Z0-9]$/.test(code) && /[-./]/.test(code) && /\d/.test(code)) return code;
    }
    return null;
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
