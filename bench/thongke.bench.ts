// /thongke benchmark: the median time to answer an official's `/thongke` overview (counter reads +
// rendering, not Telegram), with 1,000 and with 1,000,000 logged sessions over 124 communes spread
// over about two years of days. Counters are seeded directly with pipelines (the shape the session
// log writes), plus imported figures for the first year. Target: under 20 ms, and the two medians
// within 1.5× of each other (the answer must not grow with history). The "cold" column is the
// first answer of a fresh process (or right after an import), before past days are cached.
import { performance } from "node:perf_hooks";
import type { RedisClient } from "../src/redis/connection.js";
import { packHtml } from "../src/bot/telegram/report-html.js";
import { OfficialReports } from "../src/stats/official-reports.js";
import { addDays, quarterPeriod } from "../src/stats/periods.js";
import { recomputeRollups } from "../src/stats/rollup-recompute.js";
import { StatsKeys } from "../src/stats/stats-keys.js";
import { UnitCatalogue } from "../src/units/catalogue.js";
import type { BenchModule } from "./support/bench-module.js";
import { rng } from "./support/random.js";
import { connectRedis } from "./support/redis-client.js";
import { benchPrefix, deleteByPrefix } from "./support/redis-keys.js";
import { fmt, fmtRatio, markdownTable } from "./support/table.js";

const COMMUNES = 124;
const DAYS = 730;
/** The last seeded day: the end of a quarter, so "this quarter" spans its longest (92 days). */
const LAST_DAY = "2026-12-31";
const NOW = Date.UTC(2026, 11, 31, 5); // 12:00 in Vietnam
const OUTCOMES = ["online_filing", "online_filing", "account", "account", "info"];
const FIELDS = ["ho-tich", "cu-tru", "chung-thuc", "dat-dai", "tai-khoan"];
const CHANNELS = ["telegram", "zalo", "web"];
const PROCEDURES = ["khai-sinh", "khai-tu", "ket-hon", "thuong-tru", "tam-tru", "chung-thuc-ban-sao", "xac-nhan-tinh-trang-hon-nhan", "cap-doi-so-do"];

export interface ThongkeRow {
  sessions: number;
  fieldsPerDay: number;
  medianMs: number;
  p95Ms: number;
  /** Median of answers by a fresh process state (no cached past days): the first /thongke after a start or an import. */
  coldMedianMs: number;
}

function benchCatalogue(): UnitCatalogue {
  const office = { name: "Trung tâm Phục vụ hành chính công", address: "UBND xã" };
  const units = Array.from({ length: COMMUNES }, (_, i) => ({ code: `xa-${i + 1}`, name: `xã Số ${i + 1}`, office }));
  return new UnitCatalogue({ name: "bench", province: "tỉnh Bench", validFrom: "2025-07-01", units });
}


/** Writes the day counters `sessions` completed sessions would have produced; returns fields per day. */
async function seed(redis: RedisClient, prefix: string, sessions: number): Promise<number> {
  const random = rng(sessions);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const first = addDays(LAST_DAY, -(DAYS - 1));
  const perDay = new Map<string, Map<string, number>>();
  for (let i = 0; i < sessions; i++) {
    const day = addDays(first, Math.floor(random() * DAYS));
    let counters = perDay.get(day);
    if (!counters) perDay.set(day, (counters = new Map()));
    const base = `xa-${1 + Math.floor(random() * COMMUNES)}|${pick(OUTCOMES)}`;
    const fields = [base, `${base}|f:${pick(FIELDS)}`, `${base}|c:${pick(CHANNELS)}`, `${base}|p:${pick(PROCEDURES)}`];
    if (random() < 0.3) fields.push(`${base}|assisted`);
    for (const f of fields) counters.set(f, (counters.get(f) ?? 0) + 1);
  }
  let fieldCount = 0;
  const days = [...perDay.keys()];
  for (let i = 0; i < days.length; i += 50) {
    const pipeline = redis.pipeline();
    for (const day of days.slice(i, i + 50)) {
      const counters = perDay.get(day)!;
      fieldCount += counters.size;
      pipeline.hset(`${prefix}stats:day:{${day}}`, Object.fromEntries(counters));
      // Figures imported for the first year: one cell per commune and kind on Thursdays.
      if (day < addDays(first, 365) && new Date(`${day}T00:00:00Z`).getUTCDay() === 4) {
        const cells: Record<string, number> = {};
        for (let u = 1; u <= COMMUNES; u++) {
          cells[`xa-${u}|online_filing`] = 1 + Math.floor(random() * 20);
          cells[`xa-${u}|account`] = Math.floor(random() * 10);
        }
        pipeline.hset(`${prefix}stats:import:day:{${day}}`, cells);
      }
    }
    await pipeline.exec();
  }
  await redis.sadd(`${prefix}{stats}:units`, ...Array.from({ length: COMMUNES }, (_, i) => `xa-${i + 1}`));
  // The months and years above the days, as the session log and imports keep them.
  const keys = new StatsKeys(prefix);
  await recomputeRollups(redis, keys, days, "guided");
  await recomputeRollups(redis, keys, days, "imported");
  return Math.round(fieldCount / perDay.size);
}

/** One `/thongke` answer: read counters, build and render the overview, pack it into messages. */
export async function thongkeAnswer(reports: OfficialReports): Promise<string[]> {
  return packHtml(await reports.overview("all"));
}

export async function runThongkeBench(redisUrl: string, sizes = [1_000, 1_000_000], rounds = 300): Promise<ThongkeRow[]> {
  const redis = await connectRedis(redisUrl);
  const prefixes = sizes.map(() => benchPrefix());
  try {
    const fieldsPerDay: number[] = [];
    for (const [i, sessions] of sizes.entries()) fieldsPerDay.push(await seed(redis, prefixes[i]!, sessions));
    const fresh = (i: number) => new OfficialReports({ redis, prefix: prefixes[i]!, catalogue: benchCatalogue(), now: () => NOW });
    const cold: number[][] = sizes.map(() => []);
    const warm: number[][] = sizes.map(() => []);
    const reports = sizes.map((_, i) => fresh(i));
    // Rounds alternate between the sizes, so GC and host noise fall on both alike.
    for (let round = -20; round < rounds; round++) {
      for (let i = 0; i < sizes.length; i++) {
        let t0 = performance.now();
        await thongkeAnswer(reports[i]!);
        if (round >= 0) warm[i]!.push(performance.now() - t0);
        if (round % 10 === 0) {
          t0 = performance.now();
          await thongkeAnswer(fresh(i));
          if (round >= 0) cold[i]!.push(performance.now() - t0);
        }
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
    return sizes.map((sessions, i) => ({ sessions, fieldsPerDay: fieldsPerDay[i]!, medianMs: median(warm[i]!), p95Ms: p95(warm[i]!), coldMedianMs: median(cold[i]!) }));
  } finally {
    for (const prefix of prefixes) await deleteByPrefix(redis, prefix);
    redis.disconnect();
  }
}

export const thongkeBench: BenchModule = {
  id: "thongke",
  title: `/thongke answer time: ${COMMUNES} communes, sessions over ${DAYS} days`,
  async run(redisUrl) {
    const rows = await runThongkeBench(redisUrl);
    const q = quarterPeriod(2026, 4);
    console.log(`Overview as of ${LAST_DAY} (this quarter so far: ${q.from}…${q.to}, 92 days): query + render, not Telegram.\n`);
    console.log(
      markdownTable(
        [
          { header: "logged sessions", align: "right", cell: (r: ThongkeRow) => fmt(r.sessions) },
          { header: "counter fields per day", align: "right", cell: (r) => fmt(r.fieldsPerDay) },
          { header: "median ms", align: "right", cell: (r) => fmt(r.medianMs, 2) },
          { header: "p95 ms", align: "right", cell: (r) => fmt(r.p95Ms, 2) },
          { header: "cold median ms (no cached days)", align: "right", cell: (r) => fmt(r.coldMedianMs, 2) },
        ],
        rows,
      ),
    );
    const [small, large] = rows;
    if (small && large) {
      const ratio = large.medianMs / small.medianMs;
      const ok = large.medianMs < 20 && small.medianMs < 20 && ratio <= 1.5;
      console.log(`\nRatio of medians (1,000,000 / 1,000): ${fmtRatio(ratio)}; target < 20 ms and ≤ 1.5×: ${ok ? "met" : "NOT met"}.`);
      if (!ok) process.exitCode = 1;
    }
  },
};
