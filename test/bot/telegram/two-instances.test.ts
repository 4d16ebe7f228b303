/**
 * Two instances behind a round-robin balancer (Telegram webhook mode): each has its own Assistant,
 * bot and in-process caches, and they share only Redis. Every chat's messages are sent at once, in
 * update_id order, alternately to the two instances, some of them twice (Telegram retrying); each
 * chat must see its answers in that order, and each update applied once.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatTurns } from "../../../src/bot/chat-turns.js";
import { createTelegramBot } from "../../../src/bot/telegram/bot.js";
import { telegramWebhookRoutes, WEBHOOK_PATH } from "../../../src/bot/telegram/webhook.js";
import { buildHttpApp } from "../../../src/http/server.js";
import type { RedisClient } from "../../../src/redis/connection.js";
import { testAssistant } from "../../support/assistant.js";
import { startFakeBotApi, textUpdate, type FakeBotApi } from "../../support/fake-bot-api.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "../../support/redis.js";

const SECRET = "webhook-secret-0123456789";
const CHATS = 100;
const MESSAGES = 20;
let redis: RedisClient;
let api: FakeBotApi;
const prefix = uniquePrefix("two-instances");

beforeAll(async () => {
  redis = newRedis();
  api = await startFakeBotApi();
});
afterAll(async () => {
  await api.close();
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

function instance() {
  const { assistant } = testAssistant(redis, prefix, { now: Date.now, turns: new ChatTurns(redis, prefix) });
  const bot = createTelegramBot({ token: api.token, apiRoot: api.apiRoot, assistant, logger: pino({ level: "silent" }), botInfo: api.botInfo, orderAcrossInstances: true });
  return buildHttpApp({ redis, mounts: [{ path: WEBHOOK_PATH, app: telegramWebhookRoutes(bot, SECRET) }] });
}

describe("two instances behind a round-robin balancer", () => {
  it(`keep each chat's order and apply each update once (${CHATS} chats × ${MESSAGES} messages)`, { timeout: 60_000 }, async () => {
    const instances = [instance(), instance()];
    let next = 0;
    let updateId = 5_000_000;
    // Like Telegram, a delivery that is not answered 200 (grammY's webhook timeout on a loaded
    // machine) is delivered again, to whichever instance the balancer picks.
    const deliveries = new Map<number, number>();
    const post = async (update: { update_id: number }): Promise<Response> => {
      for (let attempt = 1; ; attempt++) {
        deliveries.set(update.update_id, (deliveries.get(update.update_id) ?? 0) + 1);
        const app = instances[next++ % instances.length]!;
        const res = await app.request(WEBHOOK_PATH, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(update) });
        if (res.status === 200 || attempt === 5) return res;
      }
    };
    const chats = Array.from({ length: CHATS }, (_, i) => 910_000 + i);
    // Each chat chooses its language, then is asked for its commune: a commune the bot does not
    // know is answered with the very words typed, so every answer names its message.
    await Promise.all(
      chats.map(async (chat) => {
        await post({ update_id: updateId++, ...textUpdate(chat, "/start") });
        await post({ update_id: updateId++, ...textUpdate(chat, "1") });
      }),
    );
    const twice = new Set([3, 7, 8, 15]);
    const sends: (Response | Promise<Response>)[] = [];
    const ids = new Map<string, number>();
    for (let k = 1; k <= MESSAGES; k++) {
      for (const chat of chats) {
        const update = { update_id: updateId++, ...textUpdate(chat, `Xa ${k}`) };
        ids.set(`${chat}:${k}`, update.update_id);
        sends.push(post(update));
        if (twice.has(k)) sends.push(post(update)); // Telegram retried it, to the other instance
      }
    }
    expect((await Promise.all(sends)).every((r) => r.status === 200)).toBe(true);

    let outOfOrder = 0;
    let missing = 0;
    let extra = 0;
    for (const chat of chats) {
      const answers = api.sent.filter((m) => m.chatId === chat && m.text?.startsWith("Không tìm thấy Xa ")).map((m) => Number(/Xa (\d+)/.exec(m.text!)![1]));
      const first = answers.filter((k, i) => answers.indexOf(k) === i);
      if (first.join() !== Array.from({ length: MESSAGES }, (_, i) => i + 1).join()) outOfOrder++;
      for (let k = 1; k <= MESSAGES; k++) {
        const n = answers.filter((a) => a === k).length;
        if (n === 0) missing++;
        // A delivery of an update already handled shows its answer again (the first may not have
        // arrived); an answer more often than the update was delivered means it was applied twice.
        if (n > deliveries.get(ids.get(`${chat}:${k}`)!)!) extra++;
      }
    }
    expect({ outOfOrder, missing, extra }).toEqual({ outOfOrder: 0, missing: 0, extra: 0 });
  });
});
