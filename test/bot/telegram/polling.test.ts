/**
 * Long polling that loses nothing: an update whose handling was cut short (the process killed
 * before Telegram was told it was done) comes back and is answered, and a command delivered twice
 * acts once.
 */
import { Composer } from "grammy";
import type { RedisClient } from "../../../src/redis/connection.js";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ALLOWED_UPDATES, createTelegramBot } from "../../../src/bot/telegram/bot.js";
import type { BotContext } from "../../../src/bot/telegram/context.js";
import { startPolling, type Polling } from "../../../src/bot/telegram/polling.js";
import { UpdateClaims } from "../../../src/bot/update-claims.js";
import { startFakeBotApi, textUpdate, type FakeBotApi } from "../../support/fake-bot-api.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "../../support/redis.js";
import { testAssistant } from "../../support/assistant.js";

const logger = pino({ level: "silent" });
let redis: RedisClient;
let api: FakeBotApi;
let prefix: string;
const pollers: Polling[] = [];

function instance(features: Composer<BotContext>[] = []) {
  const { assistant } = testAssistant(redis, prefix, { now: Date.now });
  const bot = createTelegramBot({ token: api.token, apiRoot: api.apiRoot, assistant, logger, features, claims: new UpdateClaims(redis, prefix) });
  const polling = startPolling(bot, { allowedUpdates: ALLOWED_UPDATES, timeoutSeconds: 1, logger });
  pollers.push(polling);
  return polling;
}

beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await redis.quit();
});
beforeEach(async () => {
  prefix = uniquePrefix("polling");
  api = await startFakeBotApi();
});
afterEach(async () => {
  await Promise.all(pollers.splice(0).map((p) => p.stop()));
  await api.close();
  await cleanupPrefix(redis, prefix);
});

const shown = (chat: number, text: string) => api.sent.filter((m) => m.chatId === chat && m.text?.includes(text));

describe("long polling", () => {
  it("answers an update whose first handler died before confirming it", async () => {
    // Instance A takes the update and hangs in the middle of it, like a process killed there.
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const hang = new Composer<BotContext>();
    let release!: () => void;
    hang.command("start", () => {
      entered();
      return new Promise<void>((resolve) => (release = resolve)); // never calls next
    });
    instance([hang]);
    api.pushUpdate(textUpdate(91, "/start"));
    await inside;

    // Instance B starts (the restart): Telegram still holds the update, since A never confirmed it.
    instance();
    await api.waitFor(() => shown(91, "Chọn ngôn ngữ")[0], 5000);
    release();
    expect(shown(91, "Chọn ngôn ngữ")).toHaveLength(1);
  });

  it("acts once on a command delivered twice", async () => {
    let acted = 0;
    const counter = new Composer<BotContext>();
    counter.command("moi", async (ctx) => {
      acted++;
      await ctx.reply("Mã mời");
    });
    instance([counter]);
    const update = api.pushUpdate(textUpdate(92, "/moi quantri"));
    await api.waitFor(() => shown(92, "Mã mời")[0], 5000);
    api.pushUpdate(update);
    api.pushUpdate(textUpdate(92, "/start"));
    await api.waitFor(() => shown(92, "Chọn ngôn ngữ")[0], 5000);
    expect(acted).toBe(1);
    expect(shown(92, "Mã mời")).toHaveLength(1);
  });
});
