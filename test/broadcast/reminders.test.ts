/**
 * The weekly reminder: fires once per occurrence with two instances ticking, names the commune's
 * office and hours in the subscriber's language, and is not sent late at night after downtime.
 */
import type { RedisClient } from "../../src/redis/connection.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BroadcastModule } from "../../src/broadcast/module.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";
import { cleanupPrefix, newRedis, testRedisTarget, uniquePrefix } from "../support/redis.js";
import { makeModule, seedSubscribers, testClock, waitForRun } from "./support/world.js";

// Asia/Ho_Chi_Minh is UTC+7. Wednesday 26 November 2025.
const local = (d: number, h: number, mi = 0) => Date.UTC(2025, 10, d, h - 7, mi);
const QUIET = { fromMinute: 21 * 60, toMinute: 7 * 60 };

let redis: RedisClient;
let fake: FakeBotApi;
let prefix: string;
const modules: BroadcastModule[] = [];

beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await redis.quit();
});
beforeEach(async () => {
  prefix = uniquePrefix("bcrem");
  fake = await startFakeBotApi();
});
afterEach(async () => {
  await Promise.all(modules.splice(0).map((m) => m.stop()));
  await fake.close();
  await cleanupPrefix(redis, prefix);
});

async function instances(n: number, now: () => number): Promise<BroadcastModule[]> {
  const list: BroadcastModule[] = [];
  for (let i = 0; i < n; i++) {
    // The ticker is driven by hand (tick()), so its timer never fires during the test.
    const mod = makeModule({ redis, redisTarget: testRedisTarget(), prefix, apiRoot: fake.apiRoot, token: fake.token, now, quietHours: QUIET, tuning: { tickIntervalMs: 3600_000 }, reminders: true });
    modules.push(mod);
    list.push(mod);
  }
  for (const mod of list) await startWorkerOnly(mod);
  return list;
}

/** Starts the sender worker but not the ticker's timer (start() would tick on its own). */
async function startWorkerOnly(mod: BroadcastModule) {
  void mod.worker!.run();
  await mod.worker!.waitUntilReady();
}

describe("weekly reminders", () => {
  it("fires each occurrence once with two instances, naming the office in the subscriber's language", async () => {
    const clock = testClock(local(26, 17, 0)); // Wednesday 17:00
    const [a, b] = await instances(2, clock.now);
    await seedSubscribers(a!, 100, 3, "tra-cu");
    await seedSubscribers(a!, 200, 2, "long-hiep", "en");
    await seedSubscribers(a!, 300, 1, "dai-an", "km");

    const fired = [...(await Promise.all([a!.ticker.tick(), b!.ticker.tick(), a!.ticker.tick()]))].flat();
    expect(fired).toHaveLength(1);
    const run = await waitForRun(a!, fired[0]!);
    expect(run.counts).toMatchObject({ done: 6, ok: 6 });
    // Ticking again in the same occurrence window starts nothing.
    clock.t += 30 * 60_000;
    expect([...(await a!.ticker.tick()), ...(await b!.ticker.tick())]).toEqual([]);

    const to = (chat: number) => fake.sent.filter((m) => m.chatId === chat).map((m) => m.text ?? "");
    expect(to(100)).toHaveLength(1);
    expect(to(100)[0]).toContain("Ngày mai, thứ Năm");
    expect(to(100)[0]).toContain("ấp Chợ, xã Trà Cú");
    expect(to(100)[0]).toContain("Thứ Năm, 7:00–11:00");
    expect(to(100)[0]).toContain(`Mã xác thực: ${run.code}`);
    expect(to(200)[0]).toContain("Tomorrow, Thursday");
    expect(to(200)[0]).toContain("ấp Giồng Giếng, xã Long Hiệp");
    expect(to(300)[0]).toContain("ថ្ងៃស្អែក");
    expect(to(300)[0]).toContain("ấp Chợ, xã Đại An");

    // Thursday 07:00: the second slot fires once more, saying "today".
    clock.t = local(27, 7, 0);
    const thursday = [...(await b!.ticker.tick()), ...(await a!.ticker.tick())];
    expect(thursday).toHaveLength(1);
    await waitForRun(a!, thursday[0]!);
    expect(to(100)).toHaveLength(2);
    expect(to(100)[1]).toContain("Hôm nay, thứ Năm");
  });

  it("skips an occurrence missed during downtime when it is too late or quiet hours have begun", async () => {
    const clock = testClock(local(26, 19, 30)); // 2.5 h after Wednesday 17:00
    const [a] = await instances(1, clock.now);
    await seedSubscribers(a!, 100, 2);
    expect(await a!.ticker.tick()).toEqual([]);
    clock.t = local(26, 22, 0); // quiet hours
    expect(await a!.ticker.tick()).toEqual([]);
    clock.t = local(26, 18, 30); // back within 2 h (a restart at 18:30): fires late but in time
    expect(await a!.ticker.tick()).toHaveLength(1);
  });

  it("lets admins pause, resume and change the schedule; what came round meanwhile is not sent late", async () => {
    const clock = testClock(local(26, 16, 0));
    const [a] = await instances(1, clock.now);
    await seedSubscribers(a!, 100, 1);
    await a!.parts.schedule.setPaused(true, clock.t);
    clock.t = local(26, 17, 0);
    expect(await a!.ticker.tick()).toEqual([]);
    clock.t = local(26, 17, 10);
    await a!.parts.schedule.setPaused(false, clock.t);
    expect(await a!.ticker.tick()).toEqual([]);
    // A new slot in the future fires when its time comes.
    await a!.parts.schedule.setSlots([{ weekday: 3, minute: 18 * 60 }], clock.t);
    clock.t = local(26, 18, 0);
    const [id] = await a!.ticker.tick();
    expect((await waitForRun(a!, id!)).counts.ok).toBe(1);
  });
});
