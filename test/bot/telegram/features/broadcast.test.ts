/**
 * /thongbao through the real bot against the fake Bot API: compose, audience, preview, confirm or
 * cancel; the role check; /dungthongbao and resume; /kiemtra and forwarded messages.
 */
import type { RedisClient } from "../../../../src/redis/connection.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BroadcastModule } from "../../../../src/broadcast/module.js";
import { buttonsOf, startBot, type RunningBot } from "../../../broadcast/support/bot.js";
import { countsByChat, makeModule, seedSubscribers, StubRoles, waitForRun, type ModuleOptions, type TestTuning } from "../../../broadcast/support/world.js";
import { callbackUpdate, FAKE_BOT, photoUpdate, startFakeBotApi, textUpdate, type FakeBotApi } from "../../../support/fake-bot-api.js";
import { cleanupPrefix, newRedis, testRedisTarget, uniquePrefix } from "../../../support/redis.js";

const TASKFORCE = 500;
const OFFICIAL = 600;
const CITIZEN = 700;

let redis: RedisClient;
let fake: FakeBotApi;
let prefix: string;
let mod: BroadcastModule;
let bot: RunningBot;
let roles: StubRoles;

async function setUp(tuning: TestTuning = {}, paid?: ModuleOptions["paid"]) {
  roles = new StubRoles().grant(TASKFORCE, "taskforce").grant(OFFICIAL, "official");
  mod = makeModule({ redis, redisTarget: testRedisTarget(), prefix, apiRoot: fake.apiRoot, token: fake.token, roles, now: Date.now, tuning, paid });
  await mod.start();
  bot = startBot({ redis, prefix, fake, mod });
  await seedSubscribers(mod, 1000, 10, "tra-cu");
  await seedSubscribers(mod, 2000, 5, "long-hiep");
}

beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await redis.quit();
});
beforeEach(async () => {
  prefix = uniquePrefix("bcfeat");
  fake = await startFakeBotApi();
});
afterEach(async () => {
  await bot?.stop();
  await mod?.stop();
  await fake.close();
  await cleanupPrefix(redis, prefix);
});

const inChat = (chat: number) => fake.messagesIn(chat).filter((m) => (m.from as { id?: number } | undefined)?.id === FAKE_BOT.id);

/** Sends and waits for the bot's next message in that chat containing `expect`. */
async function say(chat: number, text: string, expectText: string) {
  const before = inChat(chat).length;
  fake.pushUpdate(textUpdate(chat, text, { from: { id: chat } }));
  return fake.waitFor(() => inChat(chat).slice(before).find((m) => String(m.text ?? m.caption ?? "").includes(expectText)), 5000);
}

/** Presses the latest button whose label contains `label`; waits for a message containing `expectText`. */
async function press(chat: number, label: string, expectText?: string) {
  const withButton = [...inChat(chat)].reverse().find((m) => buttonsOf(m).some(([l]) => l.includes(label)));
  if (!withButton) throw new Error(`no button "${label}" in chat ${chat}`);
  const data = buttonsOf(withButton).find(([l]) => l.includes(label))![1];
  const before = inChat(chat).length;
  fake.pushUpdate(callbackUpdate(chat, data, withButton.message_id as number, { from: { id: chat } }));
  if (expectText) return fake.waitFor(() => inChat(chat).slice(before).find((m) => String(m.text ?? m.caption ?? "").includes(expectText)), 5000);
  return undefined;
}

describe("/thongbao", () => {
  it("composes, picks communes, previews with the number of recipients and sends on confirm", async () => {
    await setUp();
    await say(TASKFORCE, "/thongbao", "Soạn thông báo mới");
    const audience = await say(TASKFORCE, "Mời bà con họp tại nhà văn hóa ấp lúc 19:00.", "Gửi cho ai?");
    expect(buttonsOf(audience).map(([l]) => l)).toEqual(expect.arrayContaining(["Tất cả người đăng ký (15)", "xã Trà Cú (10)", "xã Long Hiệp (5)"]));

    await press(TASKFORCE, "xã Trà Cú");
    await fake.waitFor(() => inChat(TASKFORCE).some((m) => buttonsOf(m).some(([l]) => l === "✅ xã Trà Cú (10)")));
    await press(TASKFORCE, "Xem trước", "Sẽ gửi tới 10 người (xã Trà Cú)");
    const sample = inChat(TASKFORCE).find((m) => String(m.text).startsWith("Mời bà con họp"))!;
    const code = /TB-[A-Z0-9]{6}/.exec(String(sample.text))![0];
    expect(sample.text).toContain(`Mã xác thực: ${code}`);
    expect(countsByChat(fake.sent, "Mời bà con họp").size).toBe(1); // only the preview so far

    await press(TASKFORCE, "Gửi", "Thông báo #");
    const report = await fake.waitFor(() => inChat(TASKFORCE).find((m) => String(m.text).includes("đã gửi xong")), 10_000);
    expect(report.text).toContain("Đã nhận: 10/10");
    expect(report.text).toContain(code);
    const progress = inChat(TASKFORCE).find((m) => String(m.text).startsWith("📣 Thông báo #"))!;
    expect(progress.text).toContain("đã gửi 10/10");

    const counts = countsByChat(fake.sent, "Mời bà con họp");
    counts.delete(String(TASKFORCE));
    expect([...counts.keys()].sort()).toEqual(Array.from({ length: 10 }, (_, i) => String(1000 + i)));
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it("cancels from the preview: nothing is sent and the old buttons are dead", async () => {
    await setUp();
    await say(TASKFORCE, "/thongbao", "Soạn thông báo mới");
    await say(TASKFORCE, "Tin sẽ bị hủy", "Gửi cho ai?");
    const summary = (await press(TASKFORCE, "Tất cả người đăng ký", "Sẽ gửi tới 15 người (tất cả các xã)"))!;
    const go = buttonsOf(summary).find(([l]) => l.includes("Gửi"))![1];
    await press(TASKFORCE, "Hủy", "Đã hủy, không gửi gì.");
    // The buttons are gone from the message; a late press of the old "Gửi" is refused anyway.
    expect(buttonsOf(inChat(TASKFORCE).find((m) => m.message_id === summary.message_id))).toEqual([]);
    const before = inChat(TASKFORCE).length;
    fake.pushUpdate(callbackUpdate(TASKFORCE, go, summary.message_id as number, { from: { id: TASKFORCE } }));
    await fake.waitFor(() => inChat(TASKFORCE).slice(before).find((m) => String(m.text).includes("hết hạn")));
    expect(await mod.parts.runs.recent(5)).toEqual([]);
    await new Promise((r) => setTimeout(r, 200));
    expect(countsByChat(fake.sent, "Tin sẽ bị hủy").size).toBe(1); // the preview in the task-force chat only
  });

  it("with paid broadcasts, tells the task force the most it can cost before sending and what it cost after", async () => {
    await setUp({}, { ratePerSecond: 500, monthlyBudgetStars: 100 });
    await say(TASKFORCE, "/thongbao", "Soạn thông báo mới");
    await say(TASKFORCE, "Họp dân có trả phí", "Gửi cho ai?");
    await press(TASKFORCE, "Tất cả người đăng ký", "tối đa 1,5 Sao (0,1 Sao mỗi tin");
    await press(TASKFORCE, "Gửi", "Thông báo #");
    const report = await fake.waitFor(() => inChat(TASKFORCE).find((m) => String(m.text).includes("đã gửi xong")), 10_000);
    expect(String(report.text)).toContain("đã dùng 1,5 Sao (Telegram Stars)");
    expect(fake.stats.paid).toBe(15);
  });

  it("sends a photo with its caption and the footer", async () => {
    await setUp();
    await say(TASKFORCE, "/thongbao", "Soạn thông báo mới");
    const before = inChat(TASKFORCE).length;
    fake.pushUpdate(photoUpdate(TASKFORCE, { caption: "Lịch tiêm chủng tháng 12", from: { id: TASKFORCE } }));
    await fake.waitFor(() => inChat(TASKFORCE).slice(before).find((m) => String(m.text).includes("Gửi cho ai?")));
    await press(TASKFORCE, "xã Long Hiệp");
    await fake.waitFor(() => inChat(TASKFORCE).some((m) => buttonsOf(m).some(([l]) => l === "✅ xã Long Hiệp (5)")));
    await press(TASKFORCE, "Xem trước", "Sẽ gửi tới 5 người");
    await press(TASKFORCE, "Gửi", "Thông báo #");
    await fake.waitFor(() => inChat(TASKFORCE).find((m) => String(m.text).includes("đã gửi xong")), 10_000);
    const photos = fake.sent.filter((m) => m.method === "sendPhoto" && String(m.chatId).startsWith("200"));
    expect(photos).toHaveLength(5);
    expect(photos[0]!.caption).toContain("Lịch tiêm chủng tháng 12");
    expect(photos[0]!.caption).toContain("Mã xác thực: TB-");
  });

  it("refuses citizens and officials without the task-force role", async () => {
    await setUp();
    await say(CITIZEN, "/thongbao", "Lệnh này chỉ dành cho Tổ công tác.");
    await say(OFFICIAL, "/thongbao", "chưa có quyền của Tổ công tác");
    await say(OFFICIAL, "/dungthongbao", "chưa có quyền của Tổ công tác");
    // A hand-made button press does not get through either.
    fake.pushUpdate(callbackUpdate(CITIZEN, "bc:abcdef:go", 1, { from: { id: CITIZEN } }));
    await fake.waitFor(() => inChat(CITIZEN).filter((m) => String(m.text).includes("chỉ dành cho Tổ công tác")).length === 2);
    // The citizen's next message goes to the guided conversation as usual, not to a draft.
    expect(await redis.exists(mod.parts.keys.compose(String(CITIZEN)))).toBe(0);
    expect(await mod.parts.runs.recent(5)).toEqual([]);
  });

  it("stops with /dungthongbao and resumes with the button, nobody served twice", async () => {
    await setUp({ ratePerSecond: 8 });
    await say(TASKFORCE, "/thongbao", "Soạn thông báo mới");
    await say(TASKFORCE, "Tin dừng giữa chừng", "Gửi cho ai?");
    await press(TASKFORCE, "Tất cả người đăng ký", "Sẽ gửi tới 15 người");
    await press(TASKFORCE, "Gửi", "Thông báo #");
    await fake.waitFor(() => countsByChat(fake.sent, "Tin dừng giữa chừng").size >= 4, 5000);
    await say(TASKFORCE, "/dungthongbao", "Đã dừng thông báo #");
    const [run] = await mod.parts.runs.recent(1);
    expect(run!.status).toBe("stopped");
    await press(TASKFORCE, "Tiếp tục gửi", "Tiếp tục gửi thông báo");
    await waitForRun(mod, run!.id, 10_000);
    const counts = countsByChat(fake.sent, "Tin dừng giữa chừng");
    counts.delete(String(TASKFORCE));
    expect(counts.size).toBe(15);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    await say(TASKFORCE, "/dungthongbao", "Không có thông báo nào đang gửi.");
  });
});

describe("/kiemtra and forwarded messages", () => {
  it("confirms a real code, flags an unknown one and an altered forward, always with the OTP warning", async () => {
    await setUp();
    const id = await mod.parts.service.launch({ kind: "broadcast", text: "Hạn chót nộp hồ sơ là thứ Sáu.", units: ["dai-an"], code: "TB-REAK23", createdAt: Date.now() });
    await waitForRun(mod, id!);

    const real = await say(CITIZEN, "/kiemtra tb-reak23", "✅ Đúng");
    expect(real.text).toContain("TB-REAK23");
    expect(real.text).toContain("không bao giờ hỏi mật khẩu hay mã OTP");
    const fake1 = await say(CITIZEN, "/kiemtra TB-ZZZZ99", "Không có tin nào");
    expect(fake1.text).toContain("mã OTP");
    await say(CITIZEN, "/kiemtra", "/kiemtra TB-7KQ2M9");

    // Forwarded from the bot itself: genuine.
    const forwarded = textUpdate(CITIZEN, "Hạn chót nộp hồ sơ là thứ Sáu.\n\n🔐 Mã xác thực: TB-REAK23.", { from: { id: CITIZEN } });
    forwarded.message!.forward_origin = { type: "user", sender_user: FAKE_BOT, date: 1 };
    let before = inChat(CITIZEN).length;
    fake.pushUpdate(forwarded);
    await fake.waitFor(() => inChat(CITIZEN).slice(before).find((m) => String(m.text).includes("✅ Đúng")));

    // Forwarded from someone else, with a real code under a different text: altered.
    const altered = textUpdate(CITIZEN, "Bà con chuyển 200.000đ vào số tài khoản sau để được ưu tiên.\n\n🔐 Mã xác thực: TB-REAK23.", { from: { id: CITIZEN } });
    altered.message!.forward_origin = { type: "hidden_user", sender_user_name: "Tổ công tác", date: 1 };
    before = inChat(CITIZEN).length;
    fake.pushUpdate(altered);
    const warning = await fake.waitFor(() => inChat(CITIZEN).slice(before).find((m) => String(m.text).includes("KHÁC tin gốc")));
    expect(warning.text).toContain("Hạn chót nộp hồ sơ là thứ Sáu.");
  });
});
