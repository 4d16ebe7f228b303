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
import type { Redis, Result } from "ioredis";
import type { CompletedSession } from "../flows/types.js";
import { localDay } from "./local-day.js";

export type Channel = "telegram" | "zalo" | "zalo-bot" | "web";

export interface SessionEntry extends CompletedSession {
  channel: Channel;
  /** Keyed hash of the user (see user-hash.ts); never a raw id. */
  user: string;
}

/** Unit recorded for users who never chose a commune. */
export const UNKNOWN_UNIT = "-";
/** Once-markers outlive any redelivery or retry by far. */
const ONCE_TTL_SECONDS = 400 * 24 * 3600;
/** The per-person, per-guide, per-day marker only has to outlive its day. */
const DAILY_TTL_SECONDS = 2 * 24 * 3600;
/**
 * Stream entries (one per session, with the person's pseudonym) are trimmed after this long; the
 * per-day counters that reports read are aggregates and stay.
 */
export const SESSION_STREAM_RETENTION_DAYS = 180;

// KEYS: once-marker of the session, stream, day counters, person-guide-day marker.
// ARGV: once TTL, number of stream fields, the fields (name, value…), then counter fields.
const RECORD_SCRIPT = `
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then return 0 end
local counted = redis.call('SET', KEYS[4], '1', 'NX', 'EX', ${DAILY_TTL_SECONDS}) and '1' or '0'
local nfields = tonumber(ARGV[2])
local entry = {}
for i = 3, 2 + nfields do entry[#entry + 1] = ARGV[i] end
entry[#entry + 1] = 'counted'
entry[#entry + 1] = counted
local t = redis.call('TIME')
local minid = (tonumber(t[1]) - ${SESSION_STREAM_RETENTION_DAYS * 86_400}) * 1000
redis.call('XADD', KEYS[2], 'MINID', minid, '*', unpack(entry))
if counted == '0' then return 2 end
for i = 3 + nfields, #ARGV do redis.call('HINCRBY', KEYS[3], ARGV[i], 1) end
return 1
`;

export class SessionLog {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    // EVALSHA after the first call: the script is not resent with every session.
    if (!redis.recordSession) redis.defineCommand("recordSession", { numberOfKeys: 4, lua: RECORD_SCRIPT });
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
      user: entry.user,
    };
    const flat = Object.entries(fields).flat();
    const day = localDay(entry.completedAt);
    const result = await this.redis.recordSession(
      `${this.prefix}stats:once:${entry.sessionId}`,
      this.streamKey,
      this.dayKey(day),
      `${this.prefix}stats:once-day:${day}:${entry.flow}:${entry.user}`,
      ONCE_TTL_SECONDS,
      flat.length,
      ...flat,
      ...SessionLog.counterFields(entry),
    );
    return result !== 0;
  }
}

declare module "ioredis" {
  interface RedisCommander<Context> {
    recordSession(onceKey: string, streamKey: string, dayKey: string, dailyKey: string, ...args: (string | number)[]): Result<0 | 1 | 2, Context>;
  }
}
