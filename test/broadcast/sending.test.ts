/**
 * Bulk sending against the fake Bot API on a real Redis with real BullMQ: pace, failures (403, 400,
 * 5xx, 429), quiet hours with a controlled clock, and stop/resume.
 *
 * The pace itself (no more than the rate in any second) is a timing property: it is measured in the
 * broadcast benchmark (`429 by limits: bulk`, against a fake enforcing 30/s), not asserted here,
 * where a loaded machine would make it flake.
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { Api } from "grammy";
import type { RedisClient } from "../../src/redis/connection.js";
import { afterEach, beforeAll, afterAll, beforeEach, describe, expect, it } from "vitest";
import { replyPacer } from "../../src/bot/telegram/reply-pacer.js";
import type { BroadcastModule } from "../../src/broadcast/module.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";
import { cleanupPrefix, newRedis, testRedisTarget, uniquePrefix } from "../support/redis.js";
import { countsByChat, makeModule, seedSubscribers, startBroadcast, TEST_TUNING, testClock, waitForRun, WED_10H, type ModuleOptions } from "./support/world.js";

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

beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await redis.quit();
});
beforeEach(async () => {
  prefix = uniquePrefix("bcsend");
  fake = await startFakeBotApi();
});
afterEach(async () => {
  await Promise.all(modules.splice(0).map((m) => m.stop()));
  await fake.close();
  await cleanupPrefix(redis, prefix);
});

describe("bulk sending", () => {
  it("sends each subscriber of the chosen communes exactly one message with the authenticity footer", async () => {
    const mod = await module();
    await seedSubscribers(mod, 1000, 12, "tra-cu");
    await seedSubscribers(mod, 2000, 5, "long-hiep", "en");
    await seedSubscribers(mod, 3000, 4, "dai-an");
    const id = await startBroadcast(mod, "Họp dân tối nay", ["tra-cu", "long-hiep"], "TB-ABCDEF");
    const run = await waitForRun(mod, id);
    expect(run.total).toBe(17);
    expect(run.counts).toMatchObject({ done: 17, ok: 17, blocked: 0, gone: 0, failed: 0, unsure: 0 });
    const counts = countsByChat(fake.sent, "Họp dân tối nay");
    expect(counts.size).toBe(17);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(counts.has("3000")).toBe(false);
    const vi = fake.sent.find((m) => m.chatId === 1000)!;
    const en = fake.sent.find((m) => m.chatId === 2000)!;
    expect(vi.text).toContain("Mã xác thực: TB-ABCDEF");
    expect(en.text).toContain("Authenticity code: TB-ABCDEF");
    // Who it went to is deleted 30 days after the end; the run and its code a year after.
    const { keys } = mod.parts;
    for (const key of [keys.recipients(id), keys.ledger(id)]) expect(await redis.ttl(key)).toBeGreaterThan(29 * 86_400);
    for (const key of [keys.run(id), keys.code("TB-ABCDEF")]) expect(await redis.ttl(key)).toBeGreaterThan(364 * 86_400);
  });

  it("shards a run by commune: no batch mixes two communes, a large one gets several, and every recipient is in one", async () => {
    const mod = await module(); // batches of 10
    await seedSubscribers(mod, 1000, 23, "tra-cu");
    await seedSubscribers(mod, 2000, 5, "long-hiep");
    await seedSubscribers(mod, 3000, 4, "dai-an");
    const id = await startBroadcast(mod, "Theo xã");
    await waitForRun(mod, id);
    // Every batch job of the run, whatever its state (the last may still be completing).
    const jobs = await mod.queue.queue.getJobs(["completed", "active", "wait", "delayed", "failed"]);
    const batches = await Promise.all(jobs.filter((j) => j.data.runId === id).map(async (j) => (await mod.parts.runs.recipients(id, j.data.from, j.data.to)).map((r) => r.unit)));
    expect(batches.map((units) => new Set(units).size)).toEqual(batches.map(() => 1));
    expect(batches.map((units) => `${units[0]}:${units.length}`).sort()).toEqual(["dai-an:4", "long-hiep:5", "tra-cu:10", "tra-cu:10", "tra-cu:3"]);
    expect(countsByChat(fake.sent, "Theo xã").size).toBe(32);
  });

  it("unsubscribes on 403, drops 'chat not found' with a count, retries 5xx and reports what keeps failing", async () => {
    const mod = await module();
    await seedSubscribers(mod, 1000, 6);
    fake.blockChat(1001);
    fake.unknownChat(1002);
    // Two 502s in a row for whoever comes first: retried with backoff, then delivered.
    fake.failNext("sendMessage", { status: 502, body: { ok: false, error_code: 502, description: "Bad Gateway" } }, 2);
    const id = await startBroadcast(mod, "Thử lỗi");
    const run = await waitForRun(mod, id);
    expect(run.counts).toMatchObject({ done: 6, ok: 4, blocked: 1, gone: 1, failed: 0 });
    expect(await mod.parts.subscriptions.get("1001")).toMatchObject({ on: false, source: "blocked" });
    expect(await mod.parts.subscriptions.blockedCount()).toBe(1);
    expect(await mod.parts.subscriptions.get("1002")).toMatchObject({ on: false, source: "gone" });

    // A message that fails every time is reported as failed after maxAttempts, not retried forever.
    fake.failNext("sendMessage", { status: 500, body: { ok: false, error_code: 500, description: "Internal" } }, 3);
    await seedSubscribers(mod, 5000, 1, "dai-an");
    const again = await waitForRun(mod, await startBroadcast(mod, "Lỗi mãi", ["dai-an"], "TB-FFFFFF"));
    expect(again.counts).toMatchObject({ done: 1, ok: 0, failed: 1 });
    expect(fake.calls.filter((c) => c.method === "sendMessage" && String(c.payload.chat_id) === "5000")).toHaveLength(3);
  });

  it("pauses the whole sender for retry_after on a 429, then goes on", async () => {
    const mod = await module();
    await seedSubscribers(mod, 1000, 10);
    fake.failNext("sendMessage", { status: 429, body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } } });
    const id = await startBroadcast(mod, "Thử 429");
    const run = await waitForRun(mod, id);
    expect(run.counts).toMatchObject({ done: 10, ok: 10 });
    const calls = fake.calls.filter((c) => c.method === "sendMessage");
    const limited = calls.find((c) => c.status === 429)!;
    const after = calls.filter((c) => c.at > limited.at);
    // Every lane waited: in the second after the 429 at most the lanes already past their last
    // check went out (a lane checks the pause right before sending); without the pause, all nine
    // left would have gone within 150 ms.
    const early = after.filter((c) => c.at - limited.at < 950);
    expect(early.length).toBeLessThanOrEqual(TEST_TUNING.lanes! - 1);
    expect(after.length - early.length).toBeGreaterThanOrEqual(9 - (TEST_TUNING.lanes! - 1));
    expect(countsByChat(fake.sent, "Thử 429").size).toBe(10);
  });

  it("pauses bulk sending when a reply to a citizen meets a 429, so the reply's retry gets through", async () => {
    const mod = await module({ tuning: { ratePerSecond: 20 } });
    await seedSubscribers(mod, 1000, 40);
    const bot = new Api(fake.token, { apiRoot: fake.apiRoot });
    bot.config.use(replyPacer(mod.parts));
    bot.config.use(autoRetry({ maxRetryAttempts: 2 }));
    const id = await startBroadcast(mod, "Tin nền");
    await fake.waitFor(() => countsByChat(fake.sent, "Tin nền").size >= 5, 5000);

    fake.failNext("sendMessage", { status: 429, body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } }, forChat: (chat) => chat === "777" });
    await bot.sendMessage(777, "Trả lời người dân");
    const replyCalls = fake.calls.filter((c) => c.method === "sendMessage" && String(c.payload.chat_id) === "777");
    expect(replyCalls.map((c) => c.status)).toEqual([429, 200]);
    // Bulk sending was paused for everyone (the reply met no per-chat limit): the pause is in the
    // shared gate. How many bulk messages slip through meanwhile is timing: measured in the bench.
    expect(Number(await redis.hget(mod.parts.keys.gate("telegram"), "pauseUntil"))).toBeGreaterThan(0);
    const run = await waitForRun(mod, id, 15_000);
    expect(run.counts).toMatchObject({ done: 40, ok: 40 });
  });

  it("slows only the chat whose own limit was hit: one chatty citizen never pauses a broadcast", async () => {
    const mod = await module({ tuning: { ratePerSecond: 20 } });
    await seedSubscribers(mod, 1000, 20);
    const bot = new Api(fake.token, { apiRoot: fake.apiRoot });
    bot.config.use(replyPacer(mod.parts));
    const id = await startBroadcast(mod, "Tin nền 2");
    const tooMany = { status: 429, body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } }, forChat: (chat: string) => chat === "888" };
    await bot.sendMessage(888, "Trả lời 1");
    // A second reply to the same chat at once: Telegram's per-chat limit answers 429, several times.
    for (let i = 0; i < 5; i++) {
      fake.failNext("sendMessage", tooMany);
      await expect(bot.sendMessage(888, `Trả lời nhanh ${i}`)).rejects.toThrow(/429|Too Many/);
    }
    expect(await redis.hget(mod.parts.keys.gate("telegram"), "pauseUntil")).toBeNull();
    expect(await redis.pttl(mod.parts.keys.chatPace("888"))).toBeGreaterThan(1_000);
    const run = await waitForRun(mod, id, 15_000);
    expect(run.counts).toMatchObject({ done: 20, ok: 20 });
  });

  it("never sends two messages to one chat within a second, even from two runs at once", async () => {
    const mod = await module();
    await seedSubscribers(mod, 1000, 3);
    const a = await startBroadcast(mod, "Tin A", null, "TB-AAAAAA");
    const b = await startBroadcast(mod, "Tin B", null, "TB-BBBBBB");
    await waitForRun(mod, a);
    await waitForRun(mod, b);
    for (const chat of [1000, 1001, 1002]) {
      const times = fake.calls.filter((c) => c.method === "sendMessage" && String(c.payload.chat_id) === String(chat) && c.status === 200).map((c) => c.at);
      expect(times).toHaveLength(2);
      expect(Math.abs(times[1]! - times[0]!)).toBeGreaterThanOrEqual(1000);
    }
  });

  it("holds bulk sending during quiet hours and resumes by itself when they end", async () => {
    // Wednesday 22:00 local time: quiet (21:00-07:00).
    const clock = testClock(WED_10H + 12 * 3600_000);
    const mod = await module({ now: clock.now, quietHours: { fromMinute: 21 * 60, toMinute: 7 * 60 } });
    await seedSubscribers(mod, 1000, 5);
    const id = await startBroadcast(mod, "Tin ban đêm");
    await new Promise((r) => setTimeout(r, 600));
    expect(countsByChat(fake.sent, "Tin ban đêm").size).toBe(0);
    const held = await mod.parts.runs.get(id);
    expect(held?.status).toBe("running");
    // Sending resumes at 07:00 local, Thursday.
    expect(held?.quietUntil).toBe(WED_10H + 21 * 3600_000);

    clock.t = WED_10H + 21 * 3600_000; // Thursday 07:00
    const run = await waitForRun(mod, id);
    expect(run.counts.ok).toBe(5);
    expect(run.quietUntil).toBeNull();
  });

  it("stops a running broadcast and resumes it without serving anyone twice", async () => {
    const mod = await module({ tuning: { ratePerSecond: 20 } });
    await seedSubscribers(mod, 1000, 30);
    const id = await startBroadcast(mod, "Dừng rồi tiếp");
    await fake.waitFor(() => countsByChat(fake.sent, "Dừng rồi tiếp").size >= 8, 5000);
    expect(await mod.parts.service.stop(id)).toBe(true);
    await new Promise((r) => setTimeout(r, 400));
    const atStop = countsByChat(fake.sent, "Dừng rồi tiếp").size;
    await new Promise((r) => setTimeout(r, 400));
    expect(countsByChat(fake.sent, "Dừng rồi tiếp").size).toBe(atStop);
    expect(atStop).toBeLessThan(30);

    expect(await mod.parts.service.resume(id)).toBe(true);
    const run = await waitForRun(mod, id);
    expect(run.counts).toMatchObject({ done: 30, ok: 30 });
    const counts = countsByChat(fake.sent, "Dừng rồi tiếp");
    expect(counts.size).toBe(30);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });
});
