// A sender process for the kill-and-restart tests and the benchmark: runs the broadcast module's
// worker until killed. Configured by environment: REDIS_URL or REDIS_CLUSTER_NODES, PREFIX, API_ROOT, TOKEN, TUNING (JSON);
// PAID (JSON {ratePerSecond, monthlyBudgetStars}) turns Telegram's paid broadcasts on;
// APP=1 also runs the Telegram bot (long polling, a small citizen flow, the broadcast features), as
// the real app does in one process. Prints "ready" once running; reports its peak RSS every second.
import { run, type RunnerHandle } from "@grammyjs/runner";
import { pino } from "pino";
import { createBenchAssistant } from "../../../src/bot/assistant-factory.js";
import { ALLOWED_UPDATES, createTelegramBot } from "../../../src/bot/telegram/bot.js";
import { makeModule } from "./world.js";
import { loadConfig } from "../../../src/config.js";
import { connectRedis, createRedis } from "../../../src/redis/connection.js";
import { telegramBroadcast } from "../../../src/bot/telegram/broadcast-features.js";

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const target = loadConfig({ REDIS_URL: process.env.REDIS_URL, REDIS_CLUSTER_NODES: process.env.REDIS_CLUSTER_NODES }).redis.target;
if (!target) throw new Error("REDIS_URL or REDIS_CLUSTER_NODES is required");
const redis = createRedis(target, "sender-child");
await connectRedis(redis);
const mod = makeModule({
  redis,
  redisTarget: target,
  prefix: env("PREFIX"),
  apiRoot: env("API_ROOT"),
  token: env("TOKEN"),
  now: Date.now,
  tuning: JSON.parse(process.env.TUNING ?? "{}") as Record<string, number>,
  ...(process.env.PAID ? { paid: JSON.parse(process.env.PAID) as { ratePerSecond: number; monthlyBudgetStars: number } } : {}),
});
await mod.start();
let runner: RunnerHandle | null = null;
if (process.env.APP === "1") {
  const assistant = createBenchAssistant({ redis, prefix: env("PREFIX"), depth: 3 });
  const telegram = telegramBroadcast(mod.parts);
  const bot = createTelegramBot({ token: env("TOKEN"), apiRoot: env("API_ROOT"), assistant, logger: pino({ level: "silent" }), features: telegram.features, transformers: [telegram.replyPacer] });
  await bot.init();
  runner = run(bot, { runner: { fetch: { timeout: 10, allowed_updates: [...ALLOWED_UPDATES] }, silent: true } });
}
let peak = 0;
setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
  process.stdout.write(`rss ${peak}\n`);
}, 1000);
process.stdout.write("ready\n");
process.once("SIGTERM", () => {
  void (async () => {
    if (runner?.isRunning()) await runner.stop();
    await mod.stop();
    await redis.quit();
    process.exit(0);
  })();
});
