/**
 * Webhook mode: Telegram POSTs updates to WEBHOOK_PATH with the secret token in a header; calls
 * without the right secret are refused by grammY's adapter before any handling.
 */
import { Hono } from "hono";
import { webhookCallback, type Bot } from "grammy";
import type { BotContext } from "./context.js";

export const WEBHOOK_PATH = "/telegram/webhook";

export function telegramWebhookRoutes(bot: Bot<BotContext>, secretToken: string): Hono {
  const app = new Hono();
  app.post("/", webhookCallback(bot, "hono", { secretToken }));
  return app;
}
