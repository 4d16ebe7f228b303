/**
 * How a chat's state is written in Redis: the record every active citizen keeps for 30 days, so its
 * size is the bot's memory per person (issue 14). The engine works on readable names (ChatState);
 * the stored form uses one- or two-letter names, 1 for true, base-36 milliseconds for times and
 * leaves out what it can infer: a quarter smaller than the plain JSON (half for a Zalo chat, whose
 * event ids are long). Records of the older shape (plain names, `"v":1`) are still read, so an
 * upgrade needs no migration: each chat is rewritten compactly on its next update.
 */
import { createHash } from "node:crypto";
import type { ChatState } from "./types.js";

/** Stored name of each field. Adding a field to ChatState means adding it here (typechecked). */
const SHORT: Record<Exclude<keyof ChatState, "v">, string> = {
  seq: "q",
  lang: "l",
  unit: "n",
  remind: "r",
  remindAt: "ra",
  stats: "s",
  statsAt: "sa",
  statsV: "sv",
  flow: "f",
  fv: "fv",
  step: "p",
  hist: "h",
  pf: "pf",
  d: "d",
  vars: "x",
  sid: "i",
  t0: "t",
  at: "a",
  resume: "rs",
  ask: "k",
  tk: "tk",
  qs: "qs",
  miss: "m",
  fl: "fl",
  op: "op",
  ps: "ps",
  u: "u",
};
const LONG = new Map(Object.entries(SHORT).map(([long, short]) => [short, long]));

/** Instants (unix ms), written in base 36: 8 characters instead of 13 digits. */
const TIMES = new Set<string>(["remindAt", "statsAt", "at"]);
const FLAGS = new Set<string>(["remind", "stats", "resume", "ask"]);

export function encodeState(state: ChatState): string {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(state)) {
    if (name === "v" || value === undefined) continue;
    const short = SHORT[name as keyof typeof SHORT];
    if (!short) continue; // a field no longer known is dropped, not kept forever
    out[short] = encodeField(name, value, state);
  }
  return JSON.stringify(out);
}

function encodeField(name: string, value: unknown, state: ChatState): unknown {
  if (TIMES.has(name) && typeof value === "number") return value.toString(36);
  if (FLAGS.has(name) && typeof value === "boolean") return value ? 1 : 0;
  if (name === "u" && Array.isArray(value)) return value.join(" ");
  // The session's start and its last step were shortly before the last activity: written as how long before.
  if (name === "t0" && typeof value === "number") return before(state, value);
  if (name === "ps" && Array.isArray(value)) {
    // Counted under the chat's own commune almost always: then the commune is not repeated.
    const [move, at, unit] = value as NonNullable<ChatState["ps"]>;
    return unit === (state.unit ?? null) ? [move, before(state, at)] : [move, before(state, at), unit];
  }
  return value;
}

/** The state a stored record holds, or null for one that is corrupt or of an unknown shape. */
export function decodeState(json: string): ChatState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return null;
  const record = raw as Record<string, unknown>;
  if (record.v === 1) return typeof record.seq === "number" ? (record as unknown as ChatState) : null; // the older, plain shape
  if (typeof record.q !== "number") return null;
  const at = typeof record.a === "string" ? parseInt(record.a, 36) : NaN;
  if (!Number.isFinite(at)) return null;
  const state: Record<string, unknown> = { v: 1 };
  for (const [short, value] of Object.entries(record)) {
    const name = LONG.get(short);
    if (name) state[name] = decodeField(name, value, at);
  }
  if (Array.isArray(state.ps)) {
    const [move, reached, unit] = state.ps as [unknown, unknown, unknown];
    state.ps = [move, typeof reached === "string" ? at - parseInt(reached, 36) : reached, unit === undefined ? (state.unit ?? null) : unit];
  }
  return state as unknown as ChatState;
}

const before = (state: ChatState, time: number) => (state.at - time).toString(36);

function decodeField(name: string, value: unknown, at: number): unknown {
  if (TIMES.has(name) && typeof value === "string") return parseInt(value, 36);
  if (name === "t0" && typeof value === "string") return at - parseInt(value, 36);
  if (FLAGS.has(name) && typeof value === "number") return value === 1;
  if (name === "u" && typeof value === "string") return value.split(" ");
  return value;
}

/**
 * What a chat remembers of an update it handled: a short digest, not the id itself (a Zalo event id
 * is 30 to 50 characters and names the person). 48 bits: among the four kept, a false "already
 * handled" is a one in 70 trillion chance.
 */
export function updateMark(updateId: string): string {
  return createHash("sha256").update(updateId).digest("base64url").slice(0, 8);
}
