// Questions to a person: how long the bot takes to relay a citizen's question to the on-duty official,
// and an official's answer back to the citizen, through the whole app (createApp, Telegram long
// polling against the fake Bot API, the durable outbox and its worker). Sequential, one at a time:
// latency, not throughput. Times are measured from pushing the update into the fake until the fake
// records the bot's sendMessage (polled every 5 ms, so figures carry up to 5 ms of that).
import { performance } from "node:perf_hooks";
import { Redis } from "ioredis";
import { pino } from "pino";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { RoleStore } from "../src/roles/role-store.js";
import { callbackUpdate, FAKE_BOT, startFakeBotApi, textUpdate, type FakeBotApi } from "../test/support/fake-bot-api.js";
import type { BenchModule } from "./support/bench-module.js";
import { benchPrefix, deleteByPrefix } from "./support/redis-keys.js";
import { fmt, markdownTable } from "./support/table.js";

const QUESTIONS = Number(process.env.BENCH_HANDOFF_N ?? 100);
const OFFICIAL = 990001;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function run(redisUrl: string): Promise<void> {
  const prefix = benchPrefix();
  const redis = new Redis(redisUrl);
  const fake: FakeBotApi = await startFakeBotApi();
  const config = loadConfig({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix, PORT: "0", TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, QUIET_HOURS: "", STALL_NUDGE_HOURS: "0" });
  await new RoleStore(redis, prefix, []).grant(String(OFFICIAL), "official", { unit: "long-hiep", by: "bench", via: "bench" });
  const app = await createApp(config, { logger: pino({ level: "silent" }) });
  const fromBot = (chat: number) => fake.messagesIn(chat).filter((m) => (m.from as { id?: number } | undefined)?.id === FAKE_BOT.id);
  const text = (m: Record<string, unknown>) => String(m.text ?? "");
  const buttonsOf = (m: Record<string, unknown>) => ((m.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined)?.inline_keyboard ?? []).flat();
  const say = async (chat: number, body: string, expect: string) => {
    const before = fromBot(chat).length;
    fake.pushUpdate(textUpdate(chat, body, { from: { id: chat } }));
    return fake.waitFor(() => fromBot(chat).slice(before).find((m) => text(m).includes(expect)), 10_000);
  };
  const press = async (chat: number, label: string, expect: string) => {
    const withButton = [...fromBot(chat)].reverse().find((m) => buttonsOf(m).some((b) => b.text.includes(label)))!;
    const data = buttonsOf(withButton).find((b) => b.text.includes(label))!.callback_data!;
    const before = fromBot(chat).length;
    fake.pushUpdate(callbackUpdate(chat, data, withButton.message_id as number, { from: { id: chat } }));
    return fake.waitFor(() => fromBot(chat).slice(before).find((m) => text(m).includes(expect)), 10_000);
  };

  const toOfficial: number[] = [];
  const toCitizen: number[] = [];
  try {
    for (let i = 0; i < QUESTIONS; i++) {
      const citizen = 990100 + i;
      await say(citizen, "/start", "Xin chào");
      await press(citizen, "Tiếng Việt", "xã");
      await say(citizen, "Long Hiệp", "nhắc");
      await press(citizen, "Không, cảm ơn", "Bác cần");
      await say(citizen, "/hoicanbo", "Bác gõ câu hỏi");
      const noticesBefore = fromBot(OFFICIAL).length;
      let t0 = performance.now();
      const sent = await say(citizen, `Câu hỏi số ${i} về hồ sơ khai sinh`, "Mã câu hỏi");
      const code = /H-[0-9A-Z]{5}/.exec(text(sent))![0];
      const notice = await fake.waitFor(() => fromBot(OFFICIAL).slice(noticesBefore).find((m) => text(m).includes(code)), 10_000);
      toOfficial.push(performance.now() - t0);

      const update = textUpdate(OFFICIAL, `Trả lời số ${i}: bác mang giấy chứng sinh đến xã.`, { from: { id: OFFICIAL } });
      (update.message as unknown as Record<string, unknown>).reply_to_message = { message_id: notice.message_id, date: 0, chat: { id: OFFICIAL, type: "private" }, from: FAKE_BOT, text: text(notice) };
      t0 = performance.now();
      fake.pushUpdate(update);
      await fake.waitFor(() => fromBot(citizen).find((m) => text(m).includes(`Trả lời số ${i}:`)), 10_000);
      toCitizen.push(performance.now() - t0);
    }
  } finally {
    await app.stop();
    await fake.close();
    await deleteByPrefix(redis, prefix);
    await redis.quit();
  }
  const rows = [
    { path: "citizen's question → official's chat", ms: toOfficial.sort((a, b) => a - b) },
    { path: "official's answer → citizen's chat", ms: toCitizen.sort((a, b) => a - b) },
  ];
  console.log(`${QUESTIONS} questions, one at a time; an official of the commune on duty.\n`);
  console.log(
    markdownTable(
      [
        { header: "Relay", cell: (r) => r.path },
        { header: "median ms", align: "right", cell: (r) => fmt(quantile(r.ms, 0.5), 1) },
        { header: "p95 ms", align: "right", cell: (r) => fmt(quantile(r.ms, 0.95), 1) },
        { header: "max ms", align: "right", cell: (r) => fmt(r.ms.at(-1), 1) },
      ],
      rows,
    ),
  );
}

export const handoffBench: BenchModule = { id: "handoff", title: "Questions to a person: relay latency through the app (Telegram, fake Bot API)", run };
