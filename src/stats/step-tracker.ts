/**
 * Where people stop before finishing a guide: an EventListener for the Assistant that turns the
 * engine's `step_reached` and `session_completed` events into per-day counters.
 *
 *   stats:steps:{<day>}:<unit>  `<flow>|<step>` +1 when a session reaches a step (first arrival only);
 *                      `<flow>|#done` +1 when a session completes
 *   stats:stops:{<day>}:<unit>  `<flow>|<step>`: sessions whose last step so far is this one, by the
 *                      day they reached it. A session moving on takes its 1 with it (−1 on the day it
 *                      arrived, +1 where it goes), so what stays is exactly where people stopped.
 *   stats:steps|stops:{m:<month>}:<unit>  the same, per month, rolled up move by move (its own markers)
 *   Day hashes expire STEP_COUNTERS_KEPT_DAYS after their day, month hashes STEP_MONTHS_KEPT_DAYS
 *   after their month.
 *   {stats}:units        every unit a completed session counted under, so reports still find a
 *                      unit after it leaves the catalogue (and roll it up into its new commune)
 *
 *
 * Where a session stands (its step, the day it got there, its move number) is kept by the engine in
 * the chat's state and comes with each event as `from`, so the counters need no record per session
 * (it was 190 bytes for each guide left open, kept 30 days). An event is applied in ordered steps,
 * each in one Redis Cluster slot: the arrival on today's counters, then the departure from the
 * counters of the day the previous step was reached, each guarded by a marker naming the session's
 * n-th move in that day's slot. A retried or redelivered event finds its markers and changes nothing.
 * The unit is the chat's commune as the engine's events carry it.
 */
import type { RedisClient } from "../redis/connection.js";
import type { EventListener } from "../flows/event-listener.js";
import type { StepPosition } from "../flows/types.js";
import { LuaScript } from "../redis/lua-script.js";
import { localDay } from "./local-day.js";
import { addDays, dayMs, type Day } from "./periods.js";
import { UNKNOWN_UNIT } from "./session-log.js";
import { StatsKeys } from "./stats-keys.js";

/** The marker step of a completed session. */
export const DONE_STEP = "#done";

/** A retried event comes within minutes; the markers need not outlive that by much. */
const MOVE_MARKER_TTL_SECONDS = 3_600;

const moveScript = LuaScript.load("stats/lua/day-move-3.lua");

/**
 * Step counters (where people stop) roll up into their month as they are written. A day's are kept
 * 35 days after the day (this month and last, day by day), a month's 400 days after the month: enough
 * to compare a month with the same month a year before. At national scale the day hashes are the
 * largest daily keys (see README, Memory), so they do not stay long.
 */
export const STEP_COUNTERS_KEPT_DAYS = 35;
export const STEP_MONTHS_KEPT_DAYS = 400;
/** When the step counters of `day` expire (unix ms). */
export const stepDayExpiresAt = (day: Day) => dayMs(addDays(day, 1)) + STEP_COUNTERS_KEPT_DAYS * 86_400_000;
/** When the step counters of the month holding `day` expire (unix ms). */
export const stepMonthExpiresAt = (day: Day) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 1) + STEP_MONTHS_KEPT_DAYS * 86_400_000;

interface Position {
  day: Day;
  unit: string;
  flow: string;
  step: string;
  /** The session's move that brought it here. */
  moves: number;
}

/** Where the engine says a session stood (it keeps that in the chat's state). */
const counted = (from: StepPosition): Position => ({ day: localDay(from.at), unit: from.unit ?? UNKNOWN_UNIT, flow: from.flow, step: from.step, moves: from.move });

/** A position as the tracker kept it before the chat state did: `<day>|<unit>|<flow>|<step>|<moves>`. */
function parseLegacyPosition(raw: string | null): Position | null {
  if (!raw) return null;
  const [day, unit, flow, step, moves] = raw.split("|");
  return day && unit !== undefined && flow !== undefined && step !== undefined ? { day, unit, flow, step, moves: Number(moves ?? 0) || 0 } : null;
}

export interface StepTrackerDeps {
  redis: RedisClient;
  prefix: string;
  now?: () => number;
}

/**
 * Builds the listener to pass in createAssistant's `listeners`. Events other than steps and
 * completions are ignored.
 */
export function createStepTracker(deps: StepTrackerDeps): EventListener {
  const keys = new StatsKeys(deps.prefix);
  const now = deps.now ?? Date.now;
  const { redis } = deps;

  /** One side of a move, on the day's counters and on its month's. */
  const apply = async (sessionId: string, at: Pick<Position, "day" | "unit">, args: (string | number)[]) => {
    const month = at.day.slice(0, 7);
    // Two slots, each guarded by its own marker: sent together, neither waits for the other.
    await Promise.all([
      moveScript.run(redis, [keys.sessionMoves(at.day, sessionId), keys.steps(at.day, at.unit), keys.stops(at.day, at.unit)], [...args, stepDayExpiresAt(at.day)]),
      moveScript.run(redis, [keys.sessionMovesMonth(month, sessionId), keys.stepsMonth(month, at.unit), keys.stopsMonth(month, at.unit)], [...args, stepMonthExpiresAt(at.day)]),
    ]);
  };

  /** Moves a session to `to` (today): arrival counted, then the departure from where it was. */
  const move = async (sessionId: string, from: Position | null, to: Omit<Position, "moves">, stops: boolean) => {
    const n = (from?.moves ?? 0) + 1;
    const field = `${to.flow}|${to.step}`;
    await apply(sessionId, to, [field, stops ? 1 : 0, 1, MOVE_MARKER_TTL_SECONDS, `${n}:in`]);
    if (from) await apply(sessionId, from, [`${from.flow}|${from.step}`, -1, 0, MOVE_MARKER_TTL_SECONDS, `${n}:out`]);
  };

  /**
   * Where the session stood before this event. A session begun before the chat state kept positions
   * still has the record this tracker kept then (30 days at most), until its first move.
   */
  const standing = async (sessionId: string, from: StepPosition | null | undefined): Promise<Position | null> =>
    from === undefined ? parseLegacyPosition(await redis.get(keys.legacyPosition(sessionId))) : from && counted(from);

  return async (_chat, event) => {
    const day = localDay(now());
    if (event.type === "step_reached") {
      const from = await standing(event.sessionId, event.from);
      if (from && (from.step === DONE_STEP || (from.flow === event.flow && from.step === event.step))) return; // shown again
      await move(event.sessionId, from, { day, unit: event.unit ?? UNKNOWN_UNIT, flow: event.flow, step: event.step }, true);
      // The old record has served: the chat state holds the place from here on.
      if (event.from === undefined) await redis.del(keys.legacyPosition(event.sessionId));
    } else if (event.type === "session_completed") {
      const { session } = event;
      const from = await standing(session.sessionId, event.from);
      if (from?.step === DONE_STEP) return;
      const unit = session.unit ?? UNKNOWN_UNIT;
      // The index of units ever counted is catalogue-wide (its own slot); adding twice is harmless.
      await redis.sadd(keys.units, unit);
      await move(session.sessionId, from, { day, unit, flow: session.flow, step: DONE_STEP }, false);
      if (event.from === undefined) await redis.del(keys.legacyPosition(session.sessionId));
    }
  };
}
