// Broadcast benchmark: one task-force broadcast to N subscribers (BENCH_BROADCAST_N, default
// 10,000; e.g. 1000 for a quick run) through the real app process (bot + BullMQ sender, spawned as
// a child) against the fake Bot API enforcing Telegram's limits: 30 messages/s overall, 1/s per
// chat, 429 with retry_after, plus a few injected 429s. Meanwhile a citizen chats with the bot.
//
// Reported, per scenario: achieved messages/s as a share of the 30/s limit, duplicates, missed,
// "unsure" (a send in flight at a crash, reported not resent), the longest wait for a reply to
// the citizen, and the app's peak RSS. Scenario 2 SIGKILLs the app at the halfway point (at a
// random instant, not between sends) and starts it again.
import type { RedisClient } from "../src/redis/connection.js";
import { TELEGRAM_BULK_RATE } from "../src/bot/telegram/bulk-channel.js";
import { DEFAULT_TUNING, type BroadcastModule } from "../src/broadcast/module.js";
import { bundleSender, spawnSender, type SenderChild } from "../test/broadcast/support/child.js";
import { makeModule, UNITS } from "../test/broadcast/support/world.js";
import { startFakeBotApi, textUpdate, type FakeBotApi } from "../test/support/fake-bot-api.js";
import type { BenchModule } from "./support/bench-module.js";
import { connectRedis } from "./support/redis-client.js";
import { benchPrefix, deleteByPrefix } from "./support/redis-keys.js";
import { fmt, markdownTable, type Column } from "./support/table.js";

const LIMIT_PER_SECOND = 30;
/** Citizens chatting during the broadcast: one message every 2 s, each citizen every 20 s. */
const CITIZENS = Array.from({ length: 10 }, (_, i) => 990_000_001 + i);
const isCitizen = (chat: unknown) => CITIZENS.includes(Number(chat));
/** Injected 429s: one per this many messages, at least one (each pauses everything for 1 s). */
const INJECT_EVERY = 3000;
/**
 * Production tuning (the child would otherwise take the tests' fast one), except the stalled-job
 * takeover, shortened so the restart shows quickly.
 */
// The app's own pace (a channel's setting since each channel has its own), not the test world's faster one.
const TUNING = { ...DEFAULT_TUNING, ratePerSecond: TELEGRAM_BULK_RATE, lockDurationMs: 10_000, stalledIntervalMs: 5_000 };

interface Row {
  scenario: string;
  n: number;
  seconds: number;
  rate: number;
  share: number;
  duplicates: number;
  missed: number;
  unsure: number;
  replyMaxMs: number;
  replies: number;
  totalShare: number;
  /** 429s from the fake's own limiter (not the injected ones) on bulk messages and on replies. */
  limitedBulk: number;
  limitedReplies: number;
  injected: number;
  rssMb: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Subscribes N chats, pipelined (the store's own path is one round trip per call). */
async function seed(redis: RedisClient, mod: BroadcastModule, n: number): Promise<void> {
  const codes = UNITS.units.map((u) => u.code);
  for (let i = 0; i < n; i += 500) {
    const chunk = Array.from({ length: Math.min(500, n - i) }, (_, j) => i + j);
    await Promise.all(chunk.map((k) => mod.parts.subscriptions.subscribe(String(1_000_000 + k), { unit: codes[k % codes.length]!, lang: (["vi", "km", "en"] as const)[k % 3]!, source: "command" })));
  }
  void redis;
}

/**
 * The citizen writes every 2 s; returns a stop function giving the longest wait and reply count.
 * Messages written while the app is down (`down()`) are answered after the restart: not counted.
 */
function chattingCitizen(fake: FakeBotApi, down: () => boolean): () => { maxMs: number; replies: number } {
  let maxMs = 0;
  let replies = 0;
  let stopped = false;
  void (async () => {
    for (let i = 0; !stopped; i++) {
      const citizen = CITIZENS[i % CITIZENS.length]!;
      const before = fake.sent.filter((m) => m.chatId === citizen).length;
      const at = performance.now();
      fake.pushUpdate(textUpdate(citizen, "xin chào", { from: { id: citizen } }));
      const wasDown = down();
      try {
        await fake.waitFor(() => fake.sent.filter((m) => m.chatId === citizen).length > before, 60_000);
        if (!wasDown && !down()) {
          maxMs = Math.max(maxMs, performance.now() - at);
          if (process.env.BENCH_DEBUG && performance.now() - at > Number(process.env.BENCH_DEBUG_SLOW_MS ?? 800)) {
            const mine = fake.calls.filter((c) => String(c.payload.chat_id) === String(citizen) && c.at >= Date.now() - (performance.now() - at) - 50);
            console.log("DEBUG slow reply", i, Math.round(performance.now() - at), mine.map((c) => `${c.method}:${c.status}@${c.at % 100000}`).join(" "));
          }
          replies++;
        }
      } catch {
        maxMs = Math.max(maxMs, 60_000);
      }
      await sleep(2000 - Math.min(2000, performance.now() - at));
    }
  })();
  return () => {
    stopped = true;
    return { maxMs, replies };
  };
}

async function runScenario(opts: {
  name: string;
  redis: RedisClient;
  redisUrl: string;
  prefix: string;
  fake: FakeBotApi;
  ctl: BroadcastModule;
  n: number;
  kill: boolean;
  /** The app child compiled to one ES module (as deployed), instead of TypeScript through tsx. */
  bundle: string;
}): Promise<Row> {
  const { fake, ctl, n } = opts;
  const marker = `Bench ${opts.name}`;
  const env = { REDIS_URL: opts.redisUrl, PREFIX: opts.prefix, API_ROOT: fake.apiRoot, TOKEN: fake.token, TUNING, APP: "1" as const };
  let app: SenderChild = await spawnSender(env, { bundle: opts.bundle });
  const rss: number[] = [];
  const bulk = () => fake.sent.filter((m) => m.text?.startsWith(marker));
  const callsBefore = fake.calls.length;

  // Injected 429s hit bulk sends only: what a citizen's reply meets is Telegram's limits, counted apart.
  const injections = Math.max(1, Math.floor(n / INJECT_EVERY));
  const injectEvery = Math.floor(n / (injections + 1));
  let injected = 0;
  const injectedAt: number[] = [];
  const injector = setInterval(() => {
    if (injected < injections && bulk().length >= injectEvery * (injected + 1)) {
      injected++;
      fake.failNext("sendMessage", {
        status: 429,
        body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 1 (injected)", parameters: { retry_after: 1 } },
        forChat: (chat) => !isCitizen(chat),
      });
      injectedAt.push(fake.calls.length);
    }
  }, 50);

  let down = false;
  const stopCitizen = chattingCitizen(fake, () => down);
  const id = (await ctl.parts.service.launch({ kind: "broadcast", text: `${marker}: họp dân tối thứ Sáu tại nhà văn hóa ấp.`, units: null, code: "TB-BENCH2", createdAt: Date.now() }))!;
  let killedAt = 0;
  let restartedAt = 0;
  for (;;) {
    const run = await ctl.parts.runs.get(id);
    if (run?.status === "done") break;
    if (opts.kill && !killedAt && bulk().length >= n / 2) {
      rss.push(app.peakRss());
      down = true;
      await app.kill();
      killedAt = performance.now();
      app = await spawnSender(env, { bundle: opts.bundle });
      restartedAt = performance.now();
      // The bot is back; give it a moment to fetch what came in meanwhile.
      setTimeout(() => (down = false), 2000);
    }
    await sleep(killedAt && !restartedAt ? 5 : 100);
  }
  clearInterval(injector);
  const citizen = stopCitizen();
  rss.push(app.peakRss());
  await app.stop();

  // The call each injection landed on: the first sendMessage after it was armed.
  const injectedCalls = new Set(injectedAt.map((from) => fake.calls.slice(from).find((c) => c.method === "sendMessage" && !isCitizen(c.payload.chat_id))));
  if (process.env.BENCH_DEBUG) {
    const sendsAll = fake.calls.filter((c) => c.method === "sendMessage");
    const firstLimited = sendsAll.filter((c) => c.status === 429).slice(0, 4);
    for (const l of firstLimited) {
      const win = sendsAll.filter((c) => c.status === 200 && c.at > l.at - 1000 && c.at <= l.at);
      console.log("DEBUG 429", isCitizen(l.payload.chat_id) ? "citizen" : "bulk", "window hits", win.length, "citizen hits", win.filter((c) => isCitizen(c.payload.chat_id)).length, "per-chat", sendsAll.filter((c) => c.status === 200 && String(c.payload.chat_id) === String(l.payload.chat_id) && c.at > l.at - 1000 && c.at <= l.at).length, String(l.payload.text).slice(0, 15));
    }
  }
  const sends = bulk();
  const byChat = new Map<string, number>();
  for (const m of sends) byChat.set(String(m.chatId), (byChat.get(String(m.chatId)) ?? 0) + 1);
  const run = (await ctl.parts.runs.get(id))!;
  // The pace is measured on the fake's own clock, first to last bulk message. With a kill, the time
  // the app was down (dead until restarted, then waiting for BullMQ to take over its batches) is
  // not sending time: the longest gap between two sends is left out.
  const times = fake.calls.filter((c) => c.method === "sendMessage" && c.status === 200 && String(c.payload.text ?? "").startsWith(marker)).map((c) => c.at);
  let span = (times.at(-1)! - times[0]!) / 1000;
  if (opts.kill) {
    let gap = 0;
    for (let i = 1; i < times.length; i++) gap = Math.max(gap, times[i]! - times[i - 1]!);
    span -= gap / 1000;
  }
  const rate = (times.length - 1) / span;
  // Every message the bot got through in the same period (bulk and replies), for the total share.
  const mine = fake.calls.slice(callsBefore);
  const replies = mine.filter((c) => c.method === "sendMessage" && c.status === 200 && isCitizen(c.payload.chat_id) && c.at >= times[0]! && c.at <= times.at(-1)!).length;
  const limited = mine.filter((c) => c.status === 429 && !injectedCalls.has(c));
  return {
    scenario: opts.kill ? `${opts.name} (SIGKILL at ${fmt(n / 2)}, restart)` : opts.name,
    n,
    seconds: span,
    rate,
    share: rate / LIMIT_PER_SECOND,
    duplicates: [...byChat.values()].filter((c) => c > 1).length,
    missed: n - byChat.size,
    unsure: run.counts.unsure,
    replyMaxMs: citizen.maxMs,
    replies: citizen.replies,
    totalShare: ((times.length - 1 + replies) / span) / LIMIT_PER_SECOND,
    limitedBulk: limited.filter((c) => !isCitizen(c.payload.chat_id)).length,
    limitedReplies: limited.filter((c) => isCitizen(c.payload.chat_id)).length,
    injected,
    rssMb: Math.max(...rss) / 2 ** 20,
  };
}

async function run(redisUrl: string): Promise<void> {
  const n = Number(process.env.BENCH_BROADCAST_N ?? 10_000);
  const redis = await connectRedis(redisUrl);
  const fake = await startFakeBotApi();
  fake.setRateLimit({ globalPerSecond: LIMIT_PER_SECOND, perChatPerSecond: 1, retryAfter: 1 });
  const bundle = await bundleSender();
  const rows: Row[] = [];
  const prefixes: string[] = [];
  try {
    for (const kill of [false, true]) {
      const prefix = benchPrefix();
      prefixes.push(prefix);
      // A module that only starts runs and reads their state; the app child does the sending.
      const ctl = makeModule({ redis, redisTarget: { kind: "single", url: redisUrl }, prefix, apiRoot: fake.apiRoot, token: fake.token, now: Date.now, sender: false, tuning: TUNING });
      await seed(redis, ctl, n);
      rows.push(await runScenario({ name: kill ? "kill" : "steady", redis, redisUrl, prefix, fake, ctl, n, kill, bundle }));
      await ctl.stop();
    }
  } finally {
    await fake.close();
    for (const prefix of prefixes) await deleteByPrefix(redis, prefix);
    await redis.quit();
  }

  const columns: Column<Row>[] = [
    { header: "scenario", cell: (r) => r.scenario },
    { header: "recipients", align: "right", cell: (r) => fmt(r.n) },
    { header: "sending s", align: "right", cell: (r) => fmt(r.seconds, 1) },
    { header: "msgs/s", align: "right", cell: (r) => fmt(r.rate, 2) },
    { header: "share of 30/s", align: "right", cell: (r) => `${fmt(r.share * 100, 1)} %` },
    { header: "with replies", align: "right", cell: (r) => `${fmt(r.totalShare * 100, 1)} %` },
    { header: "duplicates", align: "right", cell: (r) => fmt(r.duplicates) },
    { header: "missed", align: "right", cell: (r) => fmt(r.missed) },
    { header: "unsure", align: "right", cell: (r) => fmt(r.unsure) },
    { header: "429 injected", align: "right", cell: (r) => fmt(r.injected) },
    { header: "429 by limits: bulk / replies", align: "right", cell: (r) => `${fmt(r.limitedBulk)} / ${fmt(r.limitedReplies)}` },
    { header: "citizen reply max ms", align: "right", cell: (r) => `${fmt(r.replyMaxMs)} (${r.replies} replies)` },
    { header: "app peak RSS MB", align: "right", cell: (r) => fmt(r.rssMb, 0) },
  ];
  console.log(`Fake Bot API: ${LIMIT_PER_SECOND} msgs/s overall (any 1-s window), 1/s per chat, retry_after 1 s; one extra 429 injected per ${fmt(INJECT_EVERY)} messages (at least one); ten citizens write one message every 2 s in turn. The app (bot + sender) runs as a child process compiled to one ES module with esbuild, as deployed (no TypeScript loader).\n`);
  console.log(markdownTable(columns, rows));
  console.log("\nTargets: share ≥ 95 %, 0 duplicates, 0 missed, citizen reply < 1000 ms, RSS < 150 MB.");
  console.log("msgs/s and shares: bulk messages from the first to the last, on the fake's clock; with a kill, the downtime (the longest gap) is left out. \"with replies\" adds the bot's replies to citizens in that period. Each 429 pauses all bulk sending for retry_after.");
}

export const broadcastBench: BenchModule = {
  id: "broadcast",
  title: "Broadcast to subscribers at Telegram's rate limit (BENCH_BROADCAST_N, default 10,000)",
  run,
};
