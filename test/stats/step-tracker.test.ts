import type { RedisClient } from "../../src/redis/connection.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompletedSession, StepPosition } from "../../src/flows/types.js";
import { createStepTracker } from "../../src/stats/step-tracker.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "../support/redis.js";

let redis: RedisClient;
const prefix = uniquePrefix("steps");
const chat = { channel: "telegram" as const, id: "1" };
let clock = Date.UTC(2026, 10, 23, 3); // 23/11 in Vietnam
beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

/** Where each session stands, as the engine keeps it in the chat state and passes it with each event. */
const standing = new Map<string, StepPosition>();
const step = (sessionId: string, s: string, unit: string | null = "long-hiep") => {
  const from = standing.get(sessionId) ?? null;
  if (!(from?.step === s)) standing.set(sessionId, { flow: "birth", step: s, unit, at: clock, move: (from?.move ?? 0) + 1 });
  return { type: "step_reached" as const, flow: "birth", step: s, sessionId, unit, from };
};
const done = (sessionId: string): { type: "session_completed"; session: CompletedSession; from: StepPosition | null } => ({
  type: "session_completed",
  session: { sessionId, flow: "birth", procedure: "khai-sinh", field: "ho-tich", unit: "long-hiep", lang: "vi", startedAt: 0, completedAt: clock, outcome: "online_filing", result: "done", assisted: false },
  from: standing.get(sessionId) ?? null,
});

describe("step tracker", () => {
  it("keeps, per day, how many reached each step and where unfinished sessions stand, counting each event once", async () => {
    const track = createStepTracker({ redis, prefix, now: () => clock });
    for (const event of [step("a", "who"), step("a", "papers"), step("a", "papers"), step("b", "who"), step("c", "who", null)]) await track(chat, event);
    clock += 86_400_000; // session a goes on the next day
    await track(chat, step("a", "code"));
    await track(chat, step("a", "done"));
    await track(chat, done("a"));
    await track(chat, done("a")); // a retried update

    // One small hash per commune and day; sessions without a commune count under "-".
    expect(await redis.hgetall(`${prefix}stats:steps:{2026-11-23}:long-hiep`)).toEqual({ "birth|who": "2", "birth|papers": "1" });
    expect(await redis.hgetall(`${prefix}stats:steps:{2026-11-23}:-`)).toEqual({ "birth|who": "1" });
    expect(await redis.hgetall(`${prefix}stats:steps:{2026-11-24}:long-hiep`)).toEqual({ "birth|code": "1", "birth|done": "1", "birth|#done": "1" });
    // Session a left "papers" on the 23rd, so only b and c still stand there, at "who".
    expect(await redis.hgetall(`${prefix}stats:stops:{2026-11-23}:long-hiep`)).toEqual({ "birth|who": "1", "birth|papers": "0" });
    expect(await redis.hgetall(`${prefix}stats:stops:{2026-11-23}:-`)).toEqual({ "birth|who": "1" });
    expect(await redis.hgetall(`${prefix}stats:stops:{2026-11-24}:long-hiep`)).toEqual({ "birth|code": "0", "birth|done": "0" });
    expect(await redis.smembers(`${prefix}{stats}:units`)).toEqual(["long-hiep"]);
    // Rolled up into the month as they happen (its own markers: the retried completion counted once).
    expect(await redis.hgetall(`${prefix}stats:steps:{m:2026-11}:long-hiep`)).toEqual({ "birth|who": "2", "birth|papers": "1", "birth|code": "1", "birth|done": "1", "birth|#done": "1" });
    expect(await redis.hgetall(`${prefix}stats:stops:{m:2026-11}:long-hiep`)).toEqual({ "birth|who": "1", "birth|papers": "0", "birth|code": "0", "birth|done": "0" });
    // Days kept 35 days after the day, months 400 days after the month: no key without a retention.
    const endOf24 = Date.UTC(2026, 10, 25);
    for (const key of [`${prefix}stats:steps:{2026-11-24}:long-hiep`, `${prefix}stats:stops:{2026-11-24}:long-hiep`]) {
      expect(await redis.pexpiretime(key)).toBe(endOf24 + 35 * 86_400_000);
    }
    expect(await redis.pexpiretime(`${prefix}stats:steps:{m:2026-11}:long-hiep`)).toBe(Date.UTC(2026, 11, 1) + 400 * 86_400_000);
    // Nothing is kept per session beyond the markers of its last hour's moves (the chat state holds its place).
    expect(await redis.keys(`${prefix}stats:pos:*`)).toEqual([]);
  });

  it("moves a session begun before the chat state kept positions from the record it had then, once", async () => {
    const track = createStepTracker({ redis, prefix, now: () => clock });
    await redis.set(`${prefix}stats:pos:{old}`, "2026-11-24|long-hiep|birth|papers|3", "EX", 86_400);
    await redis.hset(`${prefix}stats:stops:{2026-11-24}:long-hiep`, "birth|papers", 1);
    // Shown again (a resumed guide): nothing moves and the old record stays until the session moves.
    await track(chat, { type: "step_reached", flow: "birth", step: "papers", sessionId: "old", unit: "long-hiep" });
    expect(await redis.hget(`${prefix}stats:stops:{2026-11-24}:long-hiep`, "birth|papers")).toBe("1");
    expect(await redis.exists(`${prefix}stats:pos:{old}`)).toBe(1);
    // The engine's first move of such a session has no `from`; its next ones number moves from 1,001.
    await track(chat, { type: "step_reached", flow: "birth", step: "code", sessionId: "old", unit: "long-hiep" });
    await track(chat, { type: "step_reached", flow: "birth", step: "done", sessionId: "old", unit: "long-hiep", from: { flow: "birth", step: "code", unit: "long-hiep", at: clock, move: 1_001 } });
    expect(await redis.hget(`${prefix}stats:stops:{2026-11-24}:long-hiep`, "birth|papers")).toBe("0");
    expect(await redis.hget(`${prefix}stats:stops:{2026-11-24}:long-hiep`, "birth|code")).toBe("0");
    expect(await redis.hget(`${prefix}stats:stops:{2026-11-24}:long-hiep`, "birth|done")).toBe("1");
    expect(await redis.exists(`${prefix}stats:pos:{old}`)).toBe(0);
  });
});
