/**
 * The session log: every completed guidance session, recorded exactly once.
 *
 * One Lua script does it atomically, all in the keys of the session's Vietnamese day (one Redis
 * Cluster slot, see stats-keys.ts): a once-marker keyed by the session id, an entry in the day's
 * stream with the session's fields, and counters per unit and outcome (plus per field, procedure,
 * channel and assisted). A second one rolls the counters up into the month and the year (their own
 * slot, guarded by a marker), so a report of a year reads one hash, never the whole history.
 *
 * Counters count one completion per person, guide and Vietnamese day: walking a filing guide to
 * the end fifteen times is one filing in officials' figures (the person's guides of the day are
 * kept two days). The repeat is still in the stream, marked `counted=0`.
 */
import type { RedisClient } from "../redis/connection.js";
import { LuaScript } from "../redis/lua-script.js";
import type { CompletedSession } from "../flows/types.js";
import { localDay } from "./local-day.js";
import { addDays, dayMs, type Day } from "./periods.js";
import { StatsKeys } from "./stats-keys.js";

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
/**
 * How long after its day a session's once-marker is kept: a retry comes with a redelivered update
 * (hours at most), so a week is ample, and the day's markers leave together.
 */
const ONCE_KEPT_MS = 7 * 86_400_000;
/** The guides a person completed on a day are needed that day only; kept one more for late retries. */
const SEEN_KEPT_MS = 86_400_000;
/**
 * A day's stream (one entry per session, with the person's pseudonym) expires this long after the
 * day ends; the per-day counters that reports read are aggregates and stay.
 */
export const SESSION_STREAM_RETENTION_DAYS = 180;

const recordScript = LuaScript.load("stats/lua/record-session-4.lua");
const rollupScript = LuaScript.load("stats/lua/rollup-3.lua");
/** A retry of the same session comes within minutes; the roll-up marker need not outlive an hour. */
const ROLLED_TTL_SECONDS = 3_600;

export class SessionLog {
  readonly #keys: StatsKeys;

  constructor(
    private readonly redis: RedisClient,
    prefix: string,
  ) {
    this.#keys = new StatsKeys(prefix);
  }

  /** The stream of the sessions completed on `day`. */
  streamKey(day: Day): string {
    return this.#keys.sessions(day);
  }

  dayKey(day: Day): string {
    return this.#keys.guidedDay(day);
  }

  /** Every day whose stream may still exist at `now`, newest first. */
  retainedDays(now: number): Day[] {
    const today = localDay(now);
    return Array.from({ length: SESSION_STREAM_RETENTION_DAYS + 1 }, (_, i) => addDays(today, -i));
  }

  /**
   * Where a person's pseudonym is held outside the streams: their field in the "guides seen" hashes
   * of today and yesterday (the only ones not yet expired).
   */
  personFields(user: string, now: number): { key: string; field: string }[] {
    const today = localDay(now);
    return [today, addDays(today, -1)].map((day) => ({ key: this.#keys.seen(day), field: user }));
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
      ...(entry.user ? { user: entry.user } : {}),
    };
    const flat = Object.entries(fields).flat();
    const day = localDay(entry.completedAt);
    const k = this.#keys;
    const dayEnds = dayMs(addDays(day, 1));
    // Markers last from the day's end, or from now for a session of a past day (never born expired).
    const markersFrom = Math.max(dayEnds, Date.now());
    const result = await recordScript.run(
      this.redis,
      [k.once(day), k.sessions(day), k.guidedDay(day), k.seen(day)],
      [
        entry.sessionId,
        markersFrom + ONCE_KEPT_MS,
        markersFrom + SEEN_KEPT_MS,
        dayEnds + SESSION_STREAM_RETENTION_DAYS * 86_400_000,
        entry.user ?? "",
        entry.flow,
        flat.length,
        ...flat,
        ...SessionLog.counterFields(entry),
      ],
    );
    // Then its month and year (another slot: a second step, which a retry of the session finishes).
    if (Number(result) === 1 || Number(result) === 3) {
      const year = day.slice(0, 4);
      await rollupScript.run(this.redis, [k.rolled(year, entry.sessionId), k.guidedMonth(day.slice(0, 7)), k.guidedYear(year)], [ROLLED_TTL_SECONDS, ...SessionLog.counterFields(entry)]);
    }
    return Number(result) === 1 || Number(result) === 2;
  }
}
