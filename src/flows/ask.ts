/**
 * "Ask an official": the pure rules the engine applies when someone asks a person (the handoff
 * module in src/handoff keeps and passes the question on).
 */
import type { RateLimit } from "./engine-context.js";
import type { ChatState } from "./types.js";

/** Questions a chat may send a day: enough for a real problem, too few to flood an office. */
export const QUESTIONS_PER_DAY: RateLimit = { max: 5, windowMs: 86_400_000 };

/** A follow-up within this long joins the same thread; after it, a question starts a new one. */
export const THREAD_DAYS = 7;

/** Letters and digits nobody confuses when reading a code aloud (no 0/O, 1/I/L). */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A short ticket code from a random id, e.g. "H-7KQ2M". */
export function ticketCode(randomId: string): string {
  let n = 0;
  for (const ch of randomId) n = (n * 31 + ch.charCodeAt(0)) % 2 ** 40;
  let code = "";
  for (let i = 0; i < 5; i++) {
    code += ALPHABET[n % ALPHABET.length];
    n = Math.floor(n / ALPHABET.length);
  }
  return `H-${code}`;
}

/** The code of the thread a new question belongs to: the chat's recent one, or a fresh one. */
export function threadCode(state: ChatState, now: number, randomId: () => string): string {
  const [code, at] = state.tk ?? ["", 0];
  return code && now - at < THREAD_DAYS * 86_400_000 ? code : ticketCode(randomId());
}
