/**
 * The composition root in Telegram mode, against the fake Bot API: a citizen onboards and says yes
 * to reminders, an admin (BOT_ADMINS) broadcasts with /thongbao, the citizen receives it once with
 * its authenticity code and checks it with /kiemtra; the app stops cleanly on SIGTERM.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/flows/content.js";
import { callbackUpdate, FAKE_BOT, startFakeBotApi, textUpdate, type FakeBotApi } from "../support/fake-bot-api.js";
import { cleanupPrefix, newRedis, redisEnv, uniquePrefix } from "../support/redis.js";

const prefix = uniquePrefix("tgapp");
const ADMIN = 424242;
const CITIZEN = 515151;
let fake: FakeBotApi;
let child: ChildProcessWithoutNullStreams;
let output = "";

beforeAll(async () => {
  fake = await startFakeBotApi();
  child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      ...redisEnv(),
      REDIS_PREFIX: prefix,
      PORT: "0",
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      BOT_ADMINS: String(ADMIN),
      QUIET_HOURS: "",
      LOG_LEVEL: "info",
    },
  });
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
});

afterAll(async () => {
  if (child.exitCode === null) child.kill("SIGKILL");
  await fake.close();
  const redis = newRedis();
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

const fromBot = (chat: number) => fake.messagesIn(chat).filter((m) => (m.from as { id?: number } | undefined)?.id === FAKE_BOT.id);
const textOf = (m: Record<string, unknown>) => String(m.text ?? m.caption ?? "");

async function say(chat: number, text: string, expectText: string) {
  const before = fromBot(chat).length;
  fake.pushUpdate(textUpdate(chat, text, { from: { id: chat } }));
  return fake.waitFor(() => fromBot(chat).slice(before).find((m) => textOf(m).includes(expectText)), 10_000);
}

async function press(chat: number, label: string, expectText: string) {
  const withButton = [...fromBot(chat)].reverse().find((m) => buttons(m).some(([l]) => l.includes(label)));
  const data = buttons(withButton!).find(([l]) => l.includes(label))![1];
  const before = fromBot(chat).length;
  fake.pushUpdate(callbackUpdate(chat, data, withButton!.message_id as number, { from: { id: chat } }));
  return fake.waitFor(() => fromBot(chat).slice(before).find((m) => textOf(m).includes(expectText)), 10_000);
}

function buttons(message: Record<string, unknown>): [string, string][] {
  const rows = (message.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined)?.inline_keyboard ?? [];
  return rows.flat().map((b) => [b.text, b.callback_data ?? ""]);
}

describe("npm start with a Telegram token", () => {
  it("lets the task force reach a citizen who consented, once, with a code the citizen can check", async () => {
    await expect.poll(() => output, { timeout: 20_000, interval: 100 }).toContain("telegram bot ready");
    await say(CITIZEN, "/start", "Xin chào");
    await press(CITIZEN, "Tiếng Việt", "xã");
    await say(CITIZEN, "Ngọc Biên", "tin nhắc");
    await press(CITIZEN, "Có, nhắc tôi", "mã ẩn danh");
    await press(CITIZEN, "Không đồng ý", "menu");

    await say(ADMIN, "/thongbao", "Soạn thông báo mới");
    await say(ADMIN, "Thứ Năm này xã làm việc đến 17 giờ.", "Gửi cho ai?");
    await press(ADMIN, "Tất cả người đăng ký", "Sẽ gửi tới 1 người");
    await press(ADMIN, "Gửi", "Thông báo #");

    const received = await fake.waitFor(() => fromBot(CITIZEN).find((m) => textOf(m).includes("Thứ Năm này xã làm việc đến 17 giờ.")), 10_000);
    const code = /TB-[A-Z0-9]{6}/.exec(textOf(received))![0];
    await say(CITIZEN, `/kiemtra ${code}`, "✅ Đúng");
    expect(fromBot(CITIZEN).filter((m) => textOf(m).startsWith("Thứ Năm này xã làm việc")).length).toBe(1);

    // The admin's command menu lists the broadcast commands; citizens' lists /dangky and /kiemtra.
    const menus = fake.calls.filter((c) => c.method === "setMyCommands");
    const adminMenu = menus.find((c) => (c.payload.scope as { chat_id?: number } | undefined)?.chat_id === ADMIN);
    expect(JSON.stringify(adminMenu?.payload.commands)).toContain("thongbao");
    expect(JSON.stringify(menus[0]!.payload.commands)).toContain("kiemtra");

    child.kill("SIGTERM");
    const [exitCode] = await once(child, "exit");
    expect(exitCode).toBe(0);
  });
});
