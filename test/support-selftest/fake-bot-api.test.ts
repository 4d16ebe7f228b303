// Self-test of the fake Telegram Bot API: grammY must work against it unmodified, and its Telegram-style
// errors (400, 403, 429, 401) must reach grammY exactly as the real API's would.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Bot, GrammyError, InputFile } from "grammy";
import { callbackUpdate, startFakeBotApi, textUpdate, type FakeBotApi } from "../support/fake-bot-api.js";

const CHAT = 424_242;

describe("fake Bot API", () => {
  let fake: FakeBotApi;
  let bot: Bot;

  beforeEach(async () => {
    fake = await startFakeBotApi();
    bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } });
  });

  afterEach(async () => {
    if (bot.isRunning()) await bot.stop();
    await fake.close();
  });

  const apiError = (promise: Promise<unknown>) =>
    promise.then(
      () => expect.unreachable("the call should have failed"),
      (error: unknown) => {
        expect(error).toBeInstanceOf(GrammyError);
        return error as GrammyError;
      },
    );

  it("answers getMe through bot.init()", async () => {
    await bot.init();
    expect(bot.botInfo.username).toBe(fake.botInfo.username);
    expect(fake.calls.map((call) => call.method)).toEqual(["getMe"]);
  });

  it("delivers a polled update to bot.start() and records the reply", async () => {
    bot.command("start", (ctx) => ctx.reply("Xin chào!"));
    const running = bot.start({ timeout: 30 });
    await fake.waitFor(() => fake.calls.some((call) => call.method === "getUpdates"));

    fake.pushUpdate(textUpdate(CHAT, "/start"));
    const reply = await fake.waitFor(() => fake.sent.find((message) => message.chatId === CHAT));
    expect(reply).toMatchObject({ text: "Xin chào!", method: "sendMessage", message_id: 1 });

    // Stopping aborts the 30 s long poll at once and confirms the offset.
    const stoppedAt = Date.now();
    await bot.stop();
    await running;
    expect(Date.now() - stoppedAt).toBeLessThan(2_000);
  });

  it("redelivers an update pushed twice", async () => {
    const seen: number[] = [];
    bot.on("message:text", (ctx) => void seen.push(ctx.update.update_id));
    const running = bot.start({ timeout: 30 });
    const update = fake.pushUpdate(textUpdate(CHAT, "hello"));
    await fake.waitFor(() => seen.length === 1);
    fake.pushUpdate(update);
    fake.pushUpdate(textUpdate(CHAT, "after"));
    await fake.waitFor(() => seen.length === 3);
    expect(seen).toEqual([update.update_id, update.update_id, update.update_id + 1]);
    await bot.stop();
    await running;
  });

  it("rejects callback_data over 64 bytes with BUTTON_DATA_INVALID", async () => {
    // 35 Vietnamese "đ" are 35 characters but 70 UTF-8 bytes: Telegram counts bytes.
    const data = "đ".repeat(35);
    const error = await apiError(
      bot.api.sendMessage(CHAT, "Chọn", { reply_markup: { inline_keyboard: [[{ text: "A", callback_data: data }]] } }),
    );
    expect(error.error_code).toBe(400);
    expect(error.description).toBe("Bad Request: BUTTON_DATA_INVALID");
    expect(fake.sent).toHaveLength(0);
  });

  it("answers 429 with retry_after past the rate limit", async () => {
    fake.setRateLimit({ perChatPerSecond: 1, retryAfter: 3 });
    await bot.api.sendMessage(CHAT, "một");
    const error = await apiError(bot.api.sendMessage(CHAT, "hai"));
    expect(error.error_code).toBe(429);
    expect(error.description).toBe("Too Many Requests: retry after 3");
    expect(error.parameters.retry_after).toBe(3);
    expect(fake.stats.rateLimited).toBe(1);
    // Other chats have their own window.
    await bot.api.sendMessage(CHAT + 1, "ba");
  });

  it("answers 403 for a chat that blocked the bot", async () => {
    fake.blockChat(CHAT);
    const error = await apiError(bot.api.sendMessage(CHAT, "Xin chào"));
    expect(error.error_code).toBe(403);
    expect(error.description).toBe("Forbidden: bot was blocked by the user");
  });

  it("validates text and edits like Telegram", async () => {
    expect((await apiError(bot.api.sendMessage(CHAT, " "))).description).toBe("Bad Request: message text is empty");
    expect((await apiError(bot.api.sendMessage(CHAT, "x".repeat(4097)))).description).toBe("Bad Request: message is too long");
    const html = await apiError(bot.api.sendMessage(CHAT, "a < b", { parse_mode: "HTML" }));
    expect(html.description).toMatch(/^Bad Request: can't parse entities/);

    const keyboard = { inline_keyboard: [[{ text: "Tiếp", callback_data: "next" }]] };
    const sent = await bot.api.sendMessage(CHAT, "Bước 1", { reply_markup: keyboard });
    expect(sent.reply_markup).toEqual(keyboard);
    const notModified = await apiError(bot.api.editMessageText(CHAT, sent.message_id, "Bước 1", { reply_markup: keyboard }));
    expect(notModified.description).toMatch(/^Bad Request: message is not modified/);
    const missing = await apiError(bot.api.editMessageText(CHAT, 999, "Bước 2"));
    expect(missing.description).toBe("Bad Request: message to edit not found");
    const edited = await bot.api.editMessageText(CHAT, sent.message_id, "Bước 2");
    expect(edited).toMatchObject({ text: "Bước 2", message_id: sent.message_id });
  });

  it("rejects markup Telegram cannot parse", async () => {
    await bot.api.sendMessage(CHAT, "Xem [cổng](https://dichvucong.gov.vn) \\. `a.b`", { parse_mode: "MarkdownV2" });
    const markdown = await apiError(bot.api.sendMessage(CHAT, "Hết hạn.", { parse_mode: "MarkdownV2" }));
    expect(markdown.description).toMatch(/^Bad Request: can't parse entities: Character '\.' is reserved/);
    await bot.api.sendMessage(CHAT, '<b>Đúng</b> &amp; <a href="https://dichvucong.gov.vn">cổng</a>', { parse_mode: "HTML" });
    const html = await apiError(bot.api.sendMessage(CHAT, "<b>x</i>", { parse_mode: "HTML" }));
    expect(html.description).toMatch(/^Bad Request: can't parse entities: Unmatched end tag/);
  });

  it("hands the pressed message to callback queries", async () => {
    const sent = await bot.api.sendMessage(CHAT, "Chọn", { reply_markup: { inline_keyboard: [[{ text: "A", callback_data: "a" }]] } });
    const update = fake.pushUpdate(callbackUpdate(CHAT, "a", sent.message_id));
    expect(update.callback_query?.message).toMatchObject({ text: "Chọn", message_id: sent.message_id });
  });

  it("accepts multipart uploads and records the file fields", async () => {
    const message = await bot.api.sendDocument(CHAT, new InputFile(Buffer.from("hồ sơ"), "ho-so.txt"), { caption: "Mẫu đơn" });
    expect(message.document?.file_name).toBe("ho-so.txt");
    const call = fake.calls.find((c) => c.method === "sendDocument");
    expect(call?.files).toEqual([expect.objectContaining({ name: "ho-so.txt", size: Buffer.byteLength("hồ sơ") })]);
    expect(call?.payload).toMatchObject({ chat_id: CHAT, caption: "Mẫu đơn" });
  });

  it("accepts form-encoded bodies", async () => {
    const body = new URLSearchParams({ chat_id: String(CHAT), text: "123", reply_markup: JSON.stringify({ inline_keyboard: [[{ text: "A", callback_data: "a" }]] }) });
    const response = await fetch(`${fake.apiRoot}/bot${fake.token}/sendMessage`, { method: "POST", body });
    expect(response.status).toBe(200);
    expect(fake.sent[0]).toMatchObject({ chatId: CHAT, text: "123", reply_markup: { inline_keyboard: [[{ text: "A", callback_data: "a" }]] } });
  });

  it("answers 401 to a wrong token and 404 to an unknown method", async () => {
    const stranger = new Bot("1:wrong", { client: { apiRoot: fake.apiRoot } });
    expect((await apiError(stranger.api.getMe())).error_code).toBe(401);
    const response = await fetch(`${fake.apiRoot}/bot${fake.token}/noSuchMethod`, { method: "POST" });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ ok: false, error_code: 404, description: "Not Found: method not found" });
  });

  it("injects a one-off failure", async () => {
    fake.failNext("sendMessage", { status: 502, body: { ok: false, error_code: 502, description: "Bad Gateway" } });
    expect((await apiError(bot.api.sendMessage(CHAT, "một"))).error_code).toBe(502);
    await bot.api.sendMessage(CHAT, "hai");
  });

  it("close() ends a pending long poll at once", async () => {
    const poll = bot.api.getUpdates({ timeout: 30 });
    await fake.waitFor(() => fake.calls.some((call) => call.method === "getUpdates"));
    const closedAt = Date.now();
    await fake.close();
    expect(await poll).toEqual([]);
    expect(Date.now() - closedAt).toBeLessThan(1_000);
  });
});
