/**
 * One conversation, four channels, one app: the same script (onboarding, a typed number, a stale
 * button, a secret typed by mistake, a whole guide to its end) runs through Telegram, the Zalo OA,
 * the Zalo Bot Platform and the web chat. Each channel shows the screens its own way (buttons, Zalo
 * buttons, numbered menus); the engine must take the same steps in each, and each logs exactly one
 * session, under its own channel.
 */
import { decodeState } from "../../src/flows/state-codec.js";
import type { RedisClient } from "../../src/redis/connection.js";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { broadcastKeys } from "../../src/broadcast/keys.js";
import { RunStore } from "../../src/broadcast/run-store.js";
import { loadConfig } from "../../src/config.js";
import { callbackUpdate, FAKE_BOT, startFakeBotApi, textUpdate, type FakeBotApi } from "../support/fake-bot-api.js";
import { startFakeZalo, type FakeZalo } from "../support/fake-zalo.js";
import { startFakeZaloBot, type FakeZaloBot } from "../support/fake-zalo-bot.js";
import { allKeys, cleanupPrefix, newRedis, redisEnv, sessionStreamToday, uniquePrefix } from "../support/redis.js";

const prefix = uniquePrefix("contract");
let tg: FakeBotApi;
let zalo: FakeZalo;
let zbot: FakeZaloBot;
let app: App;
let redis: RedisClient;

beforeAll(async () => {
  [tg, zalo, zbot] = await Promise.all([startFakeBotApi(), startFakeZalo(), startFakeZaloBot()]);
  redis = newRedis();
  const config = loadConfig({
    ...redisEnv(),
    REDIS_PREFIX: prefix,
    PORT: "0",
    QUIET_HOURS: "",
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    ...zalo.env(),
    ZALO_BOT_TOKEN: zbot.token,
    ZALO_BOT_API_ROOT: zbot.apiRoot,
    WEBCHAT: "on",
  });
  app = await createApp(config, { logger: pino({ level: "silent" }) });
});

afterAll(async () => {
  await app?.stop();
  await Promise.all([tg.close(), zalo.close(), zbot.close()]);
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

/** What a person sees last: its text and its choices (label → what tapping or typing it sends). */
interface Screen {
  text: string;
  choices: { label: string; send: () => Promise<void> }[];
}

interface Driver {
  channel: string;
  id: string;
  type(text: string): Promise<void>;
  /** Everything shown so far, in order. */
  shown(): string[];
  screen(): Screen;
  /** Sends a raw button payload again (a stale button), where the channel has payloads. */
  resend?(payload: string): Promise<void>;
  lastPayload?(label: string): string;
}

const waitMore = async (count: () => number, before: number) => expect.poll(count, { timeout: 10_000 }).toBeGreaterThan(before);

/** A Zalo reply may be several messages: waits until the event's turn is over (all of them sent). */
async function turnOver(channel: "zalo" | "zalo-bot", id: string) {
  const turn = `${prefix}turns:{${channel}:${id}}`;
  await expect.poll(() => redis.exists(turn, `${turn}:lease`), { timeout: 10_000, interval: 10 }).toBe(0);
}

/** Numbered menus ("1. label"): typing the number chooses. */
function numbered(text: string, type: (t: string) => Promise<void>): Screen["choices"] {
  return [...text.matchAll(/^(\d+)\. (.+)$/gm)].map(([, n, label]) => ({ label: label!, send: () => type(n!) }));
}

function telegramDriver(chat: number): Driver {
  const fromBot = () => tg.messagesIn(chat).filter((m) => (m.from as { id?: number } | undefined)?.id === FAKE_BOT.id);
  const all = () => tg.sent.filter((m) => m.chatId === chat);
  const push = async (update: Parameters<FakeBotApi["pushUpdate"]>[0]) => {
    const before = all().length;
    tg.pushUpdate(update);
    await waitMore(() => all().length, before);
  };
  const buttonsOf = (m: Record<string, unknown>) => ((m.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined)?.inline_keyboard ?? []).flat();
  const d: Driver = {
    channel: "telegram",
    id: String(chat),
    type: (text) => push(textUpdate(chat, text, { from: { id: chat } })),
    shown: () => all().map((m) => String(m.text ?? "")),
    screen() {
      const last = [...fromBot()].reverse().find((m) => buttonsOf(m).length > 0)!;
      return {
        text: String(last.text),
        choices: buttonsOf(last).filter((b) => b.callback_data).map((b) => ({ label: b.text, send: () => push(callbackUpdate(chat, b.callback_data!, last.message_id as number, { from: { id: chat } })) })),
      };
    },
    resend: (payload) => push(callbackUpdate(chat, payload, 1, { from: { id: chat } })),
    lastPayload: (label) => buttonsOf([...fromBot()].reverse().find((m) => buttonsOf(m).some((b) => b.text.includes(label)))!).find((b) => b.text.includes(label))!.callback_data!,
  };
  return d;
}

function zaloDriver(user: string): Driver {
  let n = 0;
  const mine = () => zalo.sent.filter((m) => m.userId === user);
  const type = async (text: string) => {
    const before = mine().length;
    const { body, headers } = zalo.signed({ event_name: "user_send_text", sender: { id: user }, recipient: { id: "oa" }, message: { msg_id: `${user}-${++n}`, text } });
    expect((await fetch(`http://127.0.0.1:${app.port}/zalo/webhook`, { method: "POST", headers, body })).status).toBe(200);
    await waitMore(() => mine().length, before);
    await turnOver("zalo", user);
  };
  const lastWithChoices = () => [...mine()].reverse().find((m) => m.buttons.length > 0 || /^\d+\. /m.test(m.text))!;
  return {
    channel: "zalo",
    id: user,
    type,
    shown: () => mine().map((m) => m.text),
    screen() {
      const last = lastWithChoices();
      if (last.buttons.length === 0) return { text: last.text, choices: numbered(last.text, type) };
      return { text: last.text, choices: last.buttons.filter((b) => b.type === "oa.query.hide").map((b) => ({ label: b.title, send: () => type(String(b.payload)) })) };
    },
    resend: type,
    lastPayload: (label) => String([...mine()].reverse().flatMap((m) => m.buttons).find((b) => b.title.includes(label))?.payload ?? ""),
  };
}

function zaloBotDriver(chat: string): Driver {
  let n = 0;
  const mine = () => zbot.sent.filter((m) => m.chatId === chat);
  const type = async (text: string) => {
    const before = mine().length;
    zbot.push({ event_name: "message.text.received", message: { message_id: `${chat}-${++n}`, text, from: { id: chat }, chat: { id: chat, chat_type: "PRIVATE" }, date: Date.now() } });
    await waitMore(() => mine().length, before);
    await turnOver("zalo-bot", chat);
  };
  return {
    channel: "zalo-bot",
    id: chat,
    type,
    shown: () => mine().map((m) => m.text),
    screen() {
      const last = [...mine()].reverse().find((m) => /^\d+\. /m.test(m.text))!;
      return { text: last.text, choices: numbered(last.text, type) };
    },
  };
}

function webDriver(chat: string): Driver {
  const shown: string[] = [];
  let last: { text: string; buttons?: { label: string; data?: string }[][] }[] = [];
  const post = async (input: unknown) => {
    const res = await fetch(`http://127.0.0.1:${app.port}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat, input }) });
    last = ((await res.json()) as { replies: typeof last }).replies;
    shown.push(...last.map((r) => r.text));
  };
  const screenReply = () => [...last].reverse().find((r) => r.buttons?.length)!;
  return {
    channel: "web",
    id: chat,
    type: (text) => (text === "/start" ? post({ kind: "start" }) : post({ kind: "text", text })),
    shown: () => shown,
    screen: () => ({ text: screenReply().text, choices: screenReply().buttons!.flat().filter((b) => b.data).map((b) => ({ label: b.label, send: () => post({ kind: "button", data: b.data }) })) }),
    resend: (payload) => post({ kind: "button", data: payload }),
    lastPayload: (label) => screenReply().buttons!.flat().find((b) => b.label.includes(label))!.data!,
  };
}

async function press(d: Driver, label: string) {
  const choice = d.screen().choices.find((c) => c.label.includes(label));
  if (!choice) throw new Error(`${d.channel}: no "${label}" on: ${d.screen().text.slice(0, 200)}`);
  await choice.send();
}

const stepOf = async (d: Driver) => {
  const raw = await redis.get(`${prefix}chat:{${d.channel}:${d.id}}`);
  const state: { flow?: string; step?: string } = (raw && decodeState(raw.slice(raw.indexOf("|") + 1))) || {};
  return state.flow ? `${state.flow}/${state.step}` : "menu";
};

/** The script, as a person would do it; returns the steps the engine took. */
async function conversation(d: Driver): Promise<string[]> {
  const steps: string[] = [];
  const mark = async () => steps.push(await stepOf(d));
  await d.type("/start");
  await mark();
  const old = d.lastPayload?.("Tiếng Việt");
  await press(d, "Tiếng Việt");
  await mark();
  await d.type("Long Hiệp");
  if (d.screen().text.includes("nhắc")) await press(d, "Không"); // only channels that can remind ask
  await press(d, "Không đồng ý"); // anonymous statistics: asked everywhere
  await mark();
  await press(d, "Làm VNeID");
  await mark();
  await press(d, "Cho chính tôi");
  await mark();
  await d.type("1"); // typed number: the first choice (chip card, no VNeID yet)
  await mark();
  if (d.resend && old) {
    const before = d.shown().length;
    await d.resend(old); // a button from an older screen
    expect(d.shown().slice(before).join("\n")).toContain("Menu này đã cũ");
  }
  const before = d.shown().length;
  await d.type("mã OTP của tôi là 123456");
  expect(d.shown().slice(before).join("\n")).toContain("Bác đừng gửi số căn cước");
  // Where to go, the phone number, what to bring, the app, activating (five screens); then the login,
  // one action a screen.
  const next = (n: number) => Array<string>(n).fill("Tiếp tục");
  for (const label of [...next(9), "Trên điện thoại", ...next(5), "Đăng nhập được rồi", "Không nhớ"]) {
    await press(d, label);
    await mark();
  }
  expect(d.shown().join("\n")).toContain("Cảm ơn bác");
  return steps;
}

describe("one conversation through every channel", () => {
  it("takes the same steps on Telegram, Zalo OA, Zalo Bot and the web chat, logs one session each, and deletes what it holds when asked", { timeout: 90_000 }, async () => {
    const drivers = [telegramDriver(707070), zaloDriver("zc-1"), zaloBotDriver("zb-1"), webDriver("b".repeat(32))];
    const transcripts = [];
    for (const d of drivers) transcripts.push(await conversation(d));
    for (const t of transcripts.slice(1)) expect(t).toEqual(transcripts[0]);
    expect(transcripts[0]).toContain("vneid/bring");
    expect(transcripts[0]!.at(-1)).toBe("menu");

    const sessions = (await redis.xrange(sessionStreamToday(prefix), "-", "+")).map(([, f]) => f[f.indexOf("channel") + 1]);
    expect(sessions.sort()).toEqual(["telegram", "web", "zalo", "zalo-bot"]);
    // A broadcast sent on Telegram, passed on by Zalo, can be checked there.
    await new RunStore(redis, broadcastKeys(prefix)).create({ kind: "broadcast", text: "Họp dân tối thứ Năm.", units: null, code: "TB-QWERTY", createdAt: Date.now() });
    // On every channel where citizens type commands.
    for (const d of drivers.slice(0, 3)) {
      const before = d.shown().length;
      await d.type("/kiemtra TB-QWERTY");
      expect(d.shown().slice(before).join("\n"), d.channel).toContain("✅ Đúng. Tin mã TB-QWERTY do Tổ công tác gửi");
    }

    // Nothing of the secret was kept anywhere.
    const keys = await allKeys(redis, `${prefix}*`);
    for (const key of keys.filter((k) => k.includes(":chat:"))) expect(String(await redis.get(key).catch(() => ""))).not.toContain("123456");

    // Every channel shows what is held and deletes it when asked (typed: every channel has typing).
    for (const d of drivers) {
      let before = d.shown().length;
      await d.type("/dulieu");
      expect(d.shown().slice(before).join("\n"), d.channel).toContain("Xã: xã Long Hiệp");
      before = d.shown().length;
      await d.type("/xoadulieu xoa");
      expect(d.shown().slice(before).join("\n"), d.channel).toContain("Đã xóa hết thông tin của bác");
      expect(await redis.exists(`${prefix}chat:{${d.channel}:${d.id}}`), d.channel).toBe(0);
      before = d.shown().length;
      await d.type("/dulieu");
      expect(d.shown().slice(before).join("\n"), d.channel).toContain("Trợ lý không giữ thông tin nào của bác");
    }
  });
});
