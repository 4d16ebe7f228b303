/**
 * Composition root: configuration, then Redis, content, the Assistant, the channels and the HTTP
 * server, in that order; graceful shutdown in reverse on SIGINT/SIGTERM.
 */
import type { Bot } from "grammy";
import { Hono } from "hono";
import { createAssistant } from "./bot/assistant-factory.js";
import { ALLOWED_UPDATES, createTelegramBot } from "./bot/telegram/bot.js";
import { telegramBroadcast } from "./bot/telegram/broadcast-features.js";
import { TelegramBulkChannel } from "./bot/telegram/bulk-channel.js";
import { citizenCommands, registerCommands } from "./bot/telegram/commands.js";
import type { BotContext } from "./bot/telegram/context.js";
import { officialsFeature } from "./bot/telegram/features/officials.js";
import { syncAllMenus, type MenuOptions } from "./bot/telegram/features/officials-menu.js";
import { startPolling, type Polling } from "./bot/telegram/polling.js";
import { telegramWebhookRoutes, WEBHOOK_PATH } from "./bot/telegram/webhook.js";
import { UpdateClaims } from "./bot/update-claims.js";
import { WebChatLimiter } from "./bot/webchat/rate-limit.js";
import { webChatRoutes } from "./bot/webchat/routes.js";
import { loadConfig } from "./config.js";
import { createBroadcastModule } from "./broadcast/module.js";
import { loadContent } from "./flows/content.js";
import { ChatStateStore } from "./flows/state-store.js";
import { startHttpServer } from "./http/server.js";
import { createLogger } from "./log/logger.js";
import { connectRedis, createRedis, describeRedis } from "./redis/connection.js";
import { checkPersistence } from "./redis/persistence.js";
import { ensureLocalRedis } from "./redis/local-server.js";
import { Invitations } from "./roles/invitations.js";
import { RoleStore } from "./roles/role-store.js";
import { DailyDigest } from "./stats/daily-digest.js";
import { OfficialReports } from "./stats/official-reports.js";
import { namesFromContent } from "./stats/stats-names.js";
import { createStepTracker } from "./stats/step-tracker.js";

/** Broadcast commands in the command menu of those who may use them. */
const BROADCAST_MENU: MenuOptions["extra"] = {
  taskforce: [
    { command: "thongbao", description: "Soạn và gửi thông báo" },
    { command: "dungthongbao", description: "Dừng thông báo đang gửi" },
  ],
  admin: [{ command: "lichnhac", description: "Xem, đổi, tạm dừng lịch nhắc thứ Năm" }],
};

/** Errors whose message is already the one line a person needs to read. */
const friendlyErrors = new Set(["ConfigError", "FlowDefinitionError", "CatalogueError", "LocaleError", "RedisUnavailableError"]);

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger({ level: config.logLevel, hashSecret: config.hashSecret });
  const content = loadContent({ unitsFile: config.unitsFile });

  const localRedis = config.redis.url
    ? null
    : await ensureLocalRedis(config.dataDir, {
        onEvent: (e) => {
          if (e.type === "died") logger.error({ code: e.code, signal: e.signal, restartInMs: e.restartInMs }, "the private redis-server stopped; restarting it");
          else if (e.type === "restarted") logger.info("the private redis-server is running again");
          else logger.error({ err: e.err }, "the private redis-server could not be restarted; trying again");
        },
      });
  const redisUrl = config.redis.url ?? localRedis!.url;
  const redis = createRedis(redisUrl);
  // One line per outage, not one per reconnect attempt.
  let redisDown = false;
  redis.on("error", (err) => {
    if (!redisDown) logger.warn({ err: err.message }, "redis connection problem");
    redisDown = true;
  });
  redis.on("ready", () => {
    if (redisDown) logger.info("redis connection back");
    redisDown = false;
  });
  await connectRedis(redis);
  const persistence = await checkPersistence(redis);
  logger.info({ redis: describeRedis(redisUrl), private: localRedis !== null, persistence: persistence.mode }, "using redis");
  if (persistence.warning) logger.warn({ persistence: persistence.mode }, persistence.warning);

  const { prefix } = config.redis;
  const telegram = config.telegram;
  const stateStore = new ChatStateStore(redis, prefix, config.stateTtlSeconds);

  // Officials: roles, invitations, reports from counters, the optional 7:00 digest.
  const roles = new RoleStore(redis, prefix, config.admins);
  const invitations = new Invitations(redis, prefix, roles);
  const menuIds = content.flows.menu.map((f) => f.def.id);
  const reports = new OfficialReports({ redis, prefix, catalogue: content.units, names: namesFromContent(content.flows, content.texts, menuIds) });
  const roleMenu: MenuOptions = { base: citizenCommands(content.texts, "vi"), extra: BROADCAST_MENU };

  // Task-force broadcasts and weekly reminders go to Telegram subscribers only.
  const broadcasts = telegram
    ? createBroadcastModule({
        redis,
        redisUrl: config.redis.url ?? localRedis!.url,
        config,
        units: content.units,
        texts: content.texts,
        roles,
        channel: new TelegramBulkChannel(telegram.token, telegram.apiRoot),
        stateStore,
        logger,
      })
    : null;
  const telegramBroadcasts = broadcasts ? telegramBroadcast(broadcasts.parts) : null;

  const assistant = createAssistant({
    redis,
    prefix,
    content,
    hashSecret: config.hashSecret,
    store: stateStore,
    // Reminders go out through Telegram only: the web chat demo does not ask for them.
    reminders: broadcasts !== null,
    logger,
    listeners: [createStepTracker({ redis, prefix }), ...(broadcasts?.listeners ?? [])],
  });

  const mounts: Array<{ path: string; app: Hono }> = [];
  let polling: Polling | null = null;
  let bot: Bot<BotContext> | null = null;
  const digest = new DailyDigest({
    redis,
    prefix,
    roles,
    reports,
    logger,
    send: (userId, html) => bot!.api.sendMessage(Number(userId), html, { parse_mode: "HTML" }),
  });
  if (telegram) {
    bot = createTelegramBot({
      token: telegram.token,
      apiRoot: telegram.apiRoot,
      assistant,
      logger,
      features: [officialsFeature({ roles, invitations, reports, digest, menu: roleMenu }), ...(telegramBroadcasts?.features ?? [])],
      // Replies to citizens take their share of the bulk sender's budget, never wait behind it.
      transformers: telegramBroadcasts ? [telegramBroadcasts.replyPacer] : [],
      claims: new UpdateClaims(redis, prefix),
    });
  }
  if (telegram?.mode === "webhook" && bot) mounts.push({ path: WEBHOOK_PATH, app: telegramWebhookRoutes(bot, telegram.webhookSecret) });
  if (!telegram) mounts.push({ path: "/", app: webChatRoutes(assistant, { limiter: new WebChatLimiter(redis, prefix), hashSecret: config.hashSecret }) });

  const { server, port } = await startHttpServer({ host: config.http.host, port: config.http.port, redis, mounts, persistence });

  if (bot && telegram) {
    await bot.init();
    await registerCommands(bot.api, content.texts).catch((err: unknown) => logger.warn({ err }, "could not register the command menu"));
    await syncAllMenus(bot.api, roles, roleMenu, (userId, err) => logger.warn({ err, userId }, "officials' menu not set"));
    digest.start();
    await broadcasts?.start();
    if (telegram.mode === "webhook") {
      await bot.api.setWebhook(telegram.webhookUrl, { secret_token: telegram.webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
      logger.info({ bot: bot.botInfo.username, webhook: telegram.webhookUrl }, "telegram bot ready (webhook)");
    } else {
      await bot.api.deleteWebhook();
      polling = startPolling(bot, { allowedUpdates: ALLOWED_UPDATES, logger });
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
    await polling?.stop();
    digest.stop();
    // Sends in flight finish; unsent batches stay queued for the next start.
    await broadcasts?.stop();
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
