import { updateMark } from "../../src/flows/state-codec.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatAddress } from "../../src/flows/state-store.js";
import type { Reply } from "../../src/flows/types.js";
import { buildHttpApp } from "../../src/http/server.js";
import { createRedis, connectRedis, type RedisClient } from "../../src/redis/connection.js";
import { cleanupPrefix, newRedis, startRedisServer, type RedisServerHandle, uniquePrefix } from "../support/redis.js";
import type { Assistant } from "../../src/bot/assistant.js";
import { testAssistant } from "../support/assistant.js";
import { StatsKeys } from "../../src/stats/stats-keys.js";

const chat: ChatAddress = { channel: "telegram", id: "42" };
/** The test engine's clock (test/flows/fixtures.ts) stands on this day. */
const FIXED_DAY = "2026-11-24";

function press(replies: Reply[] | null, label: string): string {
  for (const reply of [...(replies ?? [])].reverse()) {
    for (const b of reply.buttons?.flat() ?? []) if (b.label.endsWith(label) && "data" in b) return b.data;
  }
  throw new Error(`no button ${label}`);
}

const build = (redis: RedisClient, prefix: string) => testAssistant(redis, prefix);

/** Onboards and walks to the question step of the demo guide; returns the last replies. */
async function walkToQuestion(assistant: Assistant) {
  let r = await assistant.handle(chat, { kind: "start" });
  await assistant.handle(chat, { kind: "button", data: press(r, "Tiếng Việt") });
  r = await assistant.handle(chat, { kind: "text", text: "Ngọc Biên" });
  r = await assistant.handle(chat, { kind: "button", data: press(r, "Không") });
  r = await assistant.handle(chat, { kind: "button", data: press(r, "Làm giấy khai sinh") });
  r = await assistant.handle(chat, { kind: "button", data: press(r, "Cho con tôi") });
  r = await assistant.handle(chat, { kind: "button", data: press(r, "Tiếp tục") });
  r = await assistant.handle(chat, { kind: "button", data: press(r, "Tiếp tục") });
  return r;
}

describe("Assistant on the shared Redis", () => {
  let redis: RedisClient;
  const prefix = uniquePrefix("assistant");
  beforeAll(() => {
    redis = newRedis();
  });
  afterAll(async () => {
    await cleanupPrefix(redis, prefix);
    await redis.quit();
  });

  it("handles a redelivered update once and logs the completed session exactly once", async () => {
    const { assistant } = build(redis, prefix);
    const replies = await walkToQuestion(assistant);
    expect(replies?.at(-1)?.text).toContain("Gõ mã hồ sơ");
    const final = { kind: "button" as const, data: press(replies, "Chưa có mã") };
    const first = await assistant.handle(chat, final, { updateId: "900" });
    expect(first?.map((r) => r.text).join()).toContain("Đã nộp xong.");
    // Delivered again: the engine does not run again; the answer it gave is shown again.
    expect(await assistant.handle(chat, final, { updateId: "900" })).toEqual(first);
    // Both records know the update by a digest, never by its id (a Zalo event id names the person).
    const stateKey = `${prefix}chat:{${chat.channel}:${chat.id}}`;
    for (const key of [stateKey, `${stateKey}:last`]) expect(await redis.get(key)).toContain(updateMark("900"));
    // Even a different update carrying the same old button cannot count it twice: it is stale now.
    const again = await assistant.handle(chat, final, { updateId: "901" });
    expect(again?.[0]?.text).toBe("Menu này đã cũ.");
    const entries = await redis.xrange(new StatsKeys(prefix).sessions(FIXED_DAY), "-", "+");
    expect(entries).toHaveLength(1);
    expect(entries[0]![1]).toEqual(expect.arrayContaining(["unit", "long-hiep", "outcome", "online_filing", "channel", "telegram"]));
  });

  it("tells listeners only what the written turn did, never an attempt another instance overtook", async () => {
    const other: ChatAddress = { channel: "telegram", id: "4343" };
    const seen: string[] = [];
    const listeners = [async (_: ChatAddress, e: { type: string }) => void seen.push(e.type)];
    const a = testAssistant(redis, prefix, { listeners }).assistant;
    const b = testAssistant(redis, prefix, { listeners }).assistant;
    let r = await a.handle(other, { kind: "start" });
    await a.handle(other, { kind: "button", data: press(r, "Tiếng Việt") });
    r = await a.handle(other, { kind: "text", text: "Ngọc Biên" });
    const menu = await a.handle(other, { kind: "button", data: press(r, "Không") }); // A now holds this state in its cache
    await b.handle(other, { kind: "menu" }); // another instance moves the chat on: A's copy is stale
    seen.length = 0;
    // A first runs the press on its stale copy (it would open the guide), is refused, and runs it again.
    const replies = await a.handle(other, { kind: "button", data: press(menu, "Làm giấy khai sinh") });
    expect(replies?.[0]?.text).toBe("Menu này đã cũ.");
    expect(seen.filter((t) => t === "step_reached")).toEqual([]);
  });

  it("keeps the user's place across a restart (a new Assistant on the same RedisClient)", async () => {
    const p = `${prefix}restart:`;
    const before = build(redis, p).assistant;
    await walkToQuestion(before);
    const after = build(redis, p).assistant;
    const replies = await after.handle(chat, { kind: "text", text: "H62.22-250101-0001" });
    expect(replies?.map((r) => r.text).join()).toContain("Đã nộp xong.");
  });

  it("keeps one chat's updates in order when they arrive together", async () => {
    const p = `${prefix}order:`;
    const { assistant } = build(redis, p);
    let r = await assistant.handle(chat, { kind: "start" });
    r = await assistant.handle(chat, { kind: "button", data: press(r, "Tiếng Việt") });
    const [a, b] = await Promise.all([
      assistant.handle(chat, { kind: "button", data: press(r, "xã Trà Cú") }),
      assistant.handle(chat, { kind: "button", data: press(r, "xã Đại An") }),
    ]);
    expect(a?.at(-1)?.text).toContain("Nhắc lịch?");
    expect(b?.[0]?.text).toBe("Menu này đã cũ."); // the second press met the updated screen
  });
});

describe("Assistant when Redis goes away", () => {
  let server: RedisServerHandle;
  let appRedis: RedisClient;

  beforeAll(async () => {
    server = await startRedisServer({ persist: true });
    appRedis = createRedis({ kind: "single", url: server.url }, "test");
    appRedis.on("error", () => {});
    await connectRedis(appRedis);
  });
  afterAll(async () => {
    appRedis.disconnect();
    await server.stop();
  });

  it("tells the user the system is busy, then recovers by itself without losing their place", async () => {
    const { assistant } = build(appRedis, "outage:");
    const replies = await walkToQuestion(assistant);
    await server.kill();
    const busy = await assistant.handle(chat, { kind: "button", data: press(replies, "Chưa có mã") }, { updateId: "77" });
    expect(busy).toEqual([{ text: "Hệ thống đang bận, vui lòng thử lại sau ít phút." }]);
    await server.restart();
    await expect.poll(() => appRedis.status, { timeout: 10_000 }).toBe("ready");
    // The same press, redelivered, now goes through: the place was kept and the session counts once.
    const retried = await assistant.handle(chat, { kind: "button", data: press(replies, "Chưa có mã") }, { updateId: "77" });
    expect(retried?.map((r) => r.text).join()).toContain("Đã nộp xong.");
    expect(await appRedis.xlen(new StatsKeys("outage:").sessions(FIXED_DAY))).toBe(1);
  });
});

describe("Assistant when Redis freezes", () => {
  let server: RedisServerHandle;
  let appRedis: RedisClient;

  beforeAll(async () => {
    server = await startRedisServer();
    appRedis = createRedis({ kind: "single", url: server.url }, "test");
    appRedis.on("error", () => {});
    await connectRedis(appRedis);
  });
  afterAll(async () => {
    server.thaw();
    appRedis.disconnect();
    await server.stop();
  });

  it("tells the user the system is busy instead of hanging, and /healthz says Redis is frozen", async () => {
    const { assistant } = build(appRedis, "frozen:");
    const replies = await walkToQuestion(assistant);
    const health = buildHttpApp({ redis: appRedis, mounts: [] });
    expect((await health.request("/healthz")).status).toBe(200);
    server.freeze();
    try {
      const busy = await assistant.handle(chat, { kind: "button", data: press(replies, "Chưa có mã") }, { updateId: "88" });
      expect(busy).toEqual([{ text: "Hệ thống đang bận, vui lòng thử lại sau ít phút." }]);
      const frozen = await health.request("/healthz");
      expect(frozen.status).toBe(503);
      expect(await frozen.json()).toMatchObject({ ok: false, redis: "frozen" });
    } finally {
      server.thaw();
    }
  });
});
