/**
 * Stall nudges against the app (createApp, fake Bot API): the app records where guides stand; a
 * nudger on a controlled clock sends one nudge to a citizen who stopped halfway and consented to
 * messages, none in quiet hours, none without consent, never twice for a guide; "Làm tiếp" brings
 * the step back.
 */
import { Api } from "grammy";
import { describe, expect, it } from "vitest";
import { recipientAddress } from "../../src/broadcast/recipient.js";
import { telegramPusher } from "../../src/bot/telegram/pusher.js";
import { ChatStateStore } from "../../src/flows/state-store.js";
import { StallNudges } from "../../src/handoff/stall-nudges.js";
import { localDay } from "../../src/stats/local-day.js";
import { telegramChats } from "../support/telegram-chat.js";
import { telegramAppForFile } from "../support/telegram-app.js";

const CONSENTED = 770001;
const NO_CONSENT = 770002;
const HOUR = 3_600_000;
// The app's own nudger is off: the test's runs on a controlled clock.
const world = telegramAppForFile("nudge", { env: { STALL_NUDGE_HOURS: "24" } });
const { fromBot, textOf, say, press, onboard } = telegramChats(() => world.fake);


async function stopHalfway(chat: number, consent: boolean) {
  await onboard(chat, "Long Hiệp", consent);
  await press(chat, "Làm VNeID", "Bước 1");
  await press(chat, "Cho chính tôi", "Bước 2");
}

describe("stall nudges", () => {
  it("keeps nothing to nudge about once a session reaches an end screen (onboarding done)", async () => {
    const chat = 770003;
    await onboard(chat, "Long Hiệp", true);
    const waiting = await world.redis.zrange(`${world.prefix}{hd}:stall`, "0", "-1");
    expect(waiting.filter((m) => m.startsWith(`${chat}|`))).toEqual([]);
  });

  it("nudges once, only with consent and outside quiet hours, and 'Làm tiếp' brings the step back", async () => {
    await stopHalfway(CONSENTED, true);
    await stopHalfway(NO_CONSENT, false);
    const clock = { t: Date.now() + 25 * HOUR, quiet: true };
    const pusher = telegramPusher(new Api(world.fake.token, { apiRoot: world.fake.apiRoot }));
    const sent: string[] = [];
    const nudger = new StallNudges({
      redis: world.redis,
      prefix: world.prefix,
      delayMs: 24 * HOUR,
      windows: new Map([["telegram", null]]),
      stateStore: new ChatStateStore(world.redis, world.prefix, 86_400),
      quiet: () => clock.quiet,
      now: () => clock.t,
      send: async ({ recipient, state }) => {
        sent.push(recipient);
        await pusher.send(recipientAddress(recipient).id, `👋 Bác đang làm dở: Làm VNeID, bước ${(state.d ?? 0) + 1}.`, [
          { label: "▶️ Làm tiếp", data: "hd:n:go" },
          { label: "🙋 Hỏi cán bộ xã", data: "hd:n:ask" },
        ]);
      },
    });
    expect(await nudger.tick()).toBe(0); // quiet hours: nothing now, nothing lost
    clock.quiet = false;
    expect(await nudger.tick()).toBe(1);
    expect(sent).toEqual([String(CONSENTED)]);
    expect(await nudger.tick()).toBe(0);

    const nudge = await world.fake.waitFor(() => fromBot(CONSENTED).find((m) => textOf(m).includes("Bác đang làm dở")), 10_000);
    expect(textOf(nudge)).toContain("bước 2");
    await press(CONSENTED, "Làm tiếp", "Bước 2"); // the step they stopped at, again

    // Going one step further and stopping again in the same guide: never a second nudge for it.
    await say(CONSENTED, "1", "Bước 3");
    expect(await world.redis.zcard(`${world.prefix}{hd}:stall`)).toBeGreaterThan(0);
    clock.t += 50 * HOUR;
    expect(await nudger.tick()).toBe(0);
    await world.app.nudges!.tick(); // the app's own nudger (real clock) has nothing due
    expect(fromBot(CONSENTED).filter((m) => textOf(m).includes("Bác đang làm dở"))).toHaveLength(1);
    expect(fromBot(NO_CONSENT).some((m) => textOf(m).includes("Bác đang làm dở"))).toBe(false);
    expect(await world.redis.hget(`${world.prefix}{hd}:stats:${localDay(clock.t - 50 * HOUR)}`, "long-hiep|nudged")).toBe("1");
  });
});
