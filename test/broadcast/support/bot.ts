// The real Telegram bot (bot.ts middleware order, the citizen Assistant on the test flows) with the
// broadcast module's features, polling the fake Bot API.
import { run, type RunnerHandle } from "@grammyjs/runner";
import type { RedisClient } from "../../../src/redis/connection.js";
import { pino } from "pino";
import { createAssistant } from "../../../src/bot/assistant-factory.js";
import { createTelegramBot } from "../../../src/bot/telegram/bot.js";
import type { BroadcastModule } from "../../../src/broadcast/module.js";
import { assembleContent } from "../../../src/flows/content.js";
import { makeContext } from "../../flows/fixtures.js";
import type { FakeBotApi } from "../../support/fake-bot-api.js";
import { telegramBroadcast } from "../../../src/bot/telegram/broadcast-features.js";

export interface RunningBot {
  stop(): Promise<void>;
}

export function startBot(opts: { redis: RedisClient; prefix: string; fake: FakeBotApi; mod: BroadcastModule }): RunningBot {
  const ctx = makeContext({ now: Date.now });
  const assistant = createAssistant({
    redis: opts.redis,
    prefix: opts.prefix,
    content: assembleContent(ctx.texts, ctx.flows, ctx.units),
    hashSecret: "test-secret-0123456789",
    listeners: opts.mod.listeners,
  });
  const bot = createTelegramBot({
    token: opts.fake.token,
    apiRoot: opts.fake.apiRoot,
    assistant,
    logger: pino({ level: "silent" }),
    botInfo: opts.fake.botInfo,
    features: telegramBroadcast(opts.mod.parts).features,
  });
  const runner: RunnerHandle = run(bot, { runner: { fetch: { timeout: 1, allowed_updates: ["message", "callback_query", "my_chat_member"] }, silent: true } });
  return {
    async stop() {
      if (runner.isRunning()) await runner.stop();
    },
  };
}

/** Buttons of a message as the fake holds it: [label, callback_data]. */
export function buttonsOf(message: Record<string, unknown> | undefined): [string, string][] {
  const rows = (message?.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined)?.inline_keyboard ?? [];
  return rows.flat().map((b) => [b.text, b.callback_data ?? ""]);
}
