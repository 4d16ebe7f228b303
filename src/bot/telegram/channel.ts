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
}

export interface TelegramChannel extends ChannelModule {
  bot: Bot<BotContext>;
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
    orderAcrossInstances: config.mode === "webhook",
  });
  let polling: Polling | null = null;
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
        polling = startPolling(bot, { allowedUpdates: ALLOWED_UPDATES, logger });
        logger.info({ bot: bot.botInfo.username }, "telegram bot ready (long polling)");
      }
    },
    async stop() {
      await polling?.stop();
      polling = null;
    },
  };
}
