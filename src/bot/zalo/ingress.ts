/**
 * Zalo OA webhook ingress. Zalo wants a 2xx within about 2 s and delivers at least once, so:
 * the route checks the signature, then, in one Redis script, marks the event seen and appends it to
 * a stream, and answers. A worker reads the stream with a consumer group and acknowledges an entry
 * only after handling it, then deletes it (what people type is not kept); entries a dead worker left
 * pending are claimed again. So an acknowledged event is never lost (a process killed right after
 * the 2xx still gets it handled) and a delivery seen twice is handled once.
 */
import { randomBytes } from "node:crypto";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { LuaScript } from "../../redis/lua-script.js";
import { fromZaloEvent, type ZaloEvent, type ZaloInbound } from "./inbound.js";
import { verifyZaloSignature } from "./signature.js";

export const ZALO_WEBHOOK_PATH = "/zalo/webhook";
const MAX_BODY = 1024 * 1024;
const SEEN_TTL_SECONDS = 24 * 3600;
/** Entries pending longer than this belong to a worker that died: another one takes them. */
const CLAIM_IDLE_MS = 30_000;
const STREAM_MAXLEN = 100_000;

const enqueueScript = LuaScript.load("bot/zalo/lua/enqueue-2.lua");

export interface ZaloIngressKeys {
  stream: string;
  seen: (eventId: string) => string;
}

export function zaloIngressKeys(prefix: string): ZaloIngressKeys {
  return { stream: `${prefix}zalo:in`, seen: (id) => `${prefix}zalo:seen:${id}` };
}

export function zaloWebhookRoutes(opts: { redis: Redis; keys: ZaloIngressKeys; appId: string; oaSecretKey: string; logger: Logger }): Hono {
  const app = new Hono();
  app.post("/", bodyLimit({ maxSize: MAX_BODY, onError: (c) => c.json({ error: "too large" }, 413) }), async (c) => {
    const raw = await c.req.text();
    const signed = verifyZaloSignature({ header: c.req.header("x-zevent-signature"), rawBody: raw, appId: opts.appId, oaSecretKey: opts.oaSecretKey, headerTimestamp: c.req.header("x-zevent-timestamp") });
    if (!signed) return c.json({ error: "bad signature" }, 401);
    const inbound = fromZaloEvent(JSON.parse(raw) as ZaloEvent);
    if (!inbound) return c.json({ ok: true });
    await enqueueScript.run(opts.redis, [opts.keys.seen(inbound.eventId), opts.keys.stream], [SEEN_TTL_SECONDS, STREAM_MAXLEN, raw]);
    return c.json({ ok: true });
  });
  return app;
}

export interface ZaloWorker {
  stop(): Promise<void>;
}

/** Reads the stream and hands each event to `handle`; acknowledges it once handled. */
export async function startZaloWorker(opts: { redis: Redis; keys: ZaloIngressKeys; logger: Logger; handle: (inbound: ZaloInbound) => Promise<void>; blockMs?: number }): Promise<ZaloWorker> {
  const group = "workers";
  const consumer = `c-${randomBytes(6).toString("hex")}`;
  // A blocking read needs its own connection, without the app's short command timeout.
  const reader = opts.redis.duplicate({ commandTimeout: undefined, enableOfflineQueue: true, maxRetriesPerRequest: null });
  reader.on("error", () => {});
  await opts.redis.xgroup("CREATE", opts.keys.stream, group, "0", "MKSTREAM").catch((err: Error) => {
    if (!err.message.includes("BUSYGROUP")) throw err;
  });
  let running = true;
  const inFlight = new Set<Promise<void>>();

  const take = (id: string, fields: string[]) => {
    const raw = fields[fields.indexOf("e") + 1] ?? "{}";
    const inbound = fromZaloEvent(JSON.parse(raw) as ZaloEvent);
    const task = (async () => {
      try {
        if (inbound) await opts.handle(inbound);
        // Handled: acknowledged and deleted at once, so what people typed is not kept in Redis.
        await opts.redis.multi().xack(opts.keys.stream, group, id).xdel(opts.keys.stream, id).exec();
      } catch (err) {
        // Left pending: claimed again after CLAIM_IDLE_MS (Redis away, a send that failed).
        opts.logger.warn({ err }, "zalo event not handled; it will be retried");
      }
    })();
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  };

  const loop = async () => {
    let lastClaim = 0;
    while (running) {
      try {
        if (Date.now() - lastClaim > CLAIM_IDLE_MS / 2) {
          lastClaim = Date.now();
          const [, claimed] = (await opts.redis.xautoclaim(opts.keys.stream, group, consumer, CLAIM_IDLE_MS, "0", "COUNT", 100)) as [string, [string, string[]][]];
          for (const [id, fields] of claimed) if (fields) take(id, fields);
        }
        const read = (await reader.xreadgroup("GROUP", group, consumer, "COUNT", 50, "BLOCK", opts.blockMs ?? 1000, "STREAMS", opts.keys.stream, ">")) as [string, [string, string[]][]][] | null;
        for (const [, entries] of read ?? []) for (const [id, fields] of entries) take(id, fields);
      } catch (err) {
        if (!running) break;
        opts.logger.warn({ err }, "zalo stream read failed; trying again");
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  };
  const done = loop();
  return {
    async stop() {
      running = false;
      await done;
      await Promise.all(inFlight);
      reader.disconnect();
    },
  };
}
