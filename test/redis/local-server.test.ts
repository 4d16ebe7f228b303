/**
 * The private redis-server that `npm start` runs when no Redis is configured: when it dies, it is
 * started again on the same data and the app is told, so the bot does not stay degraded for ever.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { ensureLocalRedis, type LocalRedisOptions } from "../../src/redis/local-server.js";
import { freePort } from "../support/redis.js";

type Event = Parameters<NonNullable<LocalRedisOptions["onEvent"]>>[0];

describe("the private redis-server", () => {
  it("is restarted with the data it had when it dies, and says so", async () => {
    const port = await freePort();
    const events: Event[] = [];
    const local = await ensureLocalRedis(mkdtempSync(join(tmpdir(), "local-redis-")), { port, onEvent: (e) => events.push(e) });
    const client = new Redis(local.url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => 100 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.set("kept", "yes");
      await client.call("SHUTDOWN", "NOSAVE").catch(() => undefined); // dies like a crash (the AOF is already written)
      await expect.poll(() => events.map((e) => e.type), { timeout: 15_000 }).toEqual(["died", "restarted"]);
      expect(events[0]).toMatchObject({ type: "died", restartInMs: 1_000 });
      await expect.poll(() => client.get("kept").catch(() => null), { timeout: 10_000 }).toBe("yes");
    } finally {
      client.disconnect();
      await local.stop();
    }
  });
});
