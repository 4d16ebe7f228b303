/**
 * Authenticity codes: each broadcast (and each weekly reminder) carries a short random code in its
 * footer. A citizen who doubts a message sends `/kiemtra CODE` or forwards it to the bot, which
 * looks the code up: scammers copying the style of an official message cannot guess a live code.
 */
import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L: codes are read aloud and typed on small phones by elderly people. */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LENGTH = 6;

/** A fresh code like "TB-7KQ2M9" (about 30 bits, far beyond guessing through the bot). */
export function newAuthCode(): string {
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `TB-${code}`;
}

const CODE_IN_TEXT = new RegExp(`\\bTB-?([${ALPHABET}]{${LENGTH}})\\b`, "i");

/**
 * Finds a code in what a citizen typed or forwarded, forgiving case and a missing dash
 * ("tb7kq2m9"); returns it in canonical form or null.
 */
export function findAuthCode(text: string): string | null {
  const m = CODE_IN_TEXT.exec(text.toUpperCase());
  return m ? `TB-${m[1]}` : null;
}
