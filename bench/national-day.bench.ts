// One day at national scale, in Redis bytes: BENCH_DAY_SESSIONS guides (default 100,000) in one day
// across 3,321 communes, each walking through some of its steps (the step tracker's counters) and
// 70 % of them finished (the session log: stream entry, counters, month and year roll-ups). Every
// per-day key is then measured (MEMORY USAGE, all samples), with how long it is kept, so the cost of
// a day, and of the retention window, can be read off. Flows, steps and commune codes have the
// lengths of the real ones. Where a session stands is kept in its chat's state (counted per citizen
// by the memory bench), not here.
import { newSessionId } from "../src/bot/assistant-factory.js";
import type { StepPosition } from "../src/flows/types.js";
import { createStepTracker } from "../src/stats/step-tracker.js";
import { SessionLog } from "../src/stats/session-log.js";
import { StatsKeys } from "../src/stats/stats-keys.js";
import { localDay } from "../src/stats/local-day.js";
import type { BenchModule } from "./support/bench-module.js";
import { rng } from "./support/random.js";
import { connectRedis } from "./support/redis-client.js";
import { benchPrefix, deleteByPrefix, scanKeys } from "./support/redis-keys.js";
import { fmt, markdownTable } from "./support/table.js";

const COMMUNES = 3321;
const FLOWS = 40;
const STEPS = 10;
const PARALLEL = 500;

async function run(redisUrl: string): Promise<void> {
  const sessions = Number(process.env.BENCH_DAY_SESSIONS ?? 100_000);
  const redis = await connectRedis(redisUrl);
  const prefix = benchPrefix();
  const random = rng(7);
  const day = Date.now();
  const today = localDay(day);
  const keys = new StatsKeys(prefix);
  try {
    const track = createStepTracker({ redis, prefix, now: () => day });
    const log = new SessionLog(redis, prefix);
    const unit = (i: number) => `xa-${String(i).padStart(4, "0")}-moi`;
    const flow = (i: number) => `huong-dan-${String(i).padStart(2, "0")}`;
    const step = (i: number) => `buoc-so-${i}`;
    let finished = 0;
    const t0 = performance.now();
    const one = async (n: number) => {
      const u = unit(Math.floor(random() * COMMUNES));
      const f = flow(Math.floor(random() * FLOWS));
      const sessionId = newSessionId();
      const chat = { channel: "telegram" as const, id: String(9_000_000_000 + n) };
      const reached = 1 + Math.floor(random() * STEPS);
      // Where the session stands comes with each event, as the engine sends it from the chat state.
      let from: StepPosition | null = null;
      for (let s = 1; s <= reached; s++) {
        await track(chat, { type: "step_reached", flow: f, step: step(s), sessionId, unit: u, from });
        from = { flow: f, step: step(s), unit: u, at: day, move: s };
      }
      if (random() < 0.7) {
        finished++;
        const session = { sessionId, flow: f, procedure: f, field: "ho-tich", unit: u, lang: "vi" as const, startedAt: day - 600_000, completedAt: day, outcome: "online_filing" as const, result: "done" as const, assisted: false };
        await log.record({ ...session, channel: "telegram", user: `u${n.toString(36).padStart(21, "x")}` });
        await track(chat, { type: "session_completed", session, from });
      }
    };
    for (let i = 0; i < sessions; i += PARALLEL) await Promise.all(Array.from({ length: Math.min(PARALLEL, sessions - i) }, (_, j) => one(i + j)));
    const seconds = (performance.now() - t0) / 1000;

    const size = async (key: string) => Number((await redis.memory("USAGE", key, "SAMPLES", 0)) ?? 0);
    const sizeOfAll = async (keyPrefix: string) => {
      let total = 0;
      for (const key of await scanKeys(redis, keyPrefix)) total += await size(key);
      return total;
    };
    const month = today.slice(0, 7);
    const year = today.slice(0, 4);
    const rows: { family: string; bytes: number; kept: string; keptDays: number }[] = [
      { family: "session stream `stats:sessions:{<day>}`", bytes: await size(keys.sessions(today)), kept: "180 days", keptDays: 180 },
      { family: "step counters per commune-day `stats:steps|stops:{<day>}:<xã>`", bytes: (await sizeOfAll(`${prefix}stats:steps:{${today}}:`)) + (await sizeOfAll(`${prefix}stats:stops:{${today}}:`)), kept: "35 days", keptDays: 36 },
      { family: "step counters per commune-month `stats:steps|stops:{m:<month>}:<xã>` (after one day; bounded by the guides' steps)", bytes: (await sizeOfAll(`${prefix}stats:steps:{m:${month}}:`)) + (await sizeOfAll(`${prefix}stats:stops:{m:${month}}:`)), kept: "400 days after the month", keptDays: 0 },
      { family: "filing counters `stats:day:{<day>}`", bytes: await size(keys.guidedDay(today)), kept: "kept (aggregates)", keptDays: Infinity },
      { family: "once-markers `stats:once:{<day>}`", bytes: await size(keys.once(today)), kept: "7 days", keptDays: 8 },
      { family: "guides seen `stats:seen:{<day>}`", bytes: await size(keys.seen(today)), kept: "1 day", keptDays: 2 },
      { family: "month and year roll-ups (grow with the communes and breakdowns active, not with the days)", bytes: (await size(keys.guidedMonth(month))) + (await size(keys.guidedYear(year))), kept: "kept (aggregates)", keptDays: 0 },
    ];
    // Aggregates kept for good are counted for a year of days; the roll-ups (keptDays 0) are one month
    // and one year hash, so a year holds twelve months like this one and one year.
    const windowCost = (r: (typeof rows)[number]) => (r.keptDays === 0 ? r.bytes * 12 : Number.isFinite(r.keptDays) ? r.bytes * r.keptDays : r.bytes * 365);
    console.log(`${fmt(sessions)} guides in one day over ${fmt(COMMUNES)} communes (${FLOWS} guides, up to ${STEPS} steps each; ${fmt(finished)} finished), recorded in ${fmt(seconds, 1)} s.\n`);
    console.log(
      markdownTable(
        [
          { header: "per-day keys", cell: (r: (typeof rows)[number]) => r.family },
          { header: "MB for the day", align: "right", cell: (r) => fmt(r.bytes / 1e6, 2) },
          { header: "B per guide", align: "right", cell: (r) => fmt(r.bytes / sessions, 0) },
          { header: "kept", align: "right", cell: (r) => r.kept },
          { header: "MB held at steady state", align: "right", cell: (r) => (Number.isFinite(r.keptDays) && r.keptDays > 0 ? fmt(windowCost(r) / 1e6, 0) : `${fmt(windowCost(r) / 1e6, 0)} a year`) },
        ],
        rows,
      ),
    );
    const perDay = rows.filter((r) => r.keptDays !== 0).reduce((s, r) => s + r.bytes, 0);
    console.log(`\nA day like this adds ${fmt(perDay / 1e6, 1)} MB; held at steady state (each family × its retention; aggregates counted for one year): ${fmt(rows.reduce((s, r) => s + windowCost(r), 0) / 1e9, 2)} GB.`);
  } finally {
    await deleteByPrefix(redis, prefix);
    redis.disconnect();
  }
}

export const nationalDayBench: BenchModule = {
  id: "day",
  title: "One day at national scale in Redis bytes (BENCH_DAY_SESSIONS guides, default 100,000, over 3,321 communes)",
  run,
};
