import type { RedisClient } from "../../../src/redis/connection.js";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramBot } from "../../../src/bot/telegram/bot.js";
import { telegramWebhookRoutes, WEBHOOK_MAX_BODY, WEBHOOK_PATH } from "../../../src/bot/telegram/webhook.js";
import { buildHttpApp } from "../../../src/http/server.js";
import { startFakeBotApi, textUpdate, type FakeBotApi } from "../../support/fake-bot-api.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "../../support/redis.js";
import { testAssistant } from "../../support/assistant.js";

const SECRET = "webhook-secret-0123456789";
let redis: RedisClient;
let api: FakeBotApi;
const prefix = uniquePrefix("webhook");

beforeAll(async () => {
  redis = newRedis();
  api = await startFakeBotApi();
});
afterAll(async () => {
  await api.close();
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

describe("Telegram webhook mode", () => {
  it("handles updates that carry the secret token, once, and refuses the rest", async () => {
    const { assistant } = testAssistant(redis, prefix, { now: Date.now });
    const bot = createTelegramBot({ token: api.token, apiRoot: api.apiRoot, assistant, logger: pino({ level: "silent" }), botInfo: api.botInfo });
    const app = buildHttpApp({ redis, mounts: [{ path: WEBHOOK_PATH, app: telegramWebhookRoutes(bot, SECRET) }] });
    const update = { update_id: 1000, ...textUpdate(77, "/start") };
    const post = (secret: string) =>
      app.request(WEBHOOK_PATH, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
        body: JSON.stringify(update),
      });

    expect((await post("wrong-secret-0000000000")).status).toBe(401);
    expect(api.sent).toHaveLength(0);

    expect((await post(SECRET)).status).toBe(200);
    expect((await post(SECRET)).status).toBe(200); // Telegram retried: same update_id
    // Handled once: the retry shows the same answer again (its answer may never have arrived),
    // with the very same buttons, so the engine did not run a second time.
    const greetings = api.sent.filter((m) => m.chatId === 77 && m.text?.includes("Chọn ngôn ngữ"));
    expect(greetings).toHaveLength(2);
    expect(JSON.stringify(greetings[1]!.reply_markup)).toBe(JSON.stringify(greetings[0]!.reply_markup));
  });

  it("refuses huge and malformed bodies with 413 and 400, without handling anything", async () => {
    const { assistant } = testAssistant(redis, `${prefix}b:`, { now: Date.now });
    const bot = createTelegramBot({ token: api.token, apiRoot: api.apiRoot, assistant, logger: pino({ level: "silent" }), botInfo: api.botInfo });
    const app = buildHttpApp({ redis, mounts: [{ path: WEBHOOK_PATH, app: telegramWebhookRoutes(bot, SECRET) }] });
    const post = (body: string) =>
      app.request(WEBHOOK_PATH, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body });
    const before = api.sent.length;
    const huge = JSON.stringify({ update_id: 2000, ...textUpdate(78, `/start ${"x".repeat(WEBHOOK_MAX_BODY)}`) });
    expect((await post(huge)).status).toBe(413);
    expect((await post("{not json")).status).toBe(400);
    expect(api.sent.length).toBe(before);
  });
});
