/**
 * Zalo OA webhook ingress: the signature is checked (sha256 of app id, raw body, timestamp and OA
 * secret key, in constant time), then the event goes to the channel's durable inbox
 * (src/redis/durable-stream.ts) before the 2xx, so an acknowledged event is never lost and a redelivered
 * one (same msg_id) is handled once.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { RedisClient } from "../../redis/connection.js";
import type { Logger } from "pino";
import { enqueue, inboxKeys, type InboxKeys } from "../../redis/durable-stream.js";
import { fromZaloEvent, type ZaloEvent } from "./inbound.js";
import { verifyZaloSignature } from "./signature.js";

export const ZALO_WEBHOOK_PATH = "/zalo/webhook";
const MAX_BODY = 1024 * 1024;

export const zaloIngressKeys = (prefix: string): InboxKeys => inboxKeys(prefix, "zalo");

/** The events the worker handles, from a stored raw body. */
export function parseZaloEvent(raw: string) {
  try {
    return fromZaloEvent(JSON.parse(raw) as ZaloEvent);
  } catch {
    return null;
  }
}

export function zaloWebhookRoutes(opts: { redis: RedisClient; keys: InboxKeys; appId: string; oaSecretKey: string; logger: Logger }): Hono {
  const app = new Hono();
  app.post("/", bodyLimit({ maxSize: MAX_BODY, onError: (c) => c.json({ error: "too large" }, 413) }), async (c) => {
    const raw = await c.req.text();
    const signed = verifyZaloSignature({ header: c.req.header("x-zevent-signature"), rawBody: raw, appId: opts.appId, oaSecretKey: opts.oaSecretKey, headerTimestamp: c.req.header("x-zevent-timestamp") });
    if (!signed) return c.json({ error: "bad signature" }, 401);
    const inbound = parseZaloEvent(raw);
    if (!inbound) return c.json({ ok: true });
    await enqueue(opts.redis, opts.keys, inbound.eventId, raw);
    return c.json({ ok: true });
  });
  return app;
}
