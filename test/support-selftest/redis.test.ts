// Self-test of the Redis test helpers: prefixes isolate keys, and throwaway servers can be restarted.
import { afterEach, describe, expect, it } from "vitest";
import type { RedisClient } from "../../src/redis/connection.js";
import { cleanupPrefix, newRedis, startRedisServer, uniquePrefix, type RedisServerHandle } from "../support/redis.js";

describe("redis test helpers", () => {
  const clients: RedisClient[] = [];
  let extra: RedisServerHandle | undefined;

  afterEach(async () => {
    for (const client of clients.splice(0)) client.disconnect();
    await extra?.stop();
    extra = undefined;
  });

  it("cleanupPrefix deletes only keys under its own prefix", async () => {
    const redis = newRedis();
    clients.push(redis);
    const mine = uniquePrefix("selftest");
    const other = uniquePrefix("selftest");
    expect(mine).toMatch(/^t:selftest:[0-9a-f]+:$/);
    expect(mine).not.toBe(other);

    await redis.set(`${mine}a`, "1");
    await redis.set(`${mine}b`, "2");
    await redis.set(`${other}a`, "3");
    expect(await redis.get(`${mine}a`)).toBe("1");

    expect(await cleanupPrefix(redis, mine)).toBe(2);
    expect((await redis.exists(`${mine}a`)) + (await redis.exists(`${mine}b`))).toBe(0);
    expect(await redis.get(`${other}a`)).toBe("3");
    await cleanupPrefix(redis, other);
  });

  it("a throwaway server can die and come back on the same port", async () => {
    extra = await startRedisServer();
    const redis = newRedis(extra.url);
    clients.push(redis);
    redis.on("error", () => {}); // expected while the server is down
    await redis.set("k", "v");

    await extra.kill();
    expect(extra.running).toBe(false);
    await expect(redis.ping()).rejects.toThrow();

    await extra.restart();
    expect(extra.running).toBe(true);
    // The data is gone (no persistence) but the same URL works again once ioredis reconnects.
    await expect.poll(() => redis.ping().catch(() => "down"), { timeout: 5_000 }).toBe("PONG");
    expect(await redis.get("k")).toBeNull();
  });
});
