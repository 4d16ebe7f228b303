/**
 * `npm run cli -- migrate-keys`: a deployment's keys from before the hash tags (Redis Cluster) are
 * renamed so an upgrade keeps its counters, chat places, roles and records; the month and year
 * roll-ups the reports read are computed; a dry run changes nothing and a second run moves nothing.
 */
import type { RedisClient } from "../src/redis/connection.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "./support/cli.js";
import { migratedName } from "../src/cli/migrate-keys.js";
import { broadcastKeys } from "../src/broadcast/keys.js";
import { SubscriptionStore } from "../src/broadcast/subscriptions.js";
import { localDay } from "../src/stats/local-day.js";
import { allKeys, cleanupPrefix, newRedis, uniquePrefix } from "./support/redis.js";

let redis: RedisClient;
const prefix = uniquePrefix("migrate");
beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

const cli = (...argv: string[]) => runCliCaptured(prefix, ["migrate-keys", ...argv]);

describe("migrate-keys", () => {
  it("names every old key family the way the app reads it now, and leaves current keys alone", () => {
    expect(migratedName("chat:telegram:42")).toBe("chat:{telegram:42}");
    expect(migratedName("chat:zalo-bot:abc:last")).toBe("chat:{zalo-bot:abc}:last");
    expect(migratedName("stats:import:day:2025-08-01")).toBe("stats:import:day:{2025-08-01}");
    expect(migratedName("stats:units")).toBe("{stats}:units");
    expect(migratedName("hd:in")).toBe("{hd:in}");
    expect(migratedName("hd:t:AB12:msgs")).toBe("{hd}:t:AB12:msgs");
    expect(migratedName("bc:gate")).toBe("bc:gate:{telegram}");
    expect(migratedName("bc:run:7:st")).toBe("bc:run:{7}:st");
    expect(migratedName("stats:once:s1")).toBeNull();
    for (const current of ["chat:{telegram:42}", "stats:day:{2025-08-01}", "{roles}:holders", "bc:gate:{telegram}:debt", "stats:seen:{2026-11-24}", "{hd:in}"]) {
      expect(migratedName(current)).toBeUndefined();
    }
  });

  it("moves the old keys with their values and expiry, splits the session log by day and rolls the days up", async () => {
    // Ten and nine days ago: the session log keeps 180 days, so older entries would rightly be dropped.
    const first = Date.now() - 10 * 86_400_000;
    const [d1, d2] = [localDay(first), localDay(first + 86_400_000)];
    const [year, month] = [d1.slice(0, 4), d1.slice(0, 7)];
    await redis.set(`${prefix}chat:telegram:42`, `3|{"v":1,"seq":3,"lang":"km","unit":"long-hiep","at":1}`, "EX", 3600);
    await redis.hset(`${prefix}stats:day:${d1}`, "long-hiep|online_filing", "4");
    await redis.hset(`${prefix}stats:day:${d2}`, "long-hiep|online_filing", "1");
    await redis.hset(`${prefix}roles:user:7`, "role", "official");
    await redis.set(`${prefix}stats:once:s1`, "1");
    await redis.hset(`${prefix}stats:steps:${d1}`, "long-hiep|vneid|who", "2", "tra-cu|vneid|who", "1");
    await redis.hset(`${prefix}stats:stops:{${d1}}`, "long-hiep|vneid|who", "1");
    await redis.hset(`${prefix}sub:zalo:9`, { on: "1", unit: "long-hiep", lang: "km", consentAt: String(first), consentText: "2026-12-02", source: "onboarding" });
    await redis.hset(`${prefix}sub:5`, { on: "0", unit: "tra-cu", lang: "vi", consentAt: String(first), withdrawnAt: String(first + 1000), source: "command" });
    await redis.sadd(`${prefix}subs:all`, "zalo:9");
    await redis.sadd(`${prefix}subs:unit:long-hiep`, "zalo:9");
    await redis.xadd(`${prefix}stats:sessions`, `${first}-0`, "sid", "s1", "completed", String(first));
    await redis.xadd(`${prefix}stats:sessions`, `${first + 86_400_000}-0`, "sid", "s2", "completed", String(first + 86_400_000));

    const dry = await cli();
    expect(dry.out).toContain("Sẽ đổi tên 5 khóa, bỏ 1 khóa");
    expect(dry.out).toContain("tách 2 bảng bước");
    expect(dry.out).toContain("chia 2 phiên");
    expect(dry.out).toContain("gom 2 đăng ký");
    expect(await redis.exists(`${prefix}chat:telegram:42`)).toBe(1);

    expect((await cli("--apply")).code).toBe(0);
    expect(await redis.get(`${prefix}chat:{telegram:42}`)).toContain('"lang":"km"');
    expect(await redis.ttl(`${prefix}chat:{telegram:42}`)).toBeGreaterThan(3000);
    expect(await redis.hget(`${prefix}{roles}:user:7`, "role")).toBe("official");
    expect(await redis.hgetall(`${prefix}stats:steps:{${d1}}:long-hiep`)).toEqual({ "vneid|who": "2" });
    expect(await redis.hgetall(`${prefix}stats:steps:{${d1}}:tra-cu`)).toEqual({ "vneid|who": "1" });
    expect(await redis.hgetall(`${prefix}stats:stops:{${d1}}:long-hiep`)).toEqual({ "vneid|who": "1" });
    expect(await redis.hgetall(`${prefix}stats:steps:{m:${month}}:long-hiep`)).toEqual({ "vneid|who": "2" });
    // The two days may straddle a month's end: their year holds both.
    expect(Number(await redis.hget(`${prefix}stats:month:{y:${year}}:${month}`, "long-hiep|online_filing"))).toBeGreaterThanOrEqual(4);
    expect(await redis.hget(`${prefix}stats:year:{y:${d2.slice(0, 4)}}`, "long-hiep|online_filing")).toBe(year === d2.slice(0, 4) ? "5" : "1");
    expect((await redis.xrange(`${prefix}stats:sessions:{${d1}}`, "-", "+")).map(([, f]) => f[1])).toEqual(["s1"]);
    expect((await redis.xrange(`${prefix}stats:sessions:{${d2}}`, "-", "+")).map(([, f]) => f[1])).toEqual(["s2"]);
    // Subscriptions: the one standing is a field of its bucket, in its commune's list; the withdrawal is kept.
    const subs = new SubscriptionStore(redis, broadcastKeys(prefix));
    expect(await subs.get("zalo:9")).toMatchObject({ on: true, unit: "long-hiep", lang: "km", consentAt: first, source: "onboarding" });
    expect(await subs.get("5")).toMatchObject({ on: false, unit: "tra-cu", withdrawnAt: first + 1000 });
    expect(await subs.count(null)).toBe(1);
    const left = (await allKeys(redis, `${prefix}*`)).filter((k) => migratedName(k.slice(prefix.length)) !== undefined || /:(stats:sessions|sub:\w[^{]*|subs:all)$/.test(k));
    expect(left).toEqual([]);

    expect((await cli("--apply")).out).toContain("Đã đổi tên 0 khóa");
  });
});
