// The Assistant as the channel tests use it: the test flows (test/flows/fixtures.ts) with state and
// the session log on the given Redis and prefix.
import type { RedisClient } from "../../src/redis/connection.js";
import { pino } from "pino";
import { Assistant, type EventListener } from "../../src/bot/assistant.js";
import type { ChatTurns } from "../../src/bot/chat-turns.js";
import { ChatStateStore } from "../../src/flows/state-store.js";
import { SessionLog } from "../../src/stats/session-log.js";
import { makeContext } from "../flows/fixtures.js";

export function testAssistant(redis: RedisClient, prefix: string, opts: { now?: () => number; listeners?: EventListener[]; turns?: ChatTurns } = {}) {
  const ctx = makeContext({ now: opts.now });
  const assistant = new Assistant({
    engine: ctx,
    store: new ChatStateStore(redis, prefix, 3600),
    sessionLog: new SessionLog(redis, prefix),
    texts: ctx.texts,
    hashSecret: "test-secret-0123456789",
    logger: pino({ level: "silent" }),
    listeners: opts.listeners,
    turns: opts.turns,
  });
  return { assistant, ctx };
}
