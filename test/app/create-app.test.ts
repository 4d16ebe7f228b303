/**
 * createApp in-process with two channels at once: Telegram (against the fake Bot API) and the web
 * chat beside it (WEBCHAT=on). Each chat is asked only what its channel can deliver: reminders on
 * Telegram, none on the web chat, which cannot write first.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { startFakeBotApi, textUpdate, FAKE_BOT, callbackUpdate, type FakeBotApi } from "../support/fake-bot-api.js";
import { cleanupPrefix, newRedis, redisEnv, uniquePrefix } from "../support/redis.js";

const prefix = uniquePrefix("createapp");
let fake: FakeBotApi;
let app: App;

beforeAll(async () => {
  fake = await startFakeBotApi();
  const config = loadConfig({
    ...redisEnv(),
    REDIS_PREFIX: prefix,
    PORT: "0",
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    WEBCHAT: "on",
    QUIET_HOURS: "",
  });
  app = await createApp(config, { logger: pino({ level: "silent" }) });
});

afterAll(async () => {
  await app?.stop();
  await fake.close();
  const redis = newRedis();
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

const CHAT = 616161;
const fromBot = () => fake.messagesIn(CHAT).filter((m) => (m.from as { id?: number } | undefined)?.id === FAKE_BOT.id);
const textOf = (m: Record<string, unknown>) => String(m.text ?? "");

describe("createApp", () => {
  it("runs Telegram and the web chat in one process, each asking only what its channel can deliver", async () => {
    expect(app.channels.map((c) => c.id)).toEqual(["telegram", "web"]);
    const health = await fetch(`http://127.0.0.1:${app.port}/healthz`);
    expect(health.status).toBe(200);

    // The web chat: language, commune, then straight to the menu (no reminders question).
    const post = async (input: unknown) =>
      (await (await fetch(`http://127.0.0.1:${app.port}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat: "a".repeat(32), input }) })).json()) as {
        replies: { text: string; buttons?: { label: string; data?: string }[][] }[];
      };
    let web = await post({ kind: "start" });
    const pick = (label: string) => web.replies.at(-1)!.buttons!.flat().find((b) => b.label.includes(label))!.data!;
    web = await post({ kind: "button", data: pick("Tiếng Việt") });
    web = await post({ kind: "text", text: "Long Hiệp" });
    // The web chat cannot send reminders, so it asks only about anonymous statistics.
    expect(web.replies.map((r) => r.text).join("\n")).toContain("mã ẩn danh");
    web = await post({ kind: "button", data: pick("Không đồng ý") });
    expect(web.replies.map((r) => r.text).join("\n")).toContain("Bác cần làm việc gì?");
    expect(web.replies.map((r) => r.text).join("\n")).not.toContain("nhắc");
    // The footer's privacy notice: who keeps what, for how long, and how to complain.
    web = await post({ kind: "open", flow: "privacy" });
    expect(web.replies.map((r) => r.text).join("\n")).toContain("Ai giữ: Ủy ban nhân dân xã");
    // What the assistant holds about this web chat, and deleting it with the button.
    web = await post({ kind: "text", text: "/dulieu" });
    expect(web.replies[0]!.text).toContain("Xã: xã Long Hiệp");
    web = await post({ kind: "button", data: pick("Xóa hết thông tin của tôi") });
    expect(web.replies[0]!.text).toContain("Đã xóa hết thông tin của bác");
    web = await post({ kind: "text", text: "/dulieu" });
    expect(web.replies[0]!.text).toContain("Trợ lý không giữ thông tin nào của bác");

    // Telegram: the same onboarding asks about reminders, which Telegram can deliver.
    fake.pushUpdate(textUpdate(CHAT, "/start", { from: { id: CHAT } }));
    const hello = await fake.waitFor(() => fromBot().find((m) => textOf(m).includes("Xin chào")), 10_000);
    const rows = (hello.reply_markup as { inline_keyboard: { text: string; callback_data?: string }[][] }).inline_keyboard.flat();
    fake.pushUpdate(callbackUpdate(CHAT, rows.find((b) => b.text.includes("Tiếng Việt"))!.callback_data!, hello.message_id as number, { from: { id: CHAT } }));
    await fake.waitFor(() => fromBot().find((m) => textOf(m).includes("xã nào")), 10_000);
    fake.pushUpdate(textUpdate(CHAT, "Long Hiệp", { from: { id: CHAT } }));
    await fake.waitFor(() => fromBot().find((m) => textOf(m).includes("nhắc")), 10_000);
  });
});
