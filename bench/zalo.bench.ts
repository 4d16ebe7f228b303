// Zalo webhook under a burst: 2,000 signed events from 500 users at 200 events/s, posted to the
// app's /zalo/webhook (signature check, dedupe, into the Redis stream, 200) and answered by the
// stream worker through a local fake of Zalo's OA API. Measured: the acknowledgement latency
// (target p99 < 50 ms, Zalo wants 2xx within 2 s), the reply latency (POST to the OA's send), and
// CPU per event against the Telegram webhook path driven the same way in the same run (target
// within 1.2×). Both paths run the same synthetic 3-step guide; the fakes run in this process too.
import { performance } from "node:perf_hooks";
import type { RedisClient } from "../src/redis/connection.js";
import { pino } from "pino";
import { createBenchAssistant } from "../src/bot/assistant-factory.js";
import { createTelegramBot } from "../src/bot/telegram/bot.js";
import { telegramWebhookRoutes, WEBHOOK_PATH } from "../src/bot/telegram/webhook.js";
import { zaloChannel } from "../src/bot/zalo/channel.js";
import { startHttpServer } from "../src/http/server.js";
import { startFakeBotApi } from "../test/support/fake-bot-api.js";
import { startFakeZalo } from "../test/support/fake-zalo.js";
import type { BenchModule } from "./support/bench-module.js";
import { connectRedis } from "./support/redis-client.js";
import { benchPrefix, deleteByPrefix } from "./support/redis-keys.js";
import { fmt, markdownTable } from "./support/table.js";

const EVENTS = 2000;
const USERS = 500;
const RATE = 200;
const SECRET = "bench-webhook-secret-0123456789";

interface Row {
  path: string;
  ackP50: number;
  ackP99: number;
  replyP50: number;
  replyP99: number;
  cpuUsPerEvent: number;
  answered: number;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

/** Posts EVENTS requests at RATE per second, user i%USERS; resolves ack latencies. */
async function burst(post: (user: number, seq: number) => Promise<Response>, postedAt: Map<number, number>): Promise<number[]> {
  const acks: number[] = [];
  const pending: Promise<void>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < EVENTS; i++) {
    const due = t0 + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const user = i % USERS;
    const start = performance.now();
    postedAt.set(user, start);
    pending.push(
      post(user, i).then(async (res) => {
        await res.arrayBuffer();
        acks.push(performance.now() - start);
      }),
    );
  }
  await Promise.all(pending);
  return acks;
}

async function zaloPath(redis: RedisClient, prefix: string): Promise<Row> {
  const zalo = await startFakeZalo();
  const assistant = createBenchAssistant({ redis, prefix, depth: 3 });
  const channel = zaloChannel({
    config: { appId: zalo.appId, appSecret: zalo.appSecret, oaSecretKey: zalo.oaSecretKey, refreshToken: zalo.seedRefreshToken, apiRoot: zalo.apiRoot, oauthRoot: zalo.oauthRoot, pushWindowMs: null },
    assistant,
    redis,
    prefix,
    logger: pino({ level: "silent" }),
  });
  const { server, port } = await startHttpServer({ host: "127.0.0.1", port: 0, redis, mounts: channel.routes });
  await channel.start();
  const postedAt = new Map<number, number>();
  const replies: number[] = [];
  let answered = 0;
  zalo.onSend = (m) => {
    answered++;
    const user = Number(m.userId.slice(1));
    const at = postedAt.get(user);
    if (at !== undefined) {
      replies.push(performance.now() - at);
      postedAt.delete(user);
    }
  };
  const cpu0 = process.cpuUsage();
  const acks = await burst((user, seq) => {
    const { body, headers } = zalo.signed({ event_name: "user_send_text", sender: { id: `u${user}` }, recipient: { id: "oa" }, message: { msg_id: `m${seq}`, text: seq < USERS ? "/start" : "/menu" } });
    return fetch(`http://127.0.0.1:${port}/zalo/webhook`, { method: "POST", headers, body });
  }, postedAt);
  const deadline = performance.now() + 30_000;
  while (replies.length < EVENTS && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const cpu = process.cpuUsage(cpu0);
  await channel.stop();
  await new Promise<void>((r) => server.close(() => r()));
  await zalo.close();
  return { path: "Zalo OA webhook → stream → worker", ackP50: pct(acks, 50), ackP99: pct(acks, 99), replyP50: pct(replies, 50), replyP99: pct(replies, 99), cpuUsPerEvent: (cpu.user + cpu.system) / EVENTS, answered };
}

async function telegramPath(redis: RedisClient, prefix: string): Promise<Row> {
  const api = await startFakeBotApi();
  const assistant = createBenchAssistant({ redis, prefix, depth: 3 });
  const bot = createTelegramBot({ token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo, assistant, logger: pino({ level: "silent" }) });
  const { server, port } = await startHttpServer({ host: "127.0.0.1", port: 0, redis, mounts: [{ path: WEBHOOK_PATH, app: telegramWebhookRoutes(bot, SECRET) }] });
  const postedAt = new Map<number, number>();
  const replies: number[] = [];
  const seen = new Map<number, number>();
  const timer = setInterval(() => {
    for (const m of api.sent.slice(seen.get(-1) ?? 0)) {
      const user = Number(m.chatId) - 1000;
      const at = postedAt.get(user);
      if (at !== undefined) {
        replies.push(performance.now() - at);
        postedAt.delete(user);
      }
    }
    seen.set(-1, api.sent.length);
  }, 5);
  const cpu0 = process.cpuUsage();
  const acks = await burst(
    (user, seq) =>
      fetch(`http://127.0.0.1:${port}${WEBHOOK_PATH}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify({ update_id: 10_000 + seq, message: { message_id: seq + 1, date: Math.floor(Date.now() / 1000), chat: { id: 1000 + user, type: "private", first_name: "B" }, from: { id: 1000 + user, is_bot: false, first_name: "B" }, text: seq < USERS ? "/start" : "/menu", entities: [{ type: "bot_command", offset: 0, length: seq < USERS ? 6 : 5 }] } }),
      }),
    postedAt,
  );
  const deadline = performance.now() + 30_000;
  while (replies.length < EVENTS && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  await new Promise<void>((r) => server.close(() => r()));
  await api.close();
  return { path: "Telegram webhook (answers inside the request)", ackP50: pct(acks, 50), ackP99: pct(acks, 99), replyP50: pct(replies, 50), replyP99: pct(replies, 99), cpuUsPerEvent: (cpu.user + cpu.system) / EVENTS, answered: api.sent.length };
}

export const zaloBench: BenchModule = {
  id: "zalo",
  title: "Zalo webhook under a burst: 2,000 signed events from 500 users at 200 events/s",
  async run(redisUrl) {
    const redis = await connectRedis(redisUrl);
    const prefix = benchPrefix();
    try {
      const rows = [await telegramPath(redis, `${prefix}tg:`), await zaloPath(redis, `${prefix}zalo:`)];
      console.log(
        markdownTable(
          [
            { header: "Path", align: "left", cell: (r: Row) => r.path },
            { header: "ack p50 ms", align: "right", cell: (r: Row) => r.ackP50.toFixed(1) },
            { header: "ack p99 ms", align: "right", cell: (r: Row) => r.ackP99.toFixed(1) },
            { header: "reply p50 ms", align: "right", cell: (r: Row) => r.replyP50.toFixed(1) },
            { header: "reply p99 ms", align: "right", cell: (r: Row) => r.replyP99.toFixed(1) },
            { header: "CPU µs/event", align: "right", cell: (r: Row) => fmt(Math.round(r.cpuUsPerEvent)) },
            { header: "messages sent", align: "right", cell: (r: Row) => fmt(r.answered) },
          ],
          rows,
        ),
      );
      const [tg, zl] = rows as [Row, Row];
      console.log(`\nZalo ack p99 ${zl.ackP99.toFixed(1)} ms (target < 50 ms: ${zl.ackP99 < 50 ? "met" : "not met"}); CPU per event Zalo / Telegram: ${(zl.cpuUsPerEvent / tg.cpuUsPerEvent).toFixed(2)}× (target ≤ 1.2×). CPU includes the in-process fakes and HTTP clients of both paths.`);
    } finally {
      await deleteByPrefix(redis, prefix);
      await redis.quit();
    }
  },
};
