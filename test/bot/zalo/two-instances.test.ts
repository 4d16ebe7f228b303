/**
 * Two app instances with the Zalo OA channel on one Redis, each receiving half of the webhooks
 * (round robin): a person's messages sent together are answered in the order they were sent and
 * once each, whichever instance's inbox worker takes them (chat-turns.ts). Without the turns, 12 of
 * 20 people saw answers out of order in this test.
 */
import type { RedisClient } from "../../../src/redis/connection.js";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../../src/app.js";
import { loadConfig } from "../../../src/config.js";
import { startFakeZalo, type FakeZalo } from "../../support/fake-zalo.js";
import { cleanupPrefix, newRedis, redisEnv, uniquePrefix } from "../../support/redis.js";

const USERS = 20;
const MESSAGES = 10;
let zalo: FakeZalo;
let redis: RedisClient;
const prefix = uniquePrefix("zalo2");
const apps: App[] = [];

beforeAll(async () => {
  zalo = await startFakeZalo();
  redis = newRedis();
  for (let i = 0; i < 2; i++) apps.push(await createApp(loadConfig({ ...redisEnv(), REDIS_PREFIX: prefix, PORT: "0", ...zalo.env() }), { logger: pino({ level: "silent" }) }));
});
afterAll(async () => {
  for (const app of apps) await app.stop();
  await zalo.close();
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

describe("two instances with the Zalo OA", () => {
  it(`answer each person's messages in the order sent, once each (${USERS} people × ${MESSAGES} messages)`, { timeout: 60_000 }, async () => {
    let next = 0;
    let msg = 0;
    let sentAt = Date.now();
    const deliver = async (user: string, text: string) => {
      const app = apps[next++ % apps.length]!;
      const { body, headers } = zalo.signed({ event_name: "user_send_text", timestamp: String(sentAt++), sender: { id: user }, recipient: { id: "oa-1" }, message: { msg_id: `m2-${++msg}`, text } });
      const res = await fetch(`http://127.0.0.1:${app.port}/zalo/webhook`, { method: "POST", headers, body });
      expect(res.status).toBe(200);
    };
    const users = Array.from({ length: USERS }, (_, i) => `zz-${i}`);
    const to = (user: string) => zalo.sent.filter((m) => m.userId === user);
    // Each person picks a language and is asked for a commune: a commune the bot does not know is
    // answered with the very words typed, so every answer names its message.
    for (const user of users) {
      await deliver(user, "/start");
      await expect.poll(() => to(user).length, { timeout: 10_000 }).toBeGreaterThan(0);
      await deliver(user, "1");
    }
    await expect.poll(() => users.every((u) => to(u).length >= 2), { timeout: 20_000 }).toBe(true);
    // All messages at once, alternating between the instances; Zalo takes 0-40 ms to accept each
    // reply, so an instance that answered a later message first would show it first.
    zalo.sendDelayMs = () => Math.random() * 40;
    const sends: Promise<void>[] = [];
    for (let k = 1; k <= MESSAGES; k++) for (const user of users) sends.push(deliver(user, `Xa ${k}`));
    await Promise.all(sends);
    const answers = (user: string) => to(user).flatMap((m) => (/Xa (\d+)/.exec(m.text) ? [Number(/Xa (\d+)/.exec(m.text)![1])] : []));
    await expect.poll(() => users.every((u) => answers(u).length >= MESSAGES), { timeout: 40_000 }).toBe(true);

    let outOfOrder = 0;
    let extra = 0;
    for (const user of users) {
      const got = answers(user);
      if (got.join() !== Array.from({ length: MESSAGES }, (_, i) => i + 1).join()) outOfOrder++;
      if (got.length > MESSAGES) extra++;
    }
    expect({ outOfOrder, extra }).toEqual({ outOfOrder: 0, extra: 0 });
  });
});
