import type { RedisClient } from "../../src/redis/connection.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCsv } from "../../src/stats/import.js";
import { StatsReader } from "../../src/stats/report-query.js";
import { rangeParts } from "../../src/stats/range-parts.js";
import { recomputeRollups } from "../../src/stats/rollup-recompute.js";
import { SessionLog, type SessionEntry } from "../../src/stats/session-log.js";
import { StatsKeys } from "../../src/stats/stats-keys.js";
import { OTHER_ROW } from "../../src/stats/rollup.js";
import { UnitCatalogue } from "../../src/units/catalogue.js";
import { unitsData } from "../flows/fixtures.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "../support/redis.js";

let redis: RedisClient;
const prefix = uniquePrefix("report-query");
const catalogue = new UnitCatalogue(unitsData);
const NOW = Date.UTC(2026, 10, 24, 3);

beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

describe("StatsReader", () => {
  it("adds guided and imported figures per range and rolls old units into today's communes", async () => {
    const p = `${prefix}a:`;
    await redis.hset(`${p}stats:day:{2025-06-30}`, "ngoc-bien|online_filing", "4", "ngoc-bien|online_filing|c:zalo", "4", "huyen|online_filing", "9", "-|account", "1");
    await redis.hset(`${p}stats:day:{2026-11-24}`, "long-hiep|online_filing", "2", "tra-cu|account", "5");
    await redis.sadd(`${p}{stats}:units`, "ngoc-bien", "huyen", "-");
    // Counters written by hand have no roll-ups yet: the months and years above them are added up.
    await recomputeRollups(redis, new StatsKeys(p), ["2025-06-30", "2026-11-24"], "guided");
    await importCsv(redis, p, catalogue, "date,unit,kind,count\n2025-06-30,Tân Hiệp,online_filing,3\n", { file: "x.csv", now: NOW, todayDay: "2026-11-24" });
    const reader = new StatsReader(redis, p, catalogue, () => NOW);
    const [old, recent, both] = await reader.tallies([
      { from: "2025-06-01", to: "2025-06-30" },
      { from: "2026-11-24", to: "2026-11-24" },
      { from: "2025-06-30", to: "2026-11-24" },
    ]);
    expect(old!.get("long-hiep", "online_filing", "guided")).toBe(4);
    expect(old!.get("long-hiep", "online_filing", "imported")).toBe(3);
    expect(old!.get(OTHER_ROW, "online_filing")).toBe(9);
    expect(old!.get(OTHER_ROW, "account")).toBe(1);
    expect(recent!.get("long-hiep", "online_filing")).toBe(2);
    expect(recent!.get("tra-cu", "account")).toBe(5);
    expect(both!.sum(both!.rows.keys(), "online_filing")).toBe(18);
  });

  it("sees a new import of a past day at once, though past days are cached", async () => {
    const p = `${prefix}b:`;
    const reader = new StatsReader(redis, p, catalogue, () => NOW);
    const range = { from: "2026-11-01", to: "2026-11-01" };
    await redis.hset(`${p}stats:day:{2026-11-01}`, "dai-an|online_filing", "1");
    expect((await reader.tallies([range]))[0]!.get("dai-an", "online_filing")).toBe(1);
    await redis.hset(`${p}stats:day:{2026-11-01}`, "dai-an|online_filing", "50"); // a final day never changes…
    expect((await reader.tallies([range]))[0]!.get("dai-an", "online_filing")).toBe(1); // …so it is served from the cache
    await importCsv(redis, p, catalogue, "date,unit,kind,count\n2026-11-01,dai-an,online_filing,7\n", { file: "x.csv", now: NOW, todayDay: "2026-11-24" });
    expect((await reader.tallies([range]))[0]!.get("dai-an", "online_filing")).toBe(57);
  });

  it("reads a year from its rolled-up counters, which sessions keep as they are recorded, once each", async () => {
    const p = `${prefix}c:`;
    const log = new SessionLog(redis, p);
    const keys = new StatsKeys(p);
    const session = (id: string, at: number, unit: string): SessionEntry => ({ sessionId: id, flow: "khai-sinh", procedure: "khai-sinh", field: "ho-tich", unit, lang: "vi", startedAt: at, completedAt: at, outcome: "online_filing", result: "done", assisted: false, channel: "zalo", user: `u-${id}` });
    await log.record(session("a", Date.UTC(2026, 0, 5, 3), "long-hiep"));
    await log.record(session("b", Date.UTC(2026, 5, 9, 3), "long-hiep"));
    await log.record(session("c", Date.UTC(2026, 10, 24, 2), "tra-cu"));
    // A process that died between logging a session and rolling it up: the retry finishes it, once.
    await redis.del(keys.rolled("2026", "c"));
    await redis.hincrby(keys.guidedMonth("2026-11"), "tra-cu|online_filing", -1);
    await redis.hincrby(keys.guidedYear("2026"), "tra-cu|online_filing", -1);
    expect(await log.record(session("c", Date.UTC(2026, 10, 24, 2), "tra-cu"))).toBe(false);
    expect(await log.record(session("c", Date.UTC(2026, 10, 24, 2), "tra-cu"))).toBe(false);
    expect(await redis.hget(keys.guidedYear("2026"), "tra-cu|online_filing")).toBe("1");
    expect(await redis.hget(keys.guidedMonth("2026-06"), "long-hiep|online_filing")).toBe("1");

    const year = { from: "2026-01-01", to: "2026-12-31" };
    expect(rangeParts(year, "2026-11-24")).toEqual({ years: ["2026"], months: [], days: [] });
    // Only the rolled-up hash is read: a day changed behind its back does not show.
    await redis.hset(keys.guidedDay("2026-01-05"), "long-hiep|online_filing", "40");
    const [tally] = await new StatsReader(redis, p, catalogue, () => NOW).tallies([year]);
    expect(tally!.get("long-hiep", "online_filing")).toBe(2);
    expect(tally!.get("tra-cu", "online_filing")).toBe(1);
  });
});

describe("cutting a range into counters", () => {
  it.each([
    [{ from: "2026-01-01", to: "2026-12-31" }, "2026-11-24", { years: ["2026"], months: [], days: [] }],
    [{ from: "2026-10-01", to: "2026-11-24" }, "2026-11-24", { years: [], months: ["2026-10", "2026-11"], days: [] }],
    [{ from: "2026-10-30", to: "2026-12-02" }, "2026-12-31", { years: [], months: ["2026-11"], days: ["2026-10-30", "2026-10-31", "2026-12-01", "2026-12-02"] }],
    [{ from: "2024-01-01", to: "2025-12-31" }, "2026-11-24", { years: ["2024", "2025"], months: [], days: [] }],
    [{ from: "2026-11-20", to: "2026-11-30" }, "2026-11-22", { years: [], months: [], days: ["2026-11-20", "2026-11-21", "2026-11-22"] }],
  ])("%o on %s", (range, todayDay, parts) => {
    expect(rangeParts(range, todayDay)).toEqual(parts);
  });
});
