/**
 * The session log: every completed guidance session, recorded exactly once.
 *
 * One Lua script does it atomically: a once-marker keyed by the session id, a stream entry with
 * the session's fields, and counters per unit, outcome and local day (plus per field, procedure,
 * channel and assisted). Reports then read counters, O(units × days), never the whole history.
 *
 * Counters count one completion per person, guide and Vietnamese day: walking a filing guide to
 * the end fifteen times is one filing in officials' figures (a second marker, kept two days). The
 * repeat is still in the stream, marked `counted=0`.
 */
import type { Redis } from "ioredis";
import { LuaScript } from "../redis/lua-script.js";
import type { CompletedSession } from "../flows/types.js";
import { localDay } from "./local-day.js";

export type Channel = "telegram" | "zalo" | "zalo-bot" | "web";

export interface SessionEntry extends CompletedSession {
  channel: Channel;
  /**
   * Keyed hash of the user (see user-hash.ts), never a raw id; only with the person's consent to
   * anonymous statistics. Without it the completion is counted once per session, and the entry
   * carries no pseudonym.
   */
  user?: string;
}

/** Unit recorded for users who never chose a commune. */
export const UNKNOWN_UNIT = "-";
/** Once-markers outlive any redelivery or retry by far. */
const ONCE_TTL_SECONDS = 400 * 24 * 3600;
/** The person's last day per guide only has to outlive that day. */
const DAILY_TTL_SECONDS = 2 * 24 * 3600;
/**
 * Stream entries (one per session, with the person's pseudonym) are trimmed after this long; the
 * per-day counters that reports read are aggregates and stay.
 */
export const SESSION_STREAM_RETENTION_DAYS = 180;

const recordScript = LuaScript.load("stats/lua/record-session-4.lua");

export class SessionLog {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
  }

  get streamKey(): string {
    return `${this.prefix}stats:sessions`;
  }

  dayKey(day: string): string {
    return `${this.prefix}stats:day:${day}`;
  }

  /** Counter fields of one session: the main one is `<unit>|<outcome>`; the rest are breakdowns. */
  static counterFields(entry: SessionEntry): string[] {
    const base = `${entry.unit ?? UNKNOWN_UNIT}|${entry.outcome}`;
    const fields = [base, `${base}|f:${entry.field}`, `${base}|c:${entry.channel}`];
    if (entry.procedure) fields.push(`${base}|p:${entry.procedure}`);
    if (entry.assisted) fields.push(`${base}|assisted`);
    if (entry.result !== "done") fields.push(`${base}|r:${entry.result}`);
    return fields;
  }

  /** The day a person (by pseudonym) last completed each guide, so a repeat that day is not counted again. */
  lastDaysKey(user: string): string {
    return `${this.prefix}stats:seen:${user}`;
  }

  /**
   * Records a session; returns false when this session id was already recorded. A repeat of the
   * same guide by the same person on the same day is recorded but not counted.
   */
  async record(entry: SessionEntry): Promise<boolean> {
    const fields: Record<string, string> = {
      sid: entry.sessionId,
      flow: entry.flow,
      procedure: entry.procedure ?? "",
      field: entry.field,
      unit: entry.unit ?? UNKNOWN_UNIT,
      channel: entry.channel,
      lang: entry.lang,
      started: String(entry.startedAt),
      completed: String(entry.completedAt),
      outcome: entry.outcome,
      result: entry.result,
      assisted: entry.assisted ? "1" : "0",
      ...(entry.user ? { user: entry.user } : {}),
    };
    const flat = Object.entries(fields).flat();
    const day = localDay(entry.completedAt);
    const result = await recordScript.run(
      this.redis,
      [`${this.prefix}stats:once:${entry.sessionId}`, this.streamKey, this.dayKey(day), this.lastDaysKey(entry.user ?? `s:${entry.sessionId}`)],
      [ONCE_TTL_SECONDS, DAILY_TTL_SECONDS, SESSION_STREAM_RETENTION_DAYS * 86_400, entry.flow, day, flat.length, ...flat, ...SessionLog.counterFields(entry)],
    );
    return Number(result) !== 0;
  }
}
