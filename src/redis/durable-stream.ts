/**
 * A durable stream of events handled at least once and seen once: webhook inboxes of channels that
 * want a 2xx fast and deliver at least once (the Zalo OA, the Zalo Bot Platform), and the handoff
 * outbox. The writer marks the event seen and appends it to a Redis stream in one script (a webhook
 * route then answers). A worker reads the stream with a consumer group and
 * acknowledges an entry only after handling it, then deletes it (what people type is not kept);
 * entries a dead worker left pending are claimed again by another instance. So an acknowledged
 * event is never lost (a process killed right after the 2xx still gets it handled) and a delivery
 * seen twice is handled once.
 */
import { randomBytes } from "node:crypto";
import { blockingDuplicate, type RedisClient } from "./connection.js";
import type { Logger } from "pino";
import { LuaScript } from "./lua-script.js";

/** How long an event id is remembered against redeliveries. */
const SEEN_TTL_SECONDS = 24 * 3600;
/** Entries pending longer than this belong to a worker that died: another one takes them. */
const CLAIM_IDLE_MS = 30_000;
const STREAM_MAXLEN = 100_000;

const enqueueScript = LuaScript.load("redis/lua/stream-enqueue-2.lua");

export interface InboxKeys {
  stream: string;
  seen: (eventId: string) => string;
}

/** The inbox of one channel, e.g. `<prefix>zalo:in`. */
export function inboxKeys(prefix: string, channel: string): InboxKeys {
  // One hash tag per channel's stream: an event's seen marker is written with the stream entry.
  return { stream: `${prefix}{${channel}:in}`, seen: (id) => `${prefix}{${channel}:in}:seen:${id}` };
}

/** Keeps a raw event for the worker, once per event id; false for a redelivery. */
export async function enqueue(redis: RedisClient, keys: InboxKeys, eventId: string, raw: string): Promise<boolean> {
  return Number(await enqueueScript.run(redis, [keys.seen(eventId), keys.stream], [SEEN_TTL_SECONDS, STREAM_MAXLEN, raw])) === 1;
}

/**
 * A stream entry id ("<ms>-<seq>") as one number that sorts like it (Redis gives later entries
 * greater ids), for ordering a chat's events across instances.
 */
export function entryOrder(id: string): number {
  const [ms = "0", seq = "0"] = id.split("-");
  return Number(ms) * 4096 + Math.min(Number(seq), 4095);
}

export interface InboxWorker {
  stop(): Promise<void>;
}

/**
 * Reads the stream and hands each event, parsed by `parse` (null: nothing to do), to `handle`;
 * acknowledges it once handled.
 */
export async function startInboxWorker<T>(opts: {
  redis: RedisClient;
  keys: InboxKeys;
  logger: Logger;
  parse: (raw: string) => T | null;
  /** `arrived` orders the event: its stream entry's time (see `entryOrder`). */
  handle: (event: T, arrived: number) => Promise<void>;
  blockMs?: number;
}): Promise<InboxWorker> {
  const group = "workers";
  const consumer = `c-${randomBytes(6).toString("hex")}`;
  // A blocking read needs its own connection, without the app's short command timeout.
  const reader = blockingDuplicate(opts.redis);
  reader.on("error", () => {});
  await opts.redis.xgroup("CREATE", opts.keys.stream, group, "0", "MKSTREAM").catch((err: Error) => {
    if (!err.message.includes("BUSYGROUP")) throw err;
  });
  let running = true;
  const inFlight = new Set<Promise<void>>();

  const take = (id: string, fields: string[]) => {
    const task = (async () => {
      try {
        const event = opts.parse(fields[fields.indexOf("e") + 1] ?? "{}");
        if (event !== null) await opts.handle(event, entryOrder(id));
        // Handled: acknowledged and deleted at once, so what people typed is not kept in Redis.
        await opts.redis.multi().xack(opts.keys.stream, group, id).xdel(opts.keys.stream, id).exec();
      } catch (err) {
        // Left pending: claimed again after CLAIM_IDLE_MS (Redis away, a send that failed).
        opts.logger.warn({ err }, "inbox event not handled; it will be retried");
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
        opts.logger.warn({ err }, "inbox stream read failed; trying again");
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
