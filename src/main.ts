/**
 * Composition root: configuration, then Redis, content, the Assistant, the channels and the HTTP
 * server, in that order; graceful shutdown in reverse on SIGINT/SIGTERM.
 */
import { run, type RunnerHandle } from "@grammyjs/runner";
import { Hono } from "hono";
import { pino } from "pino";
import { createAssistant } from "./bot/assistant-factory.js";
import { ALLOWED_UPDATES, createTelegramBot } from "./bot/telegram/bot.js";
import { registerCommands } from "./bot/telegram/commands.js";
import { telegramWebhookRoutes, WEBHOOK_PATH } from "./bot/telegram/webhook.js";
import { webChatRoutes } from "./bot/webchat/routes.js";
import { loadConfig } from "./config.js";
import { loadContent } from "./flows/content.js";
import { startHttpServer } from "./http/server.js";
import { connectRedis, createRedis } from "./redis/connection.js";
import { ensureLocalRedis } from "./redis/local-server.js";

/** Errors whose message is already the one line a person needs to read. */
const friendlyErrors = new Set(["ConfigError", "FlowDefinitionError", "CatalogueError", "LocaleError", "RedisUnavailableError"]);

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = pino({ level: config.logLevel, base: { app: "tro-ly-dvc" } });
  const content = loadContent({ unitsFile: config.unitsFile });

  const localRedis = config.redis.url ? null : await ensureLocalRedis(config.dataDir);
  const redis = createRedis(config.redis.url ?? localRedis!.url);
  redis.on("error", (err) => logger.warn({ err: err.message }, "redis connection problem"));
  await connectRedis(redis);

  const assistant = createAssistant({
    redis,
    prefix: config.redis.prefix,
    content,
    hashSecret: config.hashSecret,
    stateTtlSeconds: config.stateTtlSeconds,
    logger,
  });

  const mounts: Array<{ path: string; app: Hono }> = [];
  let runner: RunnerHandle | null = null;
  const telegram = config.telegram;
  const bot = telegram ? createTelegramBot({ token: telegram.token, apiRoot: telegram.apiRoot, assistant, logger }) : null;
  if (telegram?.mode === "webhook" && bot) mounts.push({ path: WEBHOOK_PATH, app: telegramWebhookRoutes(bot, telegram.webhookSecret) });
  if (!telegram) mounts.push({ path: "/", app: webChatRoutes(assistant) });

  const { server, port } = await startHttpServer({ host: config.http.host, port: config.http.port, redis, mounts });

  if (bot && telegram) {
    await bot.init();
    await registerCommands(bot.api, content.texts).catch((err: unknown) => logger.warn({ err }, "could not register the command menu"));
    if (telegram.mode === "webhook") {
      await bot.api.setWebhook(telegram.webhookUrl, { secret_token: telegram.webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
      logger.info({ bot: bot.botInfo.username, webhook: telegram.webhookUrl }, "telegram bot ready (webhook)");
    } else {
      await bot.api.deleteWebhook();
      runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, silent: true, retryInterval: "exponential" } });
      logger.info({ bot: bot.botInfo.username }, "telegram bot ready (long polling)");
    }
  } else {
    logger.info(`web chat demo on http://${config.http.host}:${port} (set TELEGRAM_BOT_TOKEN to run the Telegram bot)`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    // Stop receiving first, then let updates in flight finish, then close storage.
    if (runner?.isRunning()) await runner.stop();
    await new Promise<void>((done) => server.close(() => done()));
    await assistant.drain();
    await redis.quit().catch(() => redis.disconnect());
    await localRedis?.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((err: unknown) => {
  if (err instanceof Error && friendlyErrors.has(err.name)) console.error(`Cannot start: ${err.message}`);
  else console.error("Cannot start:", err);
  process.exit(1);
});
