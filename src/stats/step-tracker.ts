/**
 * Where people stop before finishing a guide: an EventListener for the Assistant that turns the
 * engine's `step_reached` and `session_completed` events into per-day counters.
 *
 *   stats:steps:<day>  `<unit>|<flow>|<step>` +1 when a session reaches a step (first arrival only);
 *                      `<unit>|<flow>|#done` +1 when a session completes
 *   stats:stops:<day>  `<unit>|<flow>|<step>`: sessions whose last step so far is this one, by the
 *                      day they reached it. A session moving on takes its 1 with it (−1 on the day it
 *                      arrived, +1 where it goes), so what stays is exactly where people stopped.
 *   stats:pos:<sid>    `<day>|<unit>|<flow>|<step>`: where a session stands (kept 30 days)
 *   stats:units        every unit a completed session counted under, so reports still find a
 *                      unit after it leaves the catalogue (and roll it up into its new commune)
 *
 * Each event is one Lua script, so it is atomic, and idempotent: an event handled twice (an update
 * retried after a write conflict, a redelivery) finds the session already there and counts nothing.
 * The unit is the chat's commune as the engine's events carry it.
 */
import type { Redis, Result } from "ioredis";
import type { EventListener } from "../flows/event-listener.js";
import { localDay } from "./local-day.js";
import { UNKNOWN_UNIT } from "./session-log.js";
import { StatsKeys } from "./stats-keys.js";

/** The marker step of a completed session. */
export const DONE_STEP = "#done";
const POSITION_TTL_SECONDS = 30 * 86_400;

// KEYS: position, steps of today, stops of today. ARGV: flow, step, today, unit, ttl, prefix.
// The old day's stops key is built here because which day it is comes from the position.
const STEP_SCRIPT = `
local pos = redis.call('GET', KEYS[1])
local unit = ARGV[4]
if pos then
  local day, u, flow, step = string.match(pos, '^([^|]*)|([^|]*)|([^|]*)|(.*)$')
  if step == '${DONE_STEP}' or (flow == ARGV[1] and step == ARGV[2]) then return 0 end
  redis.call('HINCRBY', ARGV[6] .. 'stats:stops:' .. day, u .. '|' .. flow .. '|' .. step, -1)
end
local field = unit .. '|' .. ARGV[1] .. '|' .. ARGV[2]
redis.call('HINCRBY', KEYS[2], field, 1)
redis.call('HINCRBY', KEYS[3], field, 1)
redis.call('SET', KEYS[1], ARGV[3] .. '|' .. unit .. '|' .. ARGV[1] .. '|' .. ARGV[2], 'EX', ARGV[5])
return 1
`;

// KEYS: position, steps of today, units index. ARGV: flow, today, unit, ttl, prefix.
const DONE_SCRIPT = `
redis.call('SADD', KEYS[3], ARGV[3])
local pos = redis.call('GET', KEYS[1])
if pos then
  local day, u, flow, step = string.match(pos, '^([^|]*)|([^|]*)|([^|]*)|(.*)$')
  if step == '${DONE_STEP}' then return 0 end
  redis.call('HINCRBY', ARGV[5] .. 'stats:stops:' .. day, u .. '|' .. flow .. '|' .. step, -1)
end
redis.call('HINCRBY', KEYS[2], ARGV[3] .. '|' .. ARGV[1] .. '|${DONE_STEP}', 1)
redis.call('SET', KEYS[1], ARGV[2] .. '|' .. ARGV[3] .. '|' .. ARGV[1] .. '|${DONE_STEP}', 'EX', ARGV[4])
return 1
`;

export interface StepTrackerDeps {
  redis: Redis;
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
  // EVALSHA after the first call: this runs on every step of every guide.
  if (!deps.redis.trackStep) deps.redis.defineCommand("trackStep", { numberOfKeys: 3, lua: STEP_SCRIPT });
  if (!deps.redis.trackDone) deps.redis.defineCommand("trackDone", { numberOfKeys: 3, lua: DONE_SCRIPT });
  return async (_chat, event) => {
    const day = localDay(now());
    if (event.type === "step_reached") {
      const unit = event.unit ?? UNKNOWN_UNIT;
      await deps.redis.trackStep(keys.position(event.sessionId), keys.steps(day), keys.stops(day), event.flow, event.step, day, unit, POSITION_TTL_SECONDS, deps.prefix);
    } else if (event.type === "session_completed") {
      const { session } = event;
      await deps.redis.trackDone(keys.position(session.sessionId), keys.steps(day), keys.units, session.flow, day, session.unit ?? UNKNOWN_UNIT, POSITION_TTL_SECONDS, deps.prefix);
    }
  };
}

declare module "ioredis" {
  interface RedisCommander<Context> {
    trackStep(positionKey: string, stepsKey: string, stopsKey: string, ...args: (string | number)[]): Result<0 | 1, Context>;
    trackDone(positionKey: string, stepsKey: string, unitsKey: string, ...args: (string | number)[]): Result<0 | 1, Context>;
  }
}
