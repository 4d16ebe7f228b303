import type { RedisClient } from "../../src/redis/connection.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_STREAM_RETENTION_DAYS, SessionLog, type SessionEntry } from "../../src/stats/session-log.js";
import { localDay } from "../../src/stats/local-day.js";
import { userHash } from "../../src/stats/user-hash.js";
import { allKeys, cleanupPrefix, newRedis, uniquePrefix } from "../support/redis.js";

let redis: RedisClient;
const prefix = uniquePrefix("session-log");

beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

const entry = (over: Partial<SessionEntry> = {}): SessionEntry => ({
  sessionId: "s1",
  flow: "khai-sinh",
  procedure: "khai-sinh",
  field: "ho-tich",
  unit: "long-hiep",
  lang: "km",
  startedAt: Date.UTC(2026, 10, 24, 16, 50),
  // 23:55 in Vietnam on 24 Nov is 16:55 UTC: the session counts on the 24th, not the 25th.
  completedAt: Date.UTC(2026, 10, 24, 16, 55),
  outcome: "online_filing",
  result: "done",
  assisted: true,
  channel: "telegram",
  user: userHash("secret-secret-secret", "telegram", "12345"),
  ...over,
});

describe("SessionLog", () => {
  it("records a session once, as a stream entry plus counters of its Vietnamese day", async () => {
    const log = new SessionLog(redis, prefix);
    expect(await log.record(entry())).toBe(true);
    expect(await log.record(entry())).toBe(false);
    const stream = await redis.xrange(log.streamKey("2026-11-24"), "-", "+");
    expect(stream).toHaveLength(1);
    const fields = Object.fromEntries(stream[0]![1].reduce<string[][]>((acc, v, i, all) => (i % 2 ? acc : [...acc, [v, all[i + 1]!]]), []));
    expect(fields).toMatchObject({ sid: "s1", flow: "khai-sinh", unit: "long-hiep", outcome: "online_filing", assisted: "1", channel: "telegram", lang: "km" });
    expect(JSON.stringify(stream)).not.toContain("12345");
    expect(await redis.hgetall(log.dayKey("2026-11-24"))).toEqual({
      "long-hiep|online_filing": "1",
      "long-hiep|online_filing|f:ho-tich": "1",
      "long-hiep|online_filing|c:telegram": "1",
      "long-hiep|online_filing|p:khai-sinh": "1",
      "long-hiep|online_filing|assisted": "1",
    });
    expect(await redis.exists(log.dayKey("2026-11-25"))).toBe(0);
  });

  it("counts different sessions separately, even when recorded concurrently", async () => {
    const log = new SessionLog(redis, `${prefix}c:`);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => log.record(entry({ sessionId: `p${i % 25}`, user: `u${i % 25}`, assisted: false }))));
    expect(results.filter(Boolean)).toHaveLength(25);
    expect(await redis.hget(log.dayKey("2026-11-24"), "long-hiep|online_filing")).toBe("25");
    expect(await redis.xlen(log.streamKey("2026-11-24"))).toBe(25);
  });
});

describe("what counts", () => {
  it("counts one completion per person, guide and Vietnamese day; repeats stay in the stream, uncounted", async () => {
    const log = new SessionLog(redis, `${prefix}d:`);
    for (let i = 0; i < 15; i++) expect(await log.record(entry({ sessionId: `r${i}` }))).toBe(true);
    expect(await redis.hget(log.dayKey("2026-11-24"), "long-hiep|online_filing")).toBe("1");
    expect(await redis.xlen(log.streamKey("2026-11-24"))).toBe(15);
    await log.record(entry({ sessionId: "other-guide", flow: "ket-hon" }));
    await log.record(entry({ sessionId: "next-day", completedAt: Date.UTC(2026, 10, 25, 3) }));
    expect(await redis.hget(log.dayKey("2026-11-24"), "long-hiep|online_filing")).toBe("2");
    expect(await redis.hget(log.dayKey("2026-11-25"), "long-hiep|online_filing")).toBe("1");
  });

  it("without consent to statistics keeps no pseudonym and counts each session once", async () => {
    const log = new SessionLog(redis, `${prefix}anon:`);
    await log.record(entry({ sessionId: "a1", user: undefined }));
    await log.record(entry({ sessionId: "a1", user: undefined })); // the same session delivered twice
    await log.record(entry({ sessionId: "a2", user: undefined }));
    expect(await redis.hget(log.dayKey("2026-11-24"), "long-hiep|online_filing")).toBe("2");
    const entries = await redis.xrange(log.streamKey("2026-11-24"), "-", "+");
    expect(entries).toHaveLength(2);
    for (const [, fields] of entries) expect(fields).not.toContain("user");
    // Nor a "guides seen today" entry: the session's once-marker already counts it once.
    expect(await allKeys(redis, `${prefix}anon:stats:seen:*`)).toEqual([]);
  });

  it("keeps the real result of a guide that did not solve the problem", async () => {
    const log = new SessionLog(redis, `${prefix}e:`);
    await log.record(entry({ sessionId: "u1", flow: "quen-mk", procedure: null, outcome: "info", result: "unsolved" }));
    expect(await redis.hgetall(log.dayKey("2026-11-24"))).toMatchObject({ "long-hiep|info": "1", "long-hiep|info|r:unsolved": "1" });
  });
});

describe("retention", () => {
  it("keeps a day's sessions (with their pseudonyms) for the retention after the day, and its counters for good", async () => {
    const log = new SessionLog(redis, `${prefix}f:`);
    await log.record(entry({ sessionId: "fresh" }));
    const expiresAt = await redis.pexpiretime(log.streamKey("2026-11-24"));
    expect(expiresAt).toBe(Date.UTC(2026, 10, 25) + SESSION_STREAM_RETENTION_DAYS * 86_400_000);
    expect(await redis.ttl(log.dayKey("2026-11-24"))).toBe(-1);
    // A session that ended longer ago than the retention is counted, but nothing of it is kept.
    const old = Date.now() - (SESSION_STREAM_RETENTION_DAYS + 2) * 86_400_000;
    const oldDay = localDay(old);
    await log.record(entry({ sessionId: "ancient", completedAt: old }));
    expect(await redis.exists(log.streamKey(oldDay))).toBe(0);
    expect(await redis.hget(log.dayKey(oldDay), "long-hiep|online_filing")).toBe("1");
    expect(log.retainedDays(Date.now())).toHaveLength(SESSION_STREAM_RETENTION_DAYS + 1);
  });
});

describe("localDay", () => {
  it.each([
    [Date.UTC(2026, 0, 1, 16, 59, 59), "2026-01-01"],
    [Date.UTC(2026, 0, 1, 17, 0, 0), "2026-01-02"],
    [Date.UTC(2024, 1, 28, 17, 0, 0), "2024-02-29"],
    [Date.UTC(2025, 11, 31, 17, 0, 0), "2026-01-01"],
  ])("%i is %s in Asia/Ho_Chi_Minh", (ms, day) => {
    expect(localDay(ms)).toBe(day);
  });
});
