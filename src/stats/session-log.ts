/**
 * The session log: every completed guidance session, recorded exactly once.
 *
 * One Lua script does it atomically: a once-marker keyed by the session id, a stream entry with
 * the session's fields, and counters per unit, outcome and local day (plus per field, procedure,
 * channel and assisted). Reports then read counters, O(units × days), never the whole history.
 */
import type { Redis, Result } from "ioredis";
import type { CompletedSession } from "../flows/types.js";
import { localDay } from "./local-day.js";

export type Channel = "telegram" | "zalo" | "web";

export interface SessionEntry extends CompletedSession {
  channel: Channel;
  /** Keyed hash of the user (see user-hash.ts); never a raw id. */
  user: string;
}

/** Unit recorded for users who never chose a commune. */
export const UNKNOWN_UNIT = "-";
/** Once-markers outlive any redelivery or retry by far. */
const ONCE_TTL_SECONDS = 400 * 24 * 3600;

const RECORD_SCRIPT = `
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then return 0 end
local nfields = tonumber(ARGV[2])
local entry = {}
for i = 3, 2 + nfields do entry[#entry + 1] = ARGV[i] end
redis.call('XADD', KEYS[2], '*', unpack(entry))
for i = 3 + nfields, #ARGV do redis.call('HINCRBY', KEYS[3], ARGV[i], 1) end
return 1
`;

export class SessionLog {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    // EVALSHA after the first call: the script is not resent with every session.
    if (!redis.recordSession) redis.defineCommand("recordSession", { numberOfKeys: 3, lua: RECORD_SCRIPT });
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
    return fields;
  }

  /** Records a session; returns false when this session id was already recorded. */
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
      assisted: entry.assisted ? "1" : "0",
      user: entry.user,
    };
    const flat = Object.entries(fields).flat();
    const result = await this.redis.recordSession(
      `${this.prefix}stats:once:${entry.sessionId}`,
      this.streamKey,
      this.dayKey(localDay(entry.completedAt)),
      ONCE_TTL_SECONDS,
      flat.length,
      ...flat,
      ...SessionLog.counterFields(entry),
    );
    return result === 1;
  }
}

declare module "ioredis" {
  interface RedisCommander<Context> {
    recordSession(onceKey: string, streamKey: string, dayKey: string, ...args: (string | number)[]): Result<0 | 1, Context>;
  }
}
