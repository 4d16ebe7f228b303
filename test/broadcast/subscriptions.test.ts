/**
 * The subscription store and its listener on engine events, on a real Redis.
 */
import { localDay } from "../../src/stats/local-day.js";
import type { RedisClient } from "../../src/redis/connection.js";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { broadcastKeys } from "../../src/broadcast/keys.js";
import { subscriptionListener } from "../../src/broadcast/subscription-listener.js";
import { WITHDRAWN_TTL_SECONDS, SubscriptionStore, type Recipient, CONSENT_TEXT_VERSION } from "../../src/broadcast/subscriptions.js";
import { ChatStateStore } from "../../src/flows/state-store.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "../support/redis.js";
import { testClock } from "./support/world.js";

let redis: RedisClient;
const prefix = uniquePrefix("bcsub");

beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

async function all(gen: AsyncIterable<Recipient[]>): Promise<Recipient[]> {
  const out: Recipient[] = [];
  for await (const batch of gen) out.push(...batch);
  return out.sort((a, b) => a.chatId.localeCompare(b.chatId));
}

describe("SubscriptionStore", () => {
  it("records consent and withdrawal with their times, and moves a subscriber between communes", async () => {
    const clock = testClock(1_700_000_000_000);
    const store = new SubscriptionStore(redis, broadcastKeys(`${prefix}a:`), clock.now);
    await store.subscribe("1", { unit: "tra-cu", lang: "km", source: "onboarding" });
    expect(await store.get("1")).toEqual({ chatId: "1", on: true, unit: "tra-cu", lang: "km", consentAt: clock.t, withdrawnAt: null, consentText: CONSENT_TEXT_VERSION, source: "onboarding" });
    clock.t += 1000;
    await store.subscribe("1", { unit: "dai-an", lang: "km", source: "command" });
    expect(await store.countByUnit(["tra-cu", "dai-an"])).toEqual(new Map([["tra-cu", 0], ["dai-an", 1]]));
    clock.t += 1000;
    expect(await store.unsubscribe("1", "command")).toBe(true);
    expect(await store.unsubscribe("1", "command")).toBe(false);
    expect(await store.get("1")).toMatchObject({ on: false, unit: "dai-an", consentAt: clock.t - 1000, withdrawnAt: clock.t, source: "command" });
    expect(await store.count(null)).toBe(0);
    expect(await store.blockedCount()).toBe(0);
  });

  it("keeps a subscription while the consent stands and the record of a withdrawal for 30 days", async () => {
    const keys = broadcastKeys(`${prefix}r:`);
    const start = Date.now();
    const clock = testClock(start);
    const store = new SubscriptionStore(redis, keys, clock.now);
    await store.subscribe("7", { unit: "tra-cu", lang: "vi", source: "command" });
    expect(await redis.ttl(keys.subscriber("7"))).toBe(-1);
    await store.unsubscribe("7", "command");
    expect(await redis.hexists(keys.subscriber("7"), "7")).toBe(0);
    // The withdrawal is kept in its day's record (Vietnam's day), which expires 30 days after the day.
    const day = localDay(start);
    const kept = await redis.pttl(keys.withdrawals(day));
    expect(Math.abs(start + kept - (Date.parse(day) + 86_400_000 + WITHDRAWN_TTL_SECONDS * 1000))).toBeLessThan(60_000);
    clock.t += 29 * 86_400_000;
    expect(await store.get("7")).toMatchObject({ on: false, withdrawnAt: start });
    await store.subscribe("7", { unit: "tra-cu", lang: "vi", source: "command" });
    expect(await store.get("7")).toMatchObject({ on: true, withdrawnAt: null });
    // A person's request to delete their data takes the withdrawals too.
    await store.unsubscribe("7", "command");
    expect(await store.forget("7")).toBe(false);
    expect(await store.get("7")).toBeNull();
  });

  it("holds each subscription as a packed field of a small hash, not a key of its own", async () => {
    const keys = broadcastKeys(`${prefix}m:`);
    const store = new SubscriptionStore(redis, keys);
    for (let i = 0; i < 2000; i++) await store.subscribe(String(8_000_000_000 + i), { unit: "long-hiep", lang: "vi", source: "onboarding" });
    const buckets = new Set(Array.from({ length: 2000 }, (_, i) => keys.subscriber(String(8_000_000_000 + i))));
    expect(buckets.size).toBeGreaterThan(1000); // spread over the buckets (and the cluster's slots)
    for (const bucket of [...buckets].slice(0, 20)) expect(await redis.object("ENCODING", bucket)).toBe("listpack");
    expect(await store.get("8000000001")).toMatchObject({ on: true, lang: "vi", unit: "long-hiep", source: "onboarding" });
    expect(await store.count(null)).toBe(2000);
  });

  it("lists recipients by commune with their language, in chunks", async () => {
    const store = new SubscriptionStore(redis, broadcastKeys(`${prefix}b:`));
    for (let i = 0; i < 1200; i++) await store.subscribe(String(i), { unit: i % 3 === 0 ? "tra-cu" : "long-hiep", lang: i % 2 ? "en" : "vi", source: "command" });
    expect(await store.count(["tra-cu"])).toBe(400);
    expect(await store.count(null)).toBe(1200);
    const some = await all(store.recipients(["tra-cu"]));
    expect(some).toHaveLength(400);
    expect(some.find((r) => r.chatId === "3")).toEqual({ chatId: "3", lang: "en", unit: "tra-cu" });
    expect(await all(store.recipients(null))).toHaveLength(1200);
  });

  it("follows reminders_changed events from the chats of pushing channels, in the chat's language", async () => {
    const p = `${prefix}c:`;
    const store = new SubscriptionStore(redis, broadcastKeys(p));
    const states = new ChatStateStore(redis, p, 3600);
    await states.update({ channel: "telegram", id: "77" }, undefined, () => ({ state: { v: 1, seq: 1, at: 0, lang: "en" } }));
    const listener = subscriptionListener(store, states, new Set(["telegram", "zalo"]), pino({ level: "silent" }));
    await listener({ channel: "telegram", id: "77" }, { type: "reminders_changed", remind: true, unit: "long-hiep" });
    expect(await store.get("77")).toMatchObject({ on: true, unit: "long-hiep", lang: "en", source: "onboarding" });
    // Web chat users cannot receive pushed messages: ignored.
    await listener({ channel: "web", id: "abcdefgh" }, { type: "reminders_changed", remind: true, unit: "long-hiep" });
    expect(await store.count(null)).toBe(1);
    await listener({ channel: "telegram", id: "77" }, { type: "reminders_changed", remind: false, unit: "long-hiep" });
    expect(await store.get("77")).toMatchObject({ on: false, source: "onboarding" });
    // A Zalo follower is a recipient of its own, named by channel; a bare id stays Telegram's.
    await listener({ channel: "zalo", id: "77" }, { type: "reminders_changed", remind: true, unit: "dai-an" });
    expect(await store.get("zalo:77")).toMatchObject({ on: true, unit: "dai-an", lang: "vi" });
    expect(await store.get("77")).toMatchObject({ on: false });
  });
});
