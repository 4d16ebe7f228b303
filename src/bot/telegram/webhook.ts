/**
 * Webhook mode: Telegram POSTs updates to WEBHOOK_PATH with the secret token in a header; calls
 * without the right secret are refused by grammY's adapter before any handling. Bodies are capped
 * (an update is a few kilobytes; anyone holding the secret still cannot make the process buffer
 * hundreds of megabytes) and must be JSON: anything else is a 400, never a 500.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { webhookCallback, type Bot } from "grammy";
import type { BotContext } from "./context.js";

export const WEBHOOK_PATH = "/telegram/webhook";
/** Far above any real update (a message with a long caption and entities is under 20 KB). */
export const WEBHOOK_MAX_BODY = 256 * 1024;

export function telegramWebhookRoutes(bot: Bot<BotContext>, secretToken: string): Hono {
  const app = new Hono();
  app.post(
    "/",
    bodyLimit({ maxSize: WEBHOOK_MAX_BODY, onError: (c) => c.json({ error: "too large" }, 413) }),
    async (c, next) => {
      // Read once here; Hono keeps the body, so the adapter's own json() reads the same text.
      const text = await c.req.text();
      try {
        JSON.parse(text);
      } catch {
        return c.json({ error: "bad request" }, 400);
      }
      await next();
    },
    webhookCallback(bot, "hono", { secretToken }),
  );
  return app;
}
