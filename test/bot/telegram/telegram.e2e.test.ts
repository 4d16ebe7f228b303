/**
 * The Telegram channel end to end: grammY polling a local fake Bot API server, the Assistant on a
 * real Redis. A citizen completes a guide by pressing buttons; the final update arrives twice.
 */
import type { RedisClient } from "../../../src/redis/connection.js";
import { Composer } from "grammy";
import type { BotContext } from "../../../src/bot/telegram/context.js";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ALLOWED_UPDATES, createTelegramBot } from "../../../src/bot/telegram/bot.js";
import { startPolling, type Polling } from "../../../src/bot/telegram/polling.js";
import { registerCommands } from "../../../src/bot/telegram/commands.js";
import { callbackUpdate, startFakeBotApi, stickerUpdate, textUpdate, type FakeBotApi } from "../../support/fake-bot-api.js";
import { cleanupPrefix, newRedis, sessionStreamToday, uniquePrefix } from "../../support/redis.js";
import { testAssistant } from "../../support/assistant.js";

const CHAT = 5551;
let redis: RedisClient;
let api: FakeBotApi;
let prefix: string;
let polling: Polling | undefined;

function startBot(features: Composer<BotContext>[] = []) {
  const { assistant, ctx } = testAssistant(redis, prefix, { now: Date.now });
  const logger = pino({ level: process.env.TEST_LOG ?? "silent" });
  const bot = createTelegramBot({ token: api.token, apiRoot: api.apiRoot, assistant, logger, features });
  polling = startPolling(bot, { allowedUpdates: ALLOWED_UPDATES, timeoutSeconds: 1, logger });
  return { bot, ctx };
}

async function stopBot() {
  await polling?.stop();
  polling = undefined;
}

/** The chat as the citizen sees it now (edited messages show their latest text). */
type ShownMessage = { message_id: number; text?: string; reply_markup?: unknown };
const messages = () => api.messagesIn(CHAT) as ShownMessage[];

/** Waits for a message to the citizen containing `text`, counting from message index `from`. */
async function expectMessage(text: string, from = 0) {
  return api.waitFor(() => messages().slice(from).find((m) => m.text?.includes(text)), 5000);
}

/** The callback update for the button labelled `label` on the latest message that shows it. */
async function buttonUpdate(label: string) {
  const withButton = await api.waitFor(() =>
    [...messages()].reverse().find((m) => {
      const rows = (m.reply_markup as { inline_keyboard?: { text: string }[][] } | undefined)?.inline_keyboard ?? [];
      return rows.flat().some((b) => b.text.endsWith(label));
    }),
  );
  const rows = (withButton.reply_markup as { inline_keyboard: { text: string; callback_data?: string }[][] }).inline_keyboard;
  const data = rows.flat().find((b) => b.text.endsWith(label))!.callback_data!;
  return callbackUpdate(CHAT, data, withButton.message_id);
}

async function press(label: string, expectText: string) {
  const before = messages().length;
  api.pushUpdate(await buttonUpdate(label));
  await expectMessage(expectText, before);
}

async function say(text: string, expectText: string) {
  const before = messages().length;
  api.pushUpdate(textUpdate(CHAT, text));
  await expectMessage(expectText, before);
}

beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await redis.quit();
});
beforeEach(async () => {
  prefix = uniquePrefix("tg");
  api = await startFakeBotApi();
});
afterEach(async () => {
  await stopBot();
  await api.close();
  await cleanupPrefix(redis, prefix);
});

describe("Telegram channel", () => {
  it("guides a citizen through onboarding and a guide, and logs the session once when the last update arrives twice", async () => {
    startBot();
    await say("/start", "Chọn ngôn ngữ");
    await press("Tiếng Việt", "Bác ở xã nào?");
    await say("thi tran Tra Cu", "nay thuộc xã Trà Cú");
    await press("Có", "Menu của xã Trà Cú");
    await press("Làm giấy khai sinh", "Bước 1/4");
    await press("Cho cháu", "Chuẩn bị giấy tờ");

    // A checklist tick edits the message in place instead of sending a new one.
    const sentBefore = messages().length;
    api.pushUpdate(await buttonUpdate("Giấy chứng sinh"));
    await api.waitFor(() => api.calls.find((c) => c.method === "editMessageText" && String(c.payload.text).includes("Đã có 1/2")));
    expect(messages().length).toBe(sentBefore);

    await press("Tiếp tục", "Đăng nhập bằng OTP");
    await press("Tiếp tục", "Gõ mã hồ sơ");
    await say("abc", "Mã hồ sơ chưa đúng.");

    const last = api.pushUpdate(textUpdate(CHAT, "H62.22-250101-0001"));
    await expectMessage("Đã nộp xong.");
    api.pushUpdate(last); // Telegram redelivers the same update (same update_id)
    await say("/menu", "Menu của xã Trà Cú"); // proves the redelivery was processed before this

    // Telegram redelivers what was never confirmed, so the answer may never have arrived: it is
    // shown again (from what the first handling stored), and the session still counts once.
    expect(messages().filter((m) => m.text?.includes("Đã nộp xong."))).toHaveLength(2);
    const log = await redis.xrange(sessionStreamToday(prefix), "-", "+");
    expect(log).toHaveLength(1);
    expect(log[0]![1]).toEqual(expect.arrayContaining(["unit", "tra-cu", "outcome", "online_filing", "assisted", "1", "channel", "telegram"]));
    // The user is a keyed hash: no field holds the chat id (timestamps may contain its digits).
    const values = log[0]![1].filter((_, i) => i % 2 === 1);
    expect(values.filter((v) => v.includes(String(CHAT)) && !/^\d{13}$/.test(v))).toEqual([]);

    // Every callback query was answered.
    const callbacks = api.calls.filter((c) => c.method === "answerCallbackQuery").length;
    expect(callbacks).toBe(7);
  });

  it("answers stale and forged buttons, stickers and unknown commands with a fresh menu", async () => {
    startBot();
    await say("/start", "Chọn ngôn ngữ");
    const stale = await buttonUpdate("English");
    await press("Tiếng Việt", "Bác ở xã nào?");
    let before = messages().length;
    api.pushUpdate(stale);
    await expectMessage("Menu này đã cũ.", before);
    await expectMessage("Bác ở xã nào?", before);

    before = messages().length;
    api.pushUpdate(callbackUpdate(CHAT, "x".repeat(64)));
    await expectMessage("Menu này đã cũ.", before);

    before = messages().length;
    api.pushUpdate(stickerUpdate(CHAT));
    await expectMessage("Tôi chỉ đọc được chữ.", before);

    await say("/abcxyz", "Tôi chưa hiểu.");
    await say("a".repeat(10_000), "Tin nhắn dài quá.");
    await say("084123456789", "Đừng gửi số căn cước");
    // The message with the ID number is removed from the chat.
    expect(api.calls.some((c) => c.method === "deleteMessage")).toBe(true);
    expect(await redis.get(`${prefix}chat:{telegram:${CHAT}}`)).not.toContain("084123456789");
  });

  it("lets a user continue at their step after the bot restarts", async () => {
    startBot();
    await say("/start", "Chọn ngôn ngữ");
    await press("Tiếng Việt", "Bác ở xã nào?");
    await press("xã Long Hiệp", "Nhắc lịch?");
    await press("Không", "Menu của xã Long Hiệp");
    await press("Làm giấy khai sinh", "Làm cho ai?");
    await stopBot();

    startBot(); // a new process: new Assistant, new bot, same Redis
    await press("Cho con tôi", "Chuẩn bị giấy tờ");
  });

  it("retries a send that Telegram answers with 429 and retry_after", async () => {
    startBot();
    api.failNext("sendMessage", {
      status: 429,
      body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } },
    });
    await say("/start", "Chọn ngôn ngữ");
    expect(api.calls.filter((c) => c.method === "sendMessage" && c.status === 429)).toHaveLength(1);
  });

  it("tells the user to try again when a command fails, and goes on with the next update", async () => {
    const failing = new Composer<BotContext>();
    failing.command("dangky", () => {
      throw new Error("Connection is closed.");
    });
    startBot([failing]);
    await say("/dangky", "Hệ thống đang bận");
    await say("/start", "Chọn ngôn ngữ");
  });

  it("registers the command menu in Vietnamese, Khmer and English", async () => {
    const { bot, ctx } = startBot();
    await registerCommands(bot.api, ctx.texts);
    const calls = api.calls.filter((c) => c.method === "setMyCommands");
    expect(calls.map((c) => c.payload.language_code ?? "default")).toEqual(["default", "km", "en"]);
  });
});
