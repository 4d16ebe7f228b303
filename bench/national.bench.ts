// National-scale /thongke: a synthetic catalogue of 3,321 communes in 34 provinces with two years of
// counters (each commune active on about one day in ten, so the day hashes are realistic in size),
// seeded as the session log and imports leave them: day hashes plus the month and year roll-ups.
// Measured in one run, side by side: a year's figures and the year before (what `/thongke nam`
// compares) read from the roll-ups (cold: a fresh reader; warm: the same reader again) and, as the
// baseline, read day by day as reports did before roll-ups; and the longest single Redis command
// while each runs (SLOWLOG with every command logged). Targets (issue 14): cold under 200 ms, no
// command over 20 ms.
import { performance } from "node:perf_hooks";
import type { Redis } from "ioredis";
import { LuaScript } from "../src/redis/lua-script.js";
import { buildCommuneDetail } from "../src/stats/commune-detail.js";
import { compare, eachDay, today, yearPeriod } from "../src/stats/periods.js";
import { StatsReader } from "../src/stats/report-query.js";
import { recomputeRollups } from "../src/stats/rollup-recompute.js";
import { REPORT_KINDS, StatsKeys } from "../src/stats/stats-keys.js";
import { UnitCatalogue } from "../src/units/catalogue.js";
import type { BenchModule } from "./support/bench-module.js";
import { rng } from "./support/random.js";
import { connectRedis } from "./support/redis-client.js";
import { benchPrefix, deleteByPrefix } from "./support/redis-keys.js";
import { fmt, markdownTable } from "./support/table.js";

const PROVINCES = 34;
const COMMUNES = 3_321;
const FIRST_DAY = "2025-01-01";
const LAST_DAY = "2026-12-31";
const NOW = Date.UTC(2026, 11, 31, 5);
const ROUNDS = 30;
const daysScript = LuaScript.load("stats/lua/day-counters.lua");

function nationalCatalogue(): UnitCatalogue {
  const office = { name: "Trung tâm Phục vụ hành chính công", address: "UBND xã" };
  const units = Array.from({ length: COMMUNES }, (_, i) => ({ code: `p${(i % PROVINCES) + 1}-x${i + 1}`, name: `xã Số ${i + 1}`, office }));
  return new UnitCatalogue({ name: "national bench", province: "cả nước", validFrom: "2025-07-01", units });
}


async function seed(redis: Redis, prefix: string, catalogue: UnitCatalogue): Promise<{ days: number; fields: number }> {
  const random = rng(3321);
  const keys = new StatsKeys(prefix);
  const days = eachDay({ from: FIRST_DAY, to: LAST_DAY });
  let fields = 0;
  for (let i = 0; i < days.length; i += 20) {
    const pipeline = redis.pipeline();
    for (const day of days.slice(i, i + 20)) {
      const counters: Record<string, number> = {};
      for (const unit of catalogue.units) {
        if (random() > 0.1) continue;
        counters[`${unit.code}|online_filing`] = 1 + Math.floor(random() * 8);
        counters[`${unit.code}|account`] = Math.floor(random() * 4);
        counters[`${unit.code}|online_filing|c:zalo`] = 1;
      }
      fields += Object.keys(counters).length;
      pipeline.hset(keys.guidedDay(day), counters);
    }
    await pipeline.exec();
  }
  await redis.sadd(keys.units, ...catalogue.units.map((u) => u.code));
  await recomputeRollups(redis, keys, days, "guided");
  return { days: days.length, fields };
}

/** The longest command Redis executed since the last reset, in ms (SLOWLOG logs every one here). */
async function longestCommandMs(redis: Redis): Promise<{ ms: number; command: string }> {
  const entries = (await redis.slowlog("GET", 100_000)) as [number, number, number, string[]][];
  let worst = { ms: 0, command: "" };
  for (const [, , micros, args] of entries) if (micros / 1000 > worst.ms) worst = { ms: micros / 1000, command: String(args[0]).toUpperCase() };
  return worst;
}

interface Row {
  how: string;
  coldMs: number;
  warmMs: number;
  longest: { ms: number; command: string };
}

export const nationalBench: BenchModule = {
  id: "national",
  title: `/thongke nam at national scale: ${fmt(COMMUNES)} communes, ${PROVINCES} provinces, two years`,
  async run(redisUrl) {
    const redis = await connectRedis(redisUrl);
    const prefix = benchPrefix();
    const catalogue = nationalCatalogue();
    const previous = (await redis.config("GET", "slowlog-log-slower-than")) as string[];
    try {
      const t0 = performance.now();
      const seeded = await seed(redis, prefix, catalogue);
      console.log(`Seeded ${fmt(seeded.days)} days, ${fmt(seeded.fields)} counter fields, with month and year roll-ups, in ${fmt((performance.now() - t0) / 1000, 1)} s.\n`);
      const ranges = [yearPeriod(2026), yearPeriod(2025)];
      const keys = new StatsKeys(prefix);
      const fields = catalogue.units.flatMap((u) => REPORT_KINDS.map((k) => `${u.code}|${k}`));
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

      await redis.config("SET", "slowlog-log-slower-than", "0");
      const rows: Row[] = [];
      // Roll-ups: a fresh reader (nothing cached) each cold round, the same reader for warm rounds.
      {
        await redis.slowlog("RESET");
        const cold: number[] = [];
        const warm: number[] = [];
        const reader = new StatsReader(redis, prefix, catalogue, () => NOW);
        for (let round = 0; round < ROUNDS; round++) {
          let t = performance.now();
          await new StatsReader(redis, prefix, catalogue, () => NOW).tallies(ranges);
          cold.push(performance.now() - t);
          t = performance.now();
          await reader.tallies(ranges);
          warm.push(performance.now() - t);
        }
        rows.push({ how: "roll-ups (year hashes)", coldMs: median(cold), warmMs: median(warm), longest: await longestCommandMs(redis) });
      }
      // One commune in detail for a year (/thongke <xã> nam): breakdowns from the year's roll-up,
      // Thursdays from two small reads a day.
      {
        await redis.slowlog("RESET");
        const times: number[] = [];
        const reader = new StatsReader(redis, prefix, catalogue, () => NOW);
        const comparison = compare(yearPeriod(2025), today(NOW));
        for (let round = 0; round < ROUNDS; round++) {
          const t = performance.now();
          await buildCommuneDetail(redis, new StatsReader(redis, prefix, catalogue, () => NOW), catalogue.units[7]!.code, comparison);
          times.push(performance.now() - t);
        }
        const t = performance.now();
        await buildCommuneDetail(redis, reader, catalogue.units[7]!.code, comparison);
        rows.push({ how: "/thongke <xã> nam (one commune in detail)", coldMs: median(times), warmMs: performance.now() - t, longest: await longestCommandMs(redis) });
      }
      // Baseline: every day of both years, one short script per day, sent together (as before roll-ups).
      {
        await redis.slowlog("RESET");
        const times: number[] = [];
        const days = ranges.flatMap((r) => eachDay({ from: r.from, to: r.to }));
        for (let round = 0; round < Math.ceil(ROUNDS / 3); round++) {
          const t = performance.now();
          await Promise.all(days.map((day) => daysScript.run(redis, [keys.guidedDay(day), keys.importDay(day)], fields)));
          times.push(performance.now() - t);
        }
        rows.push({ how: "day by day (730 days)", coldMs: median(times), warmMs: Number.NaN, longest: await longestCommandMs(redis) });
      }
      console.log(
        markdownTable(
          [
            { header: "read", cell: (r: Row) => r.how },
            { header: "cold median ms", align: "right", cell: (r) => fmt(r.coldMs, 1) },
            { header: "warm median ms", align: "right", cell: (r) => (Number.isNaN(r.warmMs) ? "–" : fmt(r.warmMs, 1)) },
            { header: "longest Redis command ms", align: "right", cell: (r) => `${fmt(r.longest.ms, 2)} (${r.longest.command})` },
          ],
          rows,
        ),
      );
      const ours = rows[0]!;
      const ok = ours.coldMs < 200 && ours.longest.ms < 20;
      console.log(`\nTargets (cold < 200 ms, no command over 20 ms): ${ok ? "met" : "NOT met"}.`);
      if (!ok) process.exitCode = 1;
    } finally {
      await redis.config("SET", "slowlog-log-slower-than", previous[1] ?? "10000");
      await deleteByPrefix(redis, prefix);
      redis.disconnect();
    }
  },
};
