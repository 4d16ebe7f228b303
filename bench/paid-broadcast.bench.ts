// Paid broadcast benchmark: one broadcast to BENCH_PAID_N subscribers (default 100,000) with
// Telegram's paid broadcasts on, sent by BENCH_PAID_INSTANCES app processes (default 2) sharing one
// pace and one Stars budget in Redis, against the fake Bot API allowing 1,000 messages/s for
// messages sent with allow_paid_broadcast (30/s for the others, 1/s per chat, 429 beyond).
//
// Reported: messages/s reached as a share of 1,000/s, duplicates, missed, unsure, the Stars the run
// counted beside 0.1 × the paid messages the fake received, 429s, and each process's peak RSS.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { TELEGRAM_BULK_RATE } from "../src/bot/telegram/bulk-channel.js";
import { DEFAULT_TUNING, scaleTuning, type BroadcastModule } from "../src/broadcast/module.js";
import { bundleSender, spawnSender, type SenderChild } from "../test/broadcast/support/child.js";
import { makeModule, UNITS } from "../test/broadcast/support/world.js";
import { startFakeBotApi } from "../test/support/fake-bot-api.js";
import type { BenchModule } from "./support/bench-module.js";
import { connectRedis } from "./support/redis-client.js";
import { benchPrefix, deleteByPrefix } from "./support/redis-keys.js";
import { fmt, markdownTable, type Column } from "./support/table.js";

const PAID_LIMIT = 1000;
/** The app's default paid pace (TELEGRAM_PAID_RATE): 4 % under the limit, like the free one. */
const PAID_PACE = 960;
const FREE_LIMIT = 30;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Subscribes N chats over every commune, many at a time. */
async function seed(mod: BroadcastModule, n: number): Promise<void> {
  const codes = UNITS.units.map((u) => u.code);
  for (let i = 0; i < n; i += 1000) {
    const chunk = Array.from({ length: Math.min(1000, n - i) }, (_, j) => i + j);
    await Promise.all(chunk.map((k) => mod.parts.subscriptions.subscribe(String(2_000_000 + k), { unit: codes[k % codes.length]!, lang: (["vi", "km", "en"] as const)[k % 3]!, source: "command" })));
  }
}

interface Row {
  instances: number;
  n: number;
  seconds: number;
  rate: number;
  duplicates: number;
  missed: number;
  unsure: number;
  paid: number;
  runStars: number;
  limited: number;
  rssMb: number[];
}

async function run(redisUrl: string): Promise<void> {
  const n = Number(process.env.BENCH_PAID_N ?? 100_000);
  const instances = Number(process.env.BENCH_PAID_INSTANCES ?? 2);
  const redis = await connectRedis(redisUrl);
  const fake = await startFakeBotApi();
  fake.setRateLimit({ globalPerSecond: FREE_LIMIT, paidPerSecond: PAID_LIMIT, perChatPerSecond: 1, retryAfter: 1 });
  const prefix = benchPrefix();
  const children: SenderChild[] = [];
  const paid = { ratePerSecond: PAID_PACE, monthlyBudgetStars: Math.ceil(n / 10) + 1000 };
  try {
    // A module that only starts runs and reads their state (the test world's, production tuning); the apps send.
    const ctl = makeModule({ redis, redisTarget: { kind: "single", url: redisUrl }, prefix, apiRoot: fake.apiRoot, token: fake.token, now: Date.now, sender: false, paid, tuning: { ...scaleTuning(DEFAULT_TUNING, PAID_PACE), ratePerSecond: TELEGRAM_BULK_RATE } });
    const seeded = performance.now();
    await seed(ctl, n);
    const seedSeconds = (performance.now() - seeded) / 1000;
    const bundle = await bundleSender();
    // Production tuning, scaled for the paid pace as the app does; the senders are plain workers.
    const tuning = scaleTuning(DEFAULT_TUNING, PAID_PACE);
    const env = { REDIS_URL: redisUrl, PREFIX: prefix, API_ROOT: fake.apiRoot, TOKEN: fake.token, TUNING: tuning, PAID: JSON.stringify(paid) };
    for (let i = 0; i < instances; i++) children.push(await spawnSender(env, { bundle }));

    const lag = monitorEventLoopDelay({ resolution: 5 });
    lag.enable();
    const marker = "Bench paid";
    const id = (await ctl.parts.service.launch({ kind: "broadcast", text: `${marker}: lịch tiêm chủng mở rộng tháng 12.`, units: null, code: "TB-PAID22", createdAt: Date.now() }))!;
    for (;;) {
      const r = await ctl.parts.runs.get(id);
      if (r?.status === "done") break;
      await sleep(250);
    }
    const rss = children.map((c) => c.peakRss() / 2 ** 20);
    await Promise.all(children.splice(0).map((c) => c.stop()));
    const finished = (await ctl.parts.runs.get(id))!;
    await ctl.stop();

    const ok = fake.calls.filter((c) => c.method === "sendMessage" && c.status === 200 && String(c.payload.text ?? "").startsWith(marker));
    const times = ok.map((c) => c.at).sort((a, b) => a - b);
    const seconds = (times.at(-1)! - times[0]!) / 1000;
    lag.disable();
    if (process.env.BENCH_DEBUG) {
      console.log("DEBUG fake's event loop delay ms p50/p99/max", lag.percentile(50) / 1e6, lag.percentile(99) / 1e6, lag.max / 1e6);
      const sends = fake.calls.filter((c) => c.method === "sendMessage");
      for (const l of sends.filter((c) => c.status === 429).slice(0, 5)) {
        const win = sends.filter((c) => c.status === 200 && c.at > l.at - 1000 && c.at <= l.at).length;
        const chat = sends.filter((c) => String(c.payload.chat_id) === String(l.payload.chat_id)).map((c) => `${c.status}@${c.at % 100000}`);
        console.log("DEBUG 429 at", l.at % 100000, "window", win, "chat", chat.join(" "));
      }
    }
    const byChat = new Map<string, number>();
    for (const c of ok) byChat.set(String(c.payload.chat_id), (byChat.get(String(c.payload.chat_id)) ?? 0) + 1);
    const row: Row = {
      instances,
      n,
      seconds,
      rate: (times.length - 1) / seconds,
      duplicates: [...byChat.values()].filter((v) => v > 1).length,
      missed: n - byChat.size,
      unsure: finished.counts.unsure,
      paid: fake.stats.paid,
      runStars: finished.costMilli / 1000,
      limited: fake.stats.rateLimited,
      rssMb: rss,
    };
    const columns: Column<Row>[] = [
      { header: "instances", align: "right", cell: (r) => fmt(r.instances) },
      { header: "recipients", align: "right", cell: (r) => fmt(r.n) },
      { header: "sending s", align: "right", cell: (r) => fmt(r.seconds, 1) },
      { header: "msgs/s", align: "right", cell: (r) => fmt(r.rate, 1) },
      { header: "share of 1,000/s", align: "right", cell: (r) => `${fmt((r.rate / PAID_LIMIT) * 100, 1)} %` },
      { header: "duplicates", align: "right", cell: (r) => fmt(r.duplicates) },
      { header: "missed", align: "right", cell: (r) => fmt(r.missed) },
      { header: "unsure", align: "right", cell: (r) => fmt(r.unsure) },
      { header: "paid msgs (fake)", align: "right", cell: (r) => fmt(r.paid) },
      { header: "Stars: run / 0.1 × paid", align: "right", cell: (r) => `${fmt(r.runStars, 1)} / ${fmt(r.paid / 10, 1)}` },
      { header: "429s", align: "right", cell: (r) => fmt(r.limited) },
      { header: "peak RSS MB per app", align: "right", cell: (r) => r.rssMb.map((m) => fmt(m, 0)).join(" / ") },
    ];
    console.log(
      `Fake Bot API: ${fmt(PAID_LIMIT)} msgs/s for paid messages (allow_paid_broadcast), ${FREE_LIMIT}/s for the others, 1/s per chat, 429 beyond. ${instances} app processes (compiled with esbuild) share the pace and a budget of ${fmt(paid.monthlyBudgetStars)} Stars; lanes ${tuning.lanes} × batches ${tuning.concurrency} per process, ${fmt(tuning.batchSize)} recipients per batch. Seeding ${fmt(n)} subscriptions took ${fmt(seedSeconds, 1)} s (not counted).\n`,
    );
    console.log(markdownTable(columns, [row]));
    console.log("\nTargets: share ≥ 95 % of 1,000/s, 0 duplicates, 0 missed; the run's Stars equal 0.1 × the paid messages the fake received.");
  } finally {
    await Promise.all(children.map((c) => c.kill()));
    await fake.close();
    await deleteByPrefix(redis, prefix);
    await redis.quit();
  }
}

export const paidBroadcastBench: BenchModule = {
  id: "paid",
  title: "Paid broadcast at 1,000 messages/s (BENCH_PAID_N, default 100,000; BENCH_PAID_INSTANCES, default 2)",
  run,
};
