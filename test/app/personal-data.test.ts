/**
 * A person sees what the assistant holds about them and deletes it (Law 91/2025), end to end in
 * Telegram (createApp, fake Bot API): language, commune, reminders consent, a question to officials,
 * completed guides under a pseudonym; after "delete", none of it is left in Redis, and the counters
 * of reports (no person in them) stay.
 */
import { describe, expect, it } from "vitest";
import { localDay } from "../../src/stats/local-day.js";
import { SessionLog } from "../../src/stats/session-log.js";
import { userHash } from "../../src/stats/user-hash.js";
import { allKeys, sessionStreamToday } from "../support/redis.js";
import { telegramChats } from "../support/telegram-chat.js";
import { telegramAppForFile } from "../support/telegram-app.js";

const CITIZEN = 660001;
const OTHER = 660002;
const world = telegramAppForFile("pdata");
const { textOf, say, press, onboard } = telegramChats(() => world.fake);


const session = (chat: number, id: string) => ({
  sessionId: id, flow: "vneid", procedure: null, field: "tai-khoan", unit: "long-hiep", lang: "vi" as const, startedAt: 0, completedAt: Date.now(),
  outcome: "account" as const, result: "done" as const, assisted: false, channel: "telegram" as const, user: userHash(world.config.hashSecret, "telegram", String(chat)),
});

/** Every key under the prefix, with every field, member and value, as one text per key: what a scan would find. */
async function everythingHeld(): Promise<Map<string, string>> {
  const redis = world.redis;
  const out = new Map<string, string>();
  for (const key of await allKeys(redis, `${world.prefix}*`)) {
    const type = await redis.type(key);
    const parts: string[] =
      type === "string" ? [(await redis.get(key)) ?? ""]
      : type === "hash" ? Object.entries(await redis.hgetall(key)).flat()
      : type === "list" ? await redis.lrange(key, 0, -1)
      : type === "set" ? await redis.smembers(key)
      : type === "zset" ? await redis.zrange(key, "0", "-1")
      : type === "stream" ? (await redis.xrange(key, "-", "+")).flatMap(([id, fields]) => [id, ...fields])
      : [];
    out.set(key, [key, ...parts].join("\n"));
  }
  return out;
}

describe("seeing and deleting what the assistant holds", () => {
  it("shows a person what is held, then deletes all of it and nothing of anyone else", async () => {
    await onboard(CITIZEN, "Long Hiệp", true);
    await onboard(OTHER, "Long Hiệp", true);
    await say(CITIZEN, "/hoicanbo", "Bác gõ câu hỏi");
    const code = /H-[0-9A-Z]{5}/.exec(textOf(await say(CITIZEN, "Hỏi về giấy khai sinh", "Mã câu hỏi")))![0];
    const log = new SessionLog(world.redis, world.prefix);
    await log.record(session(CITIZEN, "s-mine"));
    await log.record(session(OTHER, "s-other"));

    const shown = await say(CITIZEN, "/dulieu", "Trợ lý đang giữ");
    for (const part of ["Ngôn ngữ: Tiếng Việt", "Xã: xã Long Hiệp", "Nhận tin nhắc: có", `Câu hỏi gửi cán bộ: ${code}`, "Số lần làm xong hướng dẫn (chỉ ghi bí danh, không có tên hay số điện thoại): 1"]) {
      expect(textOf(shown)).toContain(part);
    }

    // A broadcast went to both: its lists name them.
    const { service, runs, keys: bc, now } = world.app.broadcasts!.parts;
    const run = (await service.launch({ kind: "broadcast", text: "Tin thử", units: null, code: "TB-PDATA2", createdAt: now() }))!;
    await expect.poll(async () => (await runs.get(run))?.status, { timeout: 15_000 }).toBe("done");

    const erased = await press(CITIZEN, "Xóa hết thông tin của tôi", "Đã xóa hết thông tin của bác");
    expect(textOf(erased)).toContain("1 câu hỏi gửi cán bộ, 1 lần làm xong hướng dẫn, tên bác trong 1 danh sách đã gửi tin");
    expect(await world.redis.hkeys(bc.ledger(run))).toEqual([String(OTHER)]);
    expect((await world.redis.lrange(bc.recipients(run), 0, -1)).map((e) => e.split("|")[0])).toEqual([String(OTHER)]);
    const keys = await allKeys(world.redis, `${world.prefix}*`);
    // Only the one-second send-pace marker the confirmation itself set remains (it holds "1" and expires).
    const left = keys.filter((k) => k.includes(String(CITIZEN)));
    expect(left.filter((k) => !k.endsWith(`bc:chat:${CITIZEN}`))).toEqual([]);
    for (const k of left) expect(await world.redis.pttl(k)).toBeLessThanOrEqual(1100);
    expect(keys.filter((k) => k.includes(code))).toEqual([]);
    const stream = await world.redis.xrange(sessionStreamToday(world.prefix), "-", "+");
    expect(stream.map(([, f]) => f[f.indexOf("sid") + 1])).toEqual(["s-other"]);
    // The other person's data, and the day's counters, are untouched.
    expect(await world.redis.exists(`${world.prefix}chat:{telegram:${OTHER}}`)).toBe(1);
    expect(await world.redis.hexists(bc.subscriber(String(OTHER)), String(OTHER))).toBe(1);
    expect(Object.keys(await world.redis.hgetall(new SessionLog(world.redis, world.prefix).dayKey(localDay(Date.now())))).length).toBeGreaterThan(0);

    // The whole store, every key, field and value: nothing names the person or their pseudonym.
    const tied = [String(CITIZEN), userHash(world.config.hashSecret, "telegram", String(CITIZEN)), code];
    const held = await everythingHeld();
    expect([...held.values()].some((text) => text.includes(String(OTHER)))).toBe(true); // the scan sees people
    const found = [...held].filter(([key, text]) => !key.endsWith(`bc:chat:${CITIZEN}`) && tied.some((t) => text.includes(t))).map(([key]) => key);
    expect(found).toEqual([]);

    const after = await say(CITIZEN, "/dulieu", "Trợ lý không giữ thông tin nào của bác");
    expect(textOf(after)).not.toContain("Xã:");
  });
});
