/**
 * Subscriptions in Telegram: consent in onboarding (through the engine's reminders_changed event),
 * /dangky and /huy with the consent time stored, and a user blocking the bot.
 */
import type { RedisClient } from "../../../../src/redis/connection.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BroadcastModule } from "../../../../src/broadcast/module.js";
import { ChatStateStore } from "../../../../src/flows/state-store.js";
import { buttonsOf, startBot, type RunningBot } from "../../../broadcast/support/bot.js";
import { makeModule, startBroadcast, waitForRun } from "../../../broadcast/support/world.js";
import { callbackUpdate, FAKE_BOT, myChatMemberUpdate, startFakeBotApi, textUpdate, type FakeBotApi } from "../../../support/fake-bot-api.js";
import { cleanupPrefix, newRedis, testRedisTarget, uniquePrefix } from "../../../support/redis.js";

const CHAT = 4242;

let redis: RedisClient;
let fake: FakeBotApi;
let prefix: string;
let mod: BroadcastModule;
let bot: RunningBot;

beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await redis.quit();
});
beforeEach(async () => {
  prefix = uniquePrefix("bcsubs");
  fake = await startFakeBotApi();
  mod = makeModule({ redis, redisTarget: testRedisTarget(), prefix, apiRoot: fake.apiRoot, token: fake.token, now: Date.now });
  await mod.start();
  bot = startBot({ redis, prefix, fake, mod });
});
afterEach(async () => {
  await bot.stop();
  await mod.stop();
  await fake.close();
  await cleanupPrefix(redis, prefix);
});

const fromBot = (chat: number) => fake.messagesIn(chat).filter((m) => (m.from as { id?: number } | undefined)?.id === FAKE_BOT.id);

async function say(text: string, expectText: string, chat = CHAT) {
  const before = fromBot(chat).length;
  fake.pushUpdate(textUpdate(chat, text, { from: { id: chat } }));
  return fake.waitFor(() => fromBot(chat).slice(before).find((m) => String(m.text).includes(expectText)), 5000);
}

async function press(label: string, expectText: string, chat = CHAT) {
  const withButton = [...fromBot(chat)].reverse().find((m) => buttonsOf(m).some(([l]) => l.endsWith(label)))!;
  const data = buttonsOf(withButton).find(([l]) => l.endsWith(label))![1];
  const before = fromBot(chat).length;
  fake.pushUpdate(callbackUpdate(chat, data, withButton.message_id as number, { from: { id: chat } }));
  return fake.waitFor(() => fromBot(chat).slice(before).find((m) => String(m.text).includes(expectText)), 5000);
}

describe("subscriptions", () => {
  it("subscribes on consent in onboarding, with the commune and the time of consent", async () => {
    const t0 = Date.now();
    await say("/start", "Chọn ngôn ngữ");
    await press("Tiếng Việt", "Bác ở xã nào?");
    await say("xã Long Hiệp", "Nhắc lịch?");
    await press("Có", "Chào mừng!");
    const sub = await mod.parts.subscriptions.get(String(CHAT));
    expect(sub).toMatchObject({ on: true, unit: "long-hiep", lang: "vi", source: "onboarding" });
    expect(sub!.consentAt).toBeGreaterThanOrEqual(t0);
    expect(await mod.parts.subscriptions.count(["long-hiep"])).toBe(1);
  });

  it("/huy withdraws consent (kept on record with its time) and /dangky gives it again", async () => {
    await say("/start", "Chọn ngôn ngữ");
    await press("Tiếng Việt", "Bác ở xã nào?");
    await say("xã Trà Cú", "Nhắc lịch?");
    await press("Có", "Chào mừng!");

    await say("/huy", "Đã tắt tin nhắc");
    const off = await mod.parts.subscriptions.get(String(CHAT));
    expect(off).toMatchObject({ on: false, unit: "tra-cu", source: "command" });
    expect(off!.withdrawnAt).toBeGreaterThanOrEqual(off!.consentAt!);
    expect(await mod.parts.subscriptions.count(null)).toBe(0);
    const state = await new ChatStateStore(redis, prefix, 3600).read({ channel: "telegram", id: String(CHAT) });
    expect(state?.remind).toBe(false);
    await say("/huy", "chưa đăng ký");

    await say("/dangky", "Bác đã đăng ký nhận tin nhắc");
    expect(await mod.parts.subscriptions.get(String(CHAT))).toMatchObject({ on: true, unit: "tra-cu", source: "command" });
  });

  it("asks for the commune first when /dangky comes before onboarding", async () => {
    await say("/dangky", "Bác chưa chọn xã", 4343);
    expect(await mod.parts.subscriptions.get("4343")).toBeNull();
  });

  it("unsubscribes a user who blocks the bot, counted once whether by my_chat_member or by a 403", async () => {
    for (const id of [1, 2, 3]) await mod.parts.subscriptions.subscribe(String(id), { unit: "tra-cu", lang: "vi", source: "command" });
    fake.pushUpdate(myChatMemberUpdate(1, "kicked"));
    for (let i = 0; i < 100 && (await mod.parts.subscriptions.get("1"))?.on; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await mod.parts.subscriptions.get("1")).toMatchObject({ on: false, source: "kicked" });

    fake.blockChat(1);
    fake.blockChat(2);
    const run = await waitForRun(mod, await startBroadcast(mod, "Sau khi chặn"));
    // Chat 1 is no longer a recipient; chat 2 answers 403 and is unsubscribed now.
    expect(run.counts).toMatchObject({ done: 2, ok: 1, blocked: 1 });
    expect(await mod.parts.subscriptions.get("2")).toMatchObject({ on: false, source: "blocked" });
    expect(await mod.parts.subscriptions.blockedCount()).toBe(2);
    fake.pushUpdate(myChatMemberUpdate(2, "kicked"));
    await new Promise((r) => setTimeout(r, 300));
    expect(await mod.parts.subscriptions.blockedCount()).toBe(2);
  });
});
