import type { RedisClient } from "../../src/redis/connection.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCsv } from "../../src/stats/import.js";
import { StatsReader } from "../../src/stats/report-query.js";
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
});
