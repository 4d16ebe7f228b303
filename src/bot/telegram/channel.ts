/**
 * Telegram as a channel module: the grammY bot with its features, received by long polling or by
 * webhook (config), and its command menus set at start.
 */
import type { Bot, Composer, Transformer } from "grammy";
import type { Logger } from "pino";
import type { TelegramConfig } from "../../config.js";
import type { RoleStore } from "../../roles/role-store.js";
import type { Translator } from "../../i18n/translator.js";
import type { Assistant } from "../assistant.js";
import type { ChannelCapabilities, ChannelModule } from "../channel.js";
import type { UpdateClaims } from "../update-claims.js";
import { ALLOWED_UPDATES, createTelegramBot } from "./bot.js";
import { registerCommands } from "./commands.js";
import type { BotContext } from "./context.js";
import { syncAllMenus, type MenuOptions } from "./features/officials-menu.js";
import { TELEGRAM_LIMITS } from "./outbound.js";
import { startPolling, type Polling } from "./polling.js";
import type { RedisClient } from "../../redis/connection.js";
import { inboxKeys, startInboxWorker, type InboxWorker } from "../../redis/durable-stream.js";
import { LeaderLease } from "../../redis/leader-lease.js";
import type { Update } from "grammy/types";
import { telegramWebhookRoutes, WEBHOOK_PATH } from "./webhook.js";

export const TELEGRAM_CAPABILITIES: ChannelCapabilities = {
  maxButtons: 100,
  textLimit: TELEGRAM_LIMITS.textLength,
  markup: "html",
  canEdit: true,
  canDeleteUserMessage: true,
  push: "any",
};

export interface TelegramChannelOptions {
  config: TelegramConfig;
  assistant: Assistant;
  logger: Logger;
  texts: Translator;
  roles: RoleStore;
  roleMenu: MenuOptions;
  claims: UpdateClaims;
  features: Composer<BotContext>[];
  transformers: Transformer[];
  /** Long polling across instances: the poller's lease and the inbox every instance handles from. */
  redis: RedisClient;
  prefix: string;
  /** The poller's lease term (ms); a dead poller is replaced this long after its last renewal. */
  pollerTermMs?: number;
}

/** A poller that stops renewing is replaced after this long. */
const POLLER_TERM_MS = 15_000;

export interface TelegramChannel extends ChannelModule {
  bot: Bot<BotContext>;
}

/** An update as the poller relayed it; null (dropped) when it is not one. */
function parseUpdate(raw: string): Update | null {
  try {
    const update = JSON.parse(raw) as Update;
    return typeof update.update_id === "number" ? update : null;
  } catch {
    return null;
  }
}

export function telegramChannel(opts: TelegramChannelOptions): TelegramChannel {
  const { config, logger } = opts;
  const bot = createTelegramBot({
    token: config.token,
    apiRoot: config.apiRoot,
    assistant: opts.assistant,
    logger,
    features: opts.features,
    transformers: opts.transformers,
    claims: opts.claims,
    // Webhook deliveries or the poller's inbox: either way any instance may handle a chat's update.
    orderAcrossInstances: true,
  });
  const inbox = inboxKeys(opts.prefix, "telegram");
  let polling: Polling | null = null;
  let worker: InboxWorker | null = null;
  return {
    id: "telegram",
    capabilities: TELEGRAM_CAPABILITIES,
    bot,
    routes: config.mode === "webhook" ? [{ path: WEBHOOK_PATH, app: telegramWebhookRoutes(bot, config.webhookSecret) }] : [],
    async start() {
      await bot.init();
      await registerCommands(bot.api, opts.texts).catch((err: unknown) => logger.warn({ err }, "could not register the command menu"));
      await syncAllMenus(bot.api, opts.roles, opts.roleMenu, (userId, err) => logger.warn({ err, userId }, "officials' menu not set"));
      if (config.mode === "webhook") {
        await bot.api.setWebhook(config.webhookUrl, { secret_token: config.webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
        logger.info({ bot: bot.botInfo.username, webhook: config.webhookUrl }, "telegram bot ready (webhook)");
      } else {
        await bot.api.deleteWebhook();
        // Every instance handles updates from the inbox; the one holding the lease polls.
        worker = await startInboxWorker({ redis: opts.redis, keys: inbox, logger, parse: parseUpdate, handle: (update) => bot.handleUpdate(update) });
        const lease = new LeaderLease(opts.redis, `${opts.prefix}{telegram:in}:poller`, opts.pollerTermMs ?? POLLER_TERM_MS);
        polling = startPolling(bot, { allowedUpdates: ALLOWED_UPDATES, logger, relay: { lease, redis: opts.redis, inbox } });
        logger.info({ bot: bot.botInfo.username }, "telegram bot ready (long polling, one instance at a time)");
      }
    },
    async stop() {
      await polling?.stop();
      polling = null;
      await worker?.stop();
      worker = null;
    },
  };
}
