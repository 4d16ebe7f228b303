/**
 * The Zalo Bot Platform in webhook mode, in-process (createApp) against the fake Bot API: the app
 * registers its URL and secret, refuses a request without the secret, answers an update (bare or
 * wrapped in {ok, result}) with a numbered menu, and handles a redelivered update once.
 */
import type { RedisClient } from "../../../src/redis/connection.js";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../../src/app.js";
import { loadConfig } from "../../../src/config.js";
import { startFakeZaloBot, type FakeZaloBot } from "../../support/fake-zalo-bot.js";
import { cleanupPrefix, newRedis, redisEnv, uniquePrefix } from "../../support/redis.js";

const prefix = uniquePrefix("zbhook");
let bot: FakeZaloBot;
let redis: RedisClient;
let app: App;

beforeAll(async () => {
  bot = await startFakeZaloBot();
  redis = newRedis();
  const config = loadConfig({
    ...redisEnv(),
    REDIS_PREFIX: prefix,
    PORT: "0",
    ZALO_BOT_TOKEN: bot.token,
    ZALO_BOT_API_ROOT: bot.apiRoot,
    ZALO_BOT_WEBHOOK_URL: "https://xa.example.vn/zalo-bot/webhook",
  });
  app = await createApp(config, { logger: pino({ level: "silent" }) });
});
afterAll(async () => {
  await app?.stop();
  await bot.close();
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

const update = (chat: string, id: string, text: string) => ({
  event_name: "message.text.received",
  message: { message_id: id, text, from: { id: chat }, chat: { id: chat, chat_type: "PRIVATE" }, date: Date.now() },
});
const post = (body: unknown, secret?: string) =>
  fetch(`http://127.0.0.1:${app.port}/zalo-bot/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret === undefined ? {} : { "x-bot-api-secret-token": secret }) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const to = (chat: string) => bot.sent.filter((m) => m.chatId === chat);

describe("Zalo Bot webhook", () => {
  it("registers the URL with a secret and refuses requests without it", async () => {
    expect(bot.webhook?.url).toBe("https://xa.example.vn/zalo-bot/webhook");
    expect(bot.webhook!.secret_token.length).toBeGreaterThanOrEqual(8);
    expect(bot.webhook!.secret_token).not.toContain(bot.token.split(":")[1]!);
    expect((await post(update("zb-1", "w1", "/start"))).status).toBe(401);
    expect((await post(update("zb-1", "w1", "/start"), "wrong-secret-123")).status).toBe(401);
    expect((await post("not json", bot.webhook!.secret_token)).status).toBe(400);
    expect(to("zb-1")).toHaveLength(0);
  });

  it("answers an update once, bare or wrapped, with numbered menus", async () => {
    const secret = bot.webhook!.secret_token;
    const first = update("zb-2", "w2", "/start");
    expect((await post(first, secret)).status).toBe(200);
    expect((await post({ ok: true, result: first }, secret)).status).toBe(200); // the same update again, wrapped
    await expect.poll(() => to("zb-2").map((m) => m.text).join("\n"), { timeout: 10_000 }).toContain("Xin chào");
    await expect.poll(() => to("zb-2").map((m) => m.text).join("\n"), { timeout: 10_000 }).toMatch(/1\. .*Tiếng Việt/);
    const greetings = to("zb-2").filter((m) => m.text.includes("Xin chào")).length;
    expect((await post({ ok: true, result: update("zb-2", "w3", "1") }, secret)).status).toBe(200);
    await expect.poll(() => to("zb-2").map((m) => m.text).join("\n"), { timeout: 10_000 }).toContain("xã nào");
    expect(to("zb-2").filter((m) => m.text.includes("Xin chào")).length).toBe(greetings);
  });
});
