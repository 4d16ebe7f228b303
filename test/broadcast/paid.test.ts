/**
 * Telegram's paid broadcasts against the fake Bot API on a real Redis with real BullMQ: messages go
 * with allow_paid_broadcast while the month's Stars budget covers them and unpaid after, a refused
 * message gives its price back, two instances share one budget, and the report says what was spent.
 * (How fast the paid pace goes is measured in the broadcast benchmark, not asserted here.)
 */
import type { RedisClient } from "../../src/redis/connection.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BroadcastModule } from "../../src/broadcast/module.js";
import { vietnamMonth } from "../../src/broadcast/paid-budget.js";
import { tf } from "../../src/broadcast/taskforce-texts.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";
import { cleanupPrefix, newRedis, testRedisTarget, uniquePrefix } from "../support/redis.js";
import { countsByChat, makeModule, seedSubscribers, startBroadcast, waitForRun, WED_10H, type ModuleOptions } from "./support/world.js";

let redis: RedisClient;
let fake: FakeBotApi;
let prefix: string;
const modules: BroadcastModule[] = [];

async function module(opts: Partial<ModuleOptions> = {}): Promise<BroadcastModule> {
  const mod = makeModule({ redis, redisTarget: testRedisTarget(), prefix, apiRoot: fake.apiRoot, token: fake.token, ...opts });
  modules.push(mod);
  await mod.start();
  return mod;
}

/** What this month has spent on Telegram's paid broadcasts, in Stars, as Redis holds it. */
async function spentStars(mod: BroadcastModule): Promise<number> {
  return Number((await redis.get(mod.parts.keys.paidSpent("telegram", vietnamMonth(WED_10H)))) ?? 0) / 1000;
}

beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await redis.quit();
});
beforeEach(async () => {
  prefix = uniquePrefix("bcpaid");
  fake = await startFakeBotApi();
});
afterEach(async () => {
  await Promise.all(modules.splice(0).map((m) => m.stop()));
  await fake.close();
  await cleanupPrefix(redis, prefix);
});

describe("paid broadcasts", () => {
  it("pays for messages while the month's budget lasts, then sends the rest unpaid, each person once", async () => {
    // 1 Star pays for ten messages at 0.1 Star each.
    const mod = await module({ paid: { ratePerSecond: 500, monthlyBudgetStars: 1 } });
    await seedSubscribers(mod, 1000, 25);
    const run = await waitForRun(mod, await startBroadcast(mod, "Lịch tiêm chủng"));
    expect(run.counts).toMatchObject({ done: 25, ok: 25, failed: 0, unsure: 0 });
    const counts = countsByChat(fake.sent, "Lịch tiêm chủng");
    expect(counts.size).toBe(25);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(fake.sent.filter((m) => m.paid).length).toBe(10);
    expect(run.costMilli).toBe(1000);
    expect(await spentStars(mod)).toBe(1);
    expect(tf.report(run)).toContain("đã dùng 1 Sao (Telegram Stars)");
  });

  it("gives the price of a message that did not go out back to the budget", async () => {
    const mod = await module({ paid: { ratePerSecond: 500, monthlyBudgetStars: 10 } });
    const ids = await seedSubscribers(mod, 1000, 10);
    for (const id of ids.slice(0, 3)) fake.blockChat(id);
    fake.failNext("sendMessage", { status: 500 }, 2);
    const run = await waitForRun(mod, await startBroadcast(mod, "Họp tổ dân phố"));
    expect(run.counts).toMatchObject({ done: 10, ok: 7, blocked: 3 });
    expect(fake.stats.paid).toBe(7);
    expect(run.costMilli).toBe(700);
    expect(await spentStars(mod)).toBeCloseTo(0.7);
    expect(tf.report(run)).toContain("đã dùng 0,7 Sao");
  });

  it("keeps two instances within one shared budget", async () => {
    const paid = { ratePerSecond: 500, monthlyBudgetStars: 2 };
    const a = await module({ paid });
    await module({ paid });
    await seedSubscribers(a, 1000, 60);
    const run = await waitForRun(a, await startBroadcast(a, "Nhắc nộp hồ sơ"), 20_000);
    expect(run.counts).toMatchObject({ done: 60, ok: 60 });
    expect(countsByChat(fake.sent, "Nhắc nộp hồ sơ").size).toBe(60);
    expect(fake.stats.paid).toBe(20);
    expect(run.costMilli).toBe(2000);
    expect(await spentStars(a)).toBe(2);
  });

  it("sends nothing paid and reports no cost when paid broadcasts are off", async () => {
    const mod = await module();
    await seedSubscribers(mod, 1000, 5);
    const run = await waitForRun(mod, await startBroadcast(mod, "Thông báo thường"));
    expect(run.counts.ok).toBe(5);
    expect(fake.stats.paid).toBe(0);
    expect(run.costMilli).toBe(0);
    expect(tf.report(run)).not.toContain("Sao");
  });
});
