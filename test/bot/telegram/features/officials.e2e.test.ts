/**
 * End to end through the fake Bot API with long polling: citizens complete (or abandon) a guide,
 * then an official asks /thongke and sees them counted; an invitation gives a citizen the
 * official's role and command menu, and a revoke takes both away.
 */
import { run, type RunnerHandle } from "@grammyjs/runner";
import type { RedisClient } from "../../../../src/redis/connection.js";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramBot } from "../../../../src/bot/telegram/bot.js";
import { officialsFeature } from "../../../../src/bot/telegram/features/officials.js";
import { Invitations } from "../../../../src/roles/invitations.js";
import { RoleStore } from "../../../../src/roles/role-store.js";
import { OfficialReports } from "../../../../src/stats/official-reports.js";
import { createStepTracker } from "../../../../src/stats/step-tracker.js";
import { callbackUpdate, startFakeBotApi, textUpdate, type FakeBotApi } from "../../../support/fake-bot-api.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "../../../support/redis.js";
import { testAssistant } from "../../../support/assistant.js";

const ADMIN = 777;
let redis: RedisClient;
let api: FakeBotApi;
let runner: RunnerHandle;
const prefix = uniquePrefix("officials-e2e");

type Shown = { message_id: number; text?: string; reply_markup?: { inline_keyboard?: { text: string; callback_data?: string }[][] } };
const shown = (chat: number) => api.messagesIn(chat) as Shown[];

async function say(chat: number, text: string, expectText: string): Promise<Shown> {
  const before = shown(chat).length;
  api.pushUpdate(textUpdate(chat, text));
  return api.waitFor(() => shown(chat).slice(before).find((m) => m.text?.includes(expectText)), 5000);
}

async function press(chat: number, label: string, expectText: string): Promise<Shown> {
  const message = [...shown(chat)].reverse().find((m) => m.reply_markup?.inline_keyboard?.flat().some((b) => b.text.endsWith(label)));
  const data = message!.reply_markup!.inline_keyboard!.flat().find((b) => b.text.endsWith(label))!.callback_data!;
  const before = shown(chat).length;
  api.pushUpdate(callbackUpdate(chat, data, message!.message_id));
  return api.waitFor(() => shown(chat).slice(before).find((m) => m.text?.includes(expectText)), 5000);
}

/** A citizen of `commune` walks the birth-registration guide; `finish` false stops at the last question. */
async function citizen(chat: number, commune: string, finish: boolean) {
  await say(chat, "/start", "Chọn ngôn ngữ");
  await press(chat, "Tiếng Việt", "Bác ở xã nào?");
  await say(chat, commune, "Nhắc lịch?");
  await press(chat, "Không", "Menu của");
  await press(chat, "Làm giấy khai sinh", "Làm cho ai?");
  await press(chat, "Cho con tôi", "Chuẩn bị giấy tờ");
  await press(chat, "Tiếp tục", "Đăng nhập bằng OTP");
  await press(chat, "Tiếp tục", "Gõ mã hồ sơ");
  if (finish) await say(chat, "H62.22-250101-0001", "Đã nộp xong.");
}

beforeAll(async () => {
  redis = newRedis();
  api = await startFakeBotApi();
  const roles = new RoleStore(redis, prefix, [String(ADMIN)]);
  const { assistant, ctx: engine } = testAssistant(redis, prefix, { now: Date.now, listeners: [createStepTracker({ redis, prefix })] });
  const feature = officialsFeature({
    roles,
    invitations: new Invitations(redis, prefix, roles),
    reports: new OfficialReports({ redis, prefix, catalogue: engine.units }),
    menu: { base: [{ command: "start", description: "Bắt đầu" }] },
  });
  const bot = createTelegramBot({ token: api.token, apiRoot: api.apiRoot, assistant, logger: pino({ level: "silent" }), features: [feature] });
  runner = run(bot, { runner: { fetch: { timeout: 1 }, silent: true } });
});
afterAll(async () => {
  if (runner.isRunning()) await runner.stop();
  await api.close();
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

describe("officials on Telegram", () => {
  it("count what citizens did today, per commune, and see where they stopped", async () => {
    await Promise.all([citizen(101, "Ngọc Biên", true), citizen(102, "xã Long Hiệp", true), citizen(103, "long hiep", false), citizen(104, "Trà Cú", true)]);

    const overview = await say(ADMIN, "/thongke", "Thống kê đến nay");
    const filings = overview.text!.split("Hồ sơ nộp trực tuyến")[1]!.split("Tài khoản")[0]!;
    expect(filings).toMatch(/1 Trà Cú\s+1\s+1\s+1\s+1\n/);
    expect(filings).toMatch(/2 Long Hiệp\s+2\s+2\s+2\s+2\n/);
    expect(filings).toMatch(/Tổng số\s+3\s+3\s+3\s+3/);
    expect(overview.reply_markup!.inline_keyboard!.flat().map((b) => b.text)).toEqual(["Tuần này", "Tháng này", "Quý này", "Năm nay", "📊 Biểu đồ", "📄 Xuất Excel"]);

    const detail = await say(ADMIN, "/thongke Ngoc Bien", "chi tiết");
    expect(detail.text).toContain("<b>xã Long Hiệp: chi tiết</b>");
    expect(detail.text).toContain("Hồ sơ nộp trực tuyến: 2 (qua trợ lý 2, nhập từ nguồn khác 0)");
    expect(detail.text).toContain("• Telegram: 2");
    expect(detail.text).toContain("• demo: bắt đầu 3, xong 2 (67%)");
    expect(detail.text).toContain("• demo, code: 1 người dừng / 3 người tới");
  });

  it("gives an invited official the role and the command menu, and takes both back", async () => {
    const invite = await say(ADMIN, "/moi canbo Long Hiệp", "Mã mời");
    const code = /Mã mời: <code>([A-Z0-9]{4}-[A-Z0-9]{4})<\/code>/.exec(invite.text!)![1]!;
    await say(103, "/thongke", "Lệnh này dành cho cán bộ.");
    await say(103, `/kichhoat ${code}`, "Đã kích hoạt quyền cán bộ (xã Long Hiệp)");
    const set = api.calls.find((c) => c.method === "setMyCommands" && JSON.stringify(c.payload.scope).includes("103"));
    expect(set?.payload.scope).toEqual({ type: "chat", chat_id: 103 });
    expect((set?.payload.commands as { command: string }[]).map((c) => c.command)).toEqual(["start", "thongke", "xuatbaocao", "baocaongay"]);

    const mine = await say(103, "/thongke", "Thống kê đến nay");
    expect(mine.text).toContain("Long Hiệp");
    expect(mine.text).not.toContain("Trà Cú");
    await say(103, `/kichhoat ${code}`, "Mã không đúng hoặc đã hết hạn");

    await say(ADMIN, "/thuhoi 103", "Đã thu hồi quyền cán bộ của người dùng 103.");
    expect(api.calls.some((c) => c.method === "deleteMyCommands" && JSON.stringify(c.payload.scope) === JSON.stringify({ type: "chat", chat_id: 103 }))).toBe(true);
    await say(103, "/thongke", "Lệnh này dành cho cán bộ.");
    const audit = await say(ADMIN, "/nhatky", "Nhật ký");
    expect(audit.text).toMatch(/thu hồi cán bộ \(long-hiep\) cho 103, bởi 777/);
    expect(audit.text).toMatch(/cấp cán bộ \(long-hiep\) cho 103, bởi 777 \(invite:/);
  });

  it("cancels a revoked admin's pending codes, so they cannot make themselves admin again", async () => {
    await say(ADMIN, "/moi quantri", "Mã mời");
    const granted = await say(ADMIN, "/loimoi", "Mã mời chưa dùng");
    const code = /<code>([A-Z0-9]{4}-[A-Z0-9]{4})<\/code>/.exec(granted.text!)![1]!;
    await say(105, `/kichhoat ${code}`, "Đã kích hoạt quyền quản trị");
    const own = await say(105, "/moi quantri", "Mã mời");
    const ownCode = /Mã mời: <code>([A-Z0-9]{4}-[A-Z0-9]{4})<\/code>/.exec(own.text!)![1]!;
    expect((await say(ADMIN, "/loimoi", "Mã mời chưa dùng")).text).toContain(ownCode);
    const revoked = await say(ADMIN, "/thuhoi 105", "Đã thu hồi quyền quản trị");
    expect(revoked.text).toContain("Đã hủy 1 mã mời");
    await say(105, `/kichhoat ${ownCode}`, "Mã không đúng hoặc đã hết hạn");
    await say(105, "/thongke", "Lệnh này dành cho cán bộ.");
    expect((await say(ADMIN, "/loimoi", "Không có mã mời nào")).text).not.toContain(ownCode);
  });
});
