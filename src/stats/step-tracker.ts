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
 * Each event is one Lua script (two when the session's previous step was reached on another day),
 * so it is atomic, and idempotent: an event handled twice (an update
 * retried after a write conflict, a redelivery) finds the session already there and counts nothing.
 * The unit is the chat's commune as the engine's events carry it.
 */
import type { Redis } from "ioredis";
import type { EventListener } from "../flows/event-listener.js";
import { LuaScript } from "../redis/lua-script.js";
import { localDay } from "./local-day.js";
import type { Day } from "./periods.js";
import { UNKNOWN_UNIT } from "./session-log.js";
import { StatsKeys } from "./stats-keys.js";

/** The marker step of a completed session. */
export const DONE_STEP = "#done";
const POSITION_TTL_SECONDS = 30 * 86_400;

const stepScript = LuaScript.load("stats/lua/track-step-4.lua");
const doneScript = LuaScript.load("stats/lua/track-done-4.lua");

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
  /**
   * Runs a script that may need the stops key of the day the session's previous step was reached:
   * guessed to be today (one round trip), else run again with the day the script names.
   */
  const track = async (script: LuaScript, fixedKeys: string[], args: (string | number)[], day: Day) => {
    let guess = day;
    for (let attempt = 0; attempt < 3; attempt++) {
      const reply = await script.run(deps.redis, [...fixedKeys, keys.stops(guess)], [...args, guess, DONE_STEP]);
      if (typeof reply !== "string") return;
      guess = reply as Day;
    }
  };
  return async (_chat, event) => {
    const day = localDay(now());
    if (event.type === "step_reached") {
      const unit = event.unit ?? UNKNOWN_UNIT;
      await track(stepScript, [keys.position(event.sessionId), keys.steps(day), keys.stops(day)], [event.flow, event.step, day, unit, POSITION_TTL_SECONDS], day);
    } else if (event.type === "session_completed") {
      const { session } = event;
      await track(doneScript, [keys.position(session.sessionId), keys.steps(day), keys.units], [session.flow, day, session.unit ?? UNKNOWN_UNIT, POSITION_TTL_SECONDS], day);
    }
  };
}
