/**
 * What makes the app run on a Redis Cluster as well as on one node (this file runs in both passes
 * of `npm test`): every key of one entity shares a hash tag, different entities do not, and the
 * writes that span slots are ordered so that a process dying between them loses nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { broadcastKeys } from "../../src/broadcast/keys.js";
import { RunStore } from "../../src/broadcast/run-store.js";
import { SubscriptionStore } from "../../src/broadcast/subscriptions.js";
import { ChatStateStore } from "../../src/flows/state-store.js";
import type { RedisClient } from "../../src/redis/connection.js";
import { SessionLog } from "../../src/stats/session-log.js";
import { StatsKeys } from "../../src/stats/stats-keys.js";
import { allKeys, cleanupPrefix, newRedis, onCluster, uniquePrefix } from "../support/redis.js";

let redis: RedisClient;
const prefix = uniquePrefix("layout");
beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

/** The part of a key Redis Cluster hashes: the first {…} with something inside, else the whole key. */
function hashTag(key: string): string {
  const open = key.indexOf("{");
  const close = open < 0 ? -1 : key.indexOf("}", open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : key;
}

describe("hash tags", () => {
  it("keep each entity's keys together and different entities apart", () => {
    const stats = new StatsKeys(prefix);
    const day = "2026-12-02";
    const sameDay = [stats.guidedDay(day), stats.importDay(day), stats.steps(day, "long-hiep"), stats.stops(day, "long-hiep"), stats.sessions(day), stats.once(day), stats.seen(day), stats.sessionMoves(day, "s1")];
    expect(new Set(sameDay.map(hashTag))).toEqual(new Set([day]));
    expect(hashTag(stats.guidedDay("2026-12-03"))).not.toBe(day);

    const bc = broadcastKeys(prefix);
    expect(new Set([bc.run("7"), bc.recipients("7"), bc.ledger("7"), bc.progressThrottle("7")].map(hashTag))).toEqual(new Set(["7"]));
    expect(hashTag(bc.run("8"))).not.toBe(hashTag(bc.run("7")));

    const store = new ChatStateStore(redis, prefix, 60);
    const chat = { channel: "zalo" as const, id: "123" };
    expect(hashTag(store.lastAnswerKey(chat))).toBe(hashTag(store.stateKey(chat)));
    expect(hashTag(store.stateKey({ channel: "zalo", id: "124" }))).not.toBe(hashTag(store.stateKey(chat)));
  });

  it("spread a busy day's data over more than one node of the cluster", async () => {
    const log = new SessionLog(redis, prefix);
    const store = new ChatStateStore(redis, prefix, 60);
    for (let i = 0; i < 20; i++) {
      await store.update({ channel: "telegram", id: String(1000 + i) }, `u${i}`, () => ({ state: { v: 1, seq: 0, at: 0, lang: "vi" as const } }), () => "ok");
      await log.record({ sessionId: `s${i}`, flow: "vneid", procedure: null, field: "tai-khoan", unit: "long-hiep", lang: "vi", startedAt: 0, completedAt: Date.UTC(2026, 10, 1 + i), outcome: "account", result: "done", assisted: false, channel: "telegram" });
    }
    const tags = new Set((await allKeys(redis, `${prefix}*`)).map(hashTag));
    expect(tags.size).toBeGreaterThan(30);
    if (onCluster()) {
      const slots = await Promise.all([...tags].slice(0, 40).map((tag) => (redis as unknown as { cluster(...a: string[]): Promise<number> }).cluster("KEYSLOT", tag)));
      expect(new Set(slots).size).toBeGreaterThan(20);
    }
  });
});

describe("writes across slots", () => {
  it("lets the next instance finish a guarded run whose creator died after taking the guard", async () => {
    const keys = broadcastKeys(`${prefix}g:`);
    const runs = new RunStore(redis, keys);
    const guard = { key: keys.fired("thu5", 1), ttlSeconds: 3600 };
    const at = Date.UTC(2026, 11, 3, 1);
    // The dead instance: took id 1 and the guard, then nothing more.
    await redis.incr(keys.runSeq);
    await redis.set(guard.key, `1|${at}`, "EX", 3600);
    // Another instance at the same moment leaves it alone (its creator may be writing it now)…
    expect(await runs.create({ kind: "reminder", units: null, code: "NN-AAAAAA", createdAt: at + 1_000 }, guard)).toBeNull();
    // …a minute later it writes that same run, once.
    const adopted = await runs.create({ kind: "reminder", units: null, code: "NN-AAAAAA", createdAt: at + 61_000 }, guard);
    expect(adopted).toBe("1");
    expect((await runs.get("1"))?.status).toBe("preparing");
    expect(await runs.create({ kind: "reminder", units: null, code: "NN-AAAAAA", createdAt: at + 62_000 }, guard)).toBeNull();
    expect((await runs.byCode("NN-AAAAAA"))?.id).toBe("1");
  });

  it("keeps a subscriber's record the truth: a withdrawal or a move cut short never reaches the wrong people", async () => {
    const keys = broadcastKeys(`${prefix}s:`);
    const subs = new SubscriptionStore(redis, keys, () => Date.UTC(2026, 11, 2));
    await subs.subscribe("zalo:1", { unit: "long-hiep", lang: "km", source: "command" });
    await subs.subscribe("zalo:2", { unit: "long-hiep", lang: "vi", source: "command" });
    await subs.subscribe("zalo:2", { unit: "tra-cu", lang: "vi", source: "command" });
    // Leftovers of a process that died between steps: an index entry the hash contradicts.
    await redis.sadd(keys.unitSubscribers("long-hiep"), "zalo:2");
    await redis.hdel(keys.subscriber("zalo:1"), "zalo:1"); // a withdrawal cut short before its index entry went
    const got: string[] = [];
    for await (const batch of subs.recipients(["long-hiep", "tra-cu"])) got.push(...batch.map((r) => `${r.chatId}@${r.unit}`));
    expect(got).toEqual(["zalo:2@tra-cu"]);
    // A block reported twice (403 and my_chat_member) counts once.
    const both = await Promise.all([subs.unsubscribe("zalo:2", "blocked"), subs.unsubscribe("zalo:2", "blocked")]);
    expect(both.filter(Boolean)).toHaveLength(1);
    expect(await subs.blockedCount()).toBe(1);
  });
});
