/**
 * Reminders and broadcasts reach Zalo followers, in-process (createApp) against the fake Bot API and
 * the fake Zalo OA: a follower who says yes in onboarding gets the weekly reminder on Zalo beside a
 * Telegram subscriber; a follower silent for longer than the window, and one Zalo refuses (-230),
 * are counted "out of window", never written to; /lichnhac shows Telegram / Zalo / out-of-window
 * counts; /dangky and /huy work on Zalo; an unfollow ends the subscription.
 */
import type { RedisClient } from "../../src/redis/connection.js";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { ChatStateStore } from "../../src/flows/state-store.js";
import { FAKE_BOT, startFakeBotApi, textUpdate, type FakeBotApi } from "../support/fake-bot-api.js";
import { startFakeZalo, type FakeZalo } from "../support/fake-zalo.js";
import { cleanupPrefix, newRedis, redisEnv, uniquePrefix } from "../support/redis.js";

const prefix = uniquePrefix("zrem");
const ADMIN = 616161;
const TG_CITIZEN = 727272;
const HOUR = 3_600_000;
let zalo: FakeZalo;
let tg: FakeBotApi;
let redis: RedisClient;
let app: App;

beforeAll(async () => {
  [zalo, tg] = await Promise.all([startFakeZalo(), startFakeBotApi()]);
  redis = newRedis();
  const config = loadConfig({
    ...redisEnv(),
    REDIS_PREFIX: prefix,
    PORT: "0",
    QUIET_HOURS: "",
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    BOT_ADMINS: String(ADMIN),
    ...zalo.env(),
  });
  app = await createApp(config, { logger: pino({ level: process.env.TEST_LOG ?? "silent" }) });
});
afterAll(async () => {
  await app?.stop();
  await Promise.all([zalo.close(), tg.close()]);
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

let msg = 0;
async function deliver(event: Record<string, unknown>) {
  const { body, headers } = zalo.signed(event);
  expect((await fetch(`http://127.0.0.1:${app.port}/zalo/webhook`, { method: "POST", headers, body })).status).toBe(200);
}
const type = (user: string, text: string) => deliver({ event_name: "user_send_text", sender: { id: user }, recipient: { id: "oa" }, message: { msg_id: `m-${++msg}`, text } });
const to = (user: string) => zalo.sent.filter((m) => m.userId === user);
async function expectSent(user: string, text: string, from = 0) {
  await expect.poll(() => to(user).slice(from).map((m) => m.text).join("\n"), { timeout: 10_000 }).toContain(text);
}
const payloadOf = (user: string, title: string) => {
  const withButton = [...to(user)].reverse().find((m) => m.buttons.some((b) => b.title.includes(title)));
  return String(withButton!.buttons.find((b) => b.title.includes(title))!.payload);
};

/** Follows the OA and onboards: Vietnamese, Long Hiệp, yes to reminders. */
async function onboard(user: string) {
  await deliver({ event_name: "follow", follower: { id: user }, oa_id: "oa" });
  await expectSent(user, "Xin chào");
  await type(user, payloadOf(user, "Tiếng Việt"));
  await expectSent(user, "xã nào");
  await type(user, "Long Hiệp");
  await expectSent(user, "nhắc");
  await type(user, payloadOf(user, "Có, nhắc tôi"));
  await expectSent(user, "mã ẩn danh");
  await type(user, payloadOf(user, "Không đồng ý"));
  await expect.poll(async () => (await app.broadcasts!.parts.subscriptions.get(`zalo:${user}`))?.on, { timeout: 10_000 }).toBe(true);
}

async function reminderRun() {
  const { service, runs, now } = app.broadcasts!.parts;
  const id = (await service.launch({ kind: "reminder", when: "hôm nay", units: null, code: `TB-Z${++msg}`, createdAt: now() }))!;
  await expect.poll(async () => (await runs.get(id))?.status, { timeout: 15_000 }).toBe("done");
  return (await runs.get(id))!;
}

describe("reminders on Zalo", () => {
  it("reaches followers within the window, counts the others, and reports per channel", async () => {
    const { subscriptions } = app.broadcasts!.parts;
    await onboard("z-near");
    // A Telegram subscriber, and two Zalo followers the OA may not write to.
    await subscriptions.subscribe(String(TG_CITIZEN), { unit: "long-hiep", lang: "vi", source: "command" });
    const states = new ChatStateStore(redis, prefix, 86_400);
    await states.update({ channel: "zalo", id: "z-silent" }, undefined, () => ({ state: { v: 1, seq: 1, at: Date.now() - 72 * HOUR, lang: "vi", unit: "long-hiep", remind: true } }));
    await subscriptions.subscribe("zalo:z-silent", { unit: "long-hiep", lang: "vi", source: "onboarding" });
    await onboard("z-refused");
    zalo.outOfWindow.add("z-refused");

    const before = { near: to("z-near").length, silent: to("z-silent").length, refused: to("z-refused").length };
    const run = await reminderRun();
    await expectSent("z-near", "Long Hiệp", before.near);
    expect(to("z-near").slice(before.near).filter((m) => m.text.includes(run.code))).toHaveLength(1);
    expect(to("z-silent").length).toBe(before.silent);
    expect(to("z-refused").length).toBe(before.refused);
    await tg.waitFor(() => tg.messagesIn(TG_CITIZEN).some((m) => String(m.text).includes(run.code)), 10_000);
    expect(run.counts).toMatchObject({ ok: 2, outOfWindow: 2, failed: 0 });
    expect(run.byChannel).toEqual({ telegram: { ok: 1 }, zalo: { ok: 1, outOfWindow: 2 } });
    // Out of window is not "gone": both stay subscribed for when they write again.
    expect((await subscriptions.get("zalo:z-silent"))?.on).toBe(true);

    // The admin reads the last reminder's figures by channel.
    const seen = tg.messagesIn(ADMIN).length;
    tg.pushUpdate(textUpdate(ADMIN, "/lichnhac", { from: { id: ADMIN } }));
    const shown = await tg.waitFor(() => tg.messagesIn(ADMIN).slice(seen).find((m) => (m.from as { id?: number } | undefined)?.id === FAKE_BOT.id && String(m.text).includes("Lần nhắc gần nhất")), 10_000);
    expect(String(shown.text)).toContain("2/4 người đã nhận (Telegram 1 · Zalo 1)");
    expect(String(shown.text)).toContain("Ngoài khung Zalo cho phép: 2");

    // A task-force broadcast to the same people: the report in the task force's chat says the same.
    const { service, now } = app.broadcasts!.parts;
    const before2 = tg.messagesIn(ADMIN).length;
    await service.launch({ kind: "broadcast", text: "Thông báo thử", units: null, code: "TB-ZALO22", createdBy: String(ADMIN), chatId: String(ADMIN), createdAt: now() });
    const report = await tg.waitFor(() => tg.messagesIn(ADMIN).slice(before2).find((m) => String(m.text).includes("đã gửi xong")), 15_000);
    expect(String(report.text)).toContain("Đã nhận: 2/4 (Telegram 1 · Zalo 1)");
    expect(String(report.text)).toContain("lâu chưa nhắn cho trang Zalo của xã");
    expect(String(report.text)).toMatch(/Zalo chỉ cho gửi.*: 2$/m);
  });

  it("takes /huy and /dangky on Zalo, and stops reminders when the person unfollows", async () => {
    const user = "z-near";
    const { subscriptions } = app.broadcasts!.parts;
    let from = to(user).length;
    await type(user, "/huy");
    await expectSent(user, "Đã tắt tin nhắc", from);
    expect((await subscriptions.get(`zalo:${user}`))?.on).toBe(false);
    from = to(user).length;
    await type(user, "/dangky");
    await expectSent(user, "đã đăng ký nhận tin nhắc của xã Long Hiệp", from);
    expect((await subscriptions.get(`zalo:${user}`))?.on).toBe(true);

    from = to(user).length;
    await deliver({ event_name: "unfollow", follower: { id: user }, oa_id: "oa" }); // the fake signs and stamps it
    await expect.poll(async () => (await subscriptions.get(`zalo:${user}`))?.source, { timeout: 10_000 }).toBe("unfollow");
    expect((await subscriptions.get(`zalo:${user}`))?.on).toBe(false);
    const run = await reminderRun();
    expect(to(user).slice(from)).toHaveLength(0);
    expect(run.byChannel.zalo?.ok ?? 0).toBe(0);
  });
});
