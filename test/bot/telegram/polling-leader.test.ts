/**
 * Long polling with several instances: one polls (the holder of the poller's lease in Redis), the
 * others stand by, and every instance handles the relayed updates, each chat in order and once.
 * When the poller stops, another instance takes over and nothing is lost.
 */
import type { RedisClient } from "../../../src/redis/connection.js";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../../src/app.js";
import { loadConfig } from "../../../src/config.js";
import { startFakeBotApi, textUpdate, type FakeBotApi } from "../../support/fake-bot-api.js";
import { cleanupPrefix, newRedis, redisEnv, uniquePrefix } from "../../support/redis.js";

const TERM_MS = 1500;
let fake: FakeBotApi;
let redis: RedisClient;
const prefix = uniquePrefix("pollers");
const apps: App[] = [];

async function instance(): Promise<App> {
  const config = loadConfig({ ...redisEnv(), REDIS_PREFIX: prefix, PORT: "0", TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, QUIET_HOURS: "" });
  const app = await createApp(config, { logger: pino({ level: process.env.TEST_LOG ?? "silent" }), pollerTermMs: TERM_MS });
  apps.push(app);
  return app;
}

beforeAll(async () => {
  fake = await startFakeBotApi();
  redis = newRedis();
});
afterAll(async () => {
  for (const app of apps) await app.stop();
  await fake.close();
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

const polls = () => fake.calls.filter((c) => c.method === "getUpdates");
/** Every answer that names a typed "Xa <k>", per chat, in the order shown. */
const answers = (chat: number) => fake.sent.filter((m) => m.chatId === chat).flatMap((m) => (/Xa (\d+)/.exec(m.text ?? "") ? [Number(/Xa (\d+)/.exec(m.text!)![1])] : []));

describe("long polling with two instances", () => {
  it("polls from one instance at a time, answers every chat in order once, and survives the poller stopping", { timeout: 60_000 }, async () => {
    const first = await instance();
    await expect.poll(() => polls().length, { timeout: 10_000 }).toBeGreaterThan(0);
    const second = await instance();
    const chats = Array.from({ length: 20 }, (_, i) => 930_000 + i);
    for (const chat of chats) {
      fake.pushUpdate(textUpdate(chat, "/start"));
      fake.pushUpdate(textUpdate(chat, "1"));
    }
    await expect.poll(() => chats.every((c) => fake.sent.filter((m) => m.chatId === c).length >= 2), { timeout: 20_000 }).toBe(true);
    for (let k = 1; k <= 5; k++) for (const chat of chats) fake.pushUpdate(textUpdate(chat, `Xa ${k}`));
    await expect.poll(() => chats.every((c) => answers(c).length >= 5), { timeout: 20_000 }).toBe(true);
    expect(chats.filter((c) => answers(c).join() !== "1,2,3,4,5")).toEqual([]);
    // Never two pollers at once: Telegram would have cut one off with a 409.
    expect(polls().filter((c) => c.status === 409)).toHaveLength(0);

    // The poller stops; the other instance takes over and answers what comes next.
    await first.stop();
    apps.splice(apps.indexOf(first), 1);
    for (const chat of chats.slice(0, 5)) fake.pushUpdate(textUpdate(chat, "Xa 6"));
    await expect.poll(() => chats.slice(0, 5).every((c) => answers(c).at(-1) === 6), { timeout: 20_000 }).toBe(true);
    expect(chats.slice(0, 5).filter((c) => answers(c).join() !== "1,2,3,4,5,6")).toEqual([]);
    expect(second).toBeDefined();
  });
});
