// Entry point of `npm run bench`: runs every bench module in turn (or those named on the
// command line, e.g. `npx tsx bench/run.ts flow`), each printing its own Markdown section.
// Redis: REDIS_URL, default redis://127.0.0.1:6379. Keys live under `bench:<random>:`
// and are removed by SCAN at the end; nothing else in the database is touched.
import { performance } from "node:perf_hooks";
import { broadcastBench } from "./broadcast.bench.js";
import { flowBench } from "./flow.bench.js";
import { handoffBench } from "./handoff.bench.js";
import { memoryBench } from "./memory.bench.js";
import { nationalBench } from "./national.bench.js";
import { nationalDayBench } from "./national-day.bench.js";
import { nluBench } from "./nlu.bench.js";
import { paidBroadcastBench } from "./paid-broadcast.bench.js";
import type { BenchModule } from "./support/bench-module.js";
import { thongkeBench } from "./thongke.bench.js";
import { zaloBench } from "./zalo.bench.js";

const BENCHES: BenchModule[] = [flowBench, nluBench, thongkeBench, nationalBench, nationalDayBench, memoryBench, zaloBench, handoffBench, broadcastBench, paidBroadcastBench];

async function main(): Promise<void> {
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const only = process.argv.slice(2);
  const selected = only.length > 0 ? BENCHES.filter((b) => only.includes(b.id)) : BENCHES;
  if (selected.length === 0) {
    console.error(`no bench matches ${only.join(", ")}; known: ${BENCHES.map((b) => b.id).join(", ")}`);
    process.exitCode = 2;
    return;
  }
  console.log(`# Benchmarks\n\nNode ${process.version}, ${process.platform}/${process.arch}, Redis ${redisUrl.replace(/\/\/[^@]*@/, "//***@")}\n`);
  for (const bench of selected) {
    console.log(`## ${bench.title}\n`);
    const t0 = performance.now();
    try {
      await bench.run(redisUrl);
    } catch (err) {
      console.log(`ERROR: ${(err as Error).stack ?? String(err)}`);
      process.exitCode = 1;
    }
    console.log(`\n_(${bench.id}: ${((performance.now() - t0) / 1000).toFixed(1)} s)_\n`);
  }
}

await main();
