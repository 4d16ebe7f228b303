/**
 * A person when the bot is not enough, end to end in-process (createApp) against the fake Bot API:
 * a citizen asks, the on-duty official of that commune receives the question without the citizen's
 * id, answers with a Telegram reply, the citizen receives it; /hoidap lists it; closing asks the
 * citizen 👍/👎 (counted once); with the official off duty the next question goes to the task force;
 * an answer stored by a process that died before delivering it is delivered once by the next one.
 */
import { pino } from "pino";
import { createApp } from "../../src/app.js";
import { describe, expect, it } from "vitest";
import { Handoff } from "../../src/handoff/module.js";
import { RoleStore } from "../../src/roles/role-store.js";
import { localDay } from "../../src/stats/local-day.js";
import { textUpdate } from "../support/fake-bot-api.js";
import { allKeys } from "../support/redis.js";
import { telegramChats } from "../support/telegram-chat.js";
import { telegramAppForFile } from "../support/telegram-app.js";

const ADMIN = 880001;
const OFFICIAL = 880002; // official of xã Long Hiệp
const TASKFORCE = 880003;
const OFFICIAL2 = 880004; // also of xã Long Hiệp
const CITIZEN = 880010;
const logger = pino({ level: process.env.TEST_LOG ?? "silent" });
const world = telegramAppForFile("handoff", {
  env: { BOT_ADMINS: String(ADMIN) },
  seed: async (redis, prefix) => {
    const roles = new RoleStore(redis, prefix, [String(ADMIN)]);
    await roles.grant(String(OFFICIAL), "official", { unit: "long-hiep", by: String(ADMIN), via: "test" });
    await roles.grant(String(TASKFORCE), "taskforce", { by: String(ADMIN), via: "test" });
    await roles.grant(String(OFFICIAL2), "official", { unit: "long-hiep", by: String(ADMIN), via: "test" });
  },
});
const { fromBot, textOf, buttons, say, press, onboard } = telegramChats(() => world.fake);




describe("asking a commune official", () => {
  it("relays a question to the commune's official and the answer back to the citizen, then asks if it helped", async () => {
    await onboard(CITIZEN, "Long Hiệp", false);
    await press(CITIZEN, "Hỏi cán bộ xã", "Bác gõ câu hỏi");
    const sent = await say(CITIZEN, "Hồ sơ khai sinh của cháu tôi bị trả lại, tôi phải làm gì?", "Mã câu hỏi của bác");
    const code = /H-[0-9A-Z]{5}/.exec(textOf(sent))![0];

    // The official of Long Hiệp gets it, with the commune and the question, never the citizen's id.
    const notice = await world.fake.waitFor(() => fromBot(OFFICIAL).find((m) => textOf(m).includes(code)), 10_000);
    expect(textOf(notice)).toContain("xã Long Hiệp");
    expect(textOf(notice)).toContain("Hồ sơ khai sinh của cháu tôi bị trả lại");
    expect(textOf(notice)).not.toContain(String(CITIZEN));
    expect(buttons(notice).map(([l]) => l)).toEqual(["✍️ Trả lời", "✋ Nhận", "✅ Đóng", "📞 Xin số điện thoại", "↪️ Chuyển xã khác"]);
    expect(fromBot(TASKFORCE).some((m) => textOf(m).includes(code))).toBe(false);
    // Both officials of the commune get it; when one takes it, the other's notice says so.
    const other = await world.fake.waitFor(() => fromBot(OFFICIAL2).find((m) => textOf(m).includes(code)), 10_000);
    await press(OFFICIAL, "Nhận", `Bạn đã nhận câu hỏi ${code}`);
    await world.fake.waitFor(() => world.fake.messagesIn(OFFICIAL2).find((m) => m.message_id === other.message_id && textOf(m).includes("đã nhận câu hỏi này")), 10_000);

    // A Telegram reply to the notice is the answer.
    await say(OFFICIAL, "Bác mang giấy chứng sinh bản chính đến xã sáng thứ Năm nhé.", "Đã chuyển câu trả lời", notice.message_id as number);
    const answer = await world.fake.waitFor(() => fromBot(CITIZEN).find((m) => textOf(m).includes("trả lời (câu hỏi")), 10_000);
    expect(textOf(answer)).toContain("💬 Cán bộ xã Long Hiệp trả lời");
    expect(textOf(answer)).toContain("Bác mang giấy chứng sinh bản chính");
    expect(textOf(answer)).not.toContain("Lan"); // the official's own name stays private

    const list = await say(OFFICIAL, "/hoidap", "Câu hỏi đang chờ");
    expect(textOf(list)).toContain(`${code} · xã Long Hiệp`);
    expect(textOf(list)).toContain("đã trả lời");

    // The official asks to call; the citizen chooses to share their number with one tap.
    await press(OFFICIAL, "Xin số điện thoại", "Đã hỏi người dân");
    await world.fake.waitFor(() => fromBot(CITIZEN).find((m) => textOf(m).includes("muốn gọi điện cho bác")), 10_000);
    const asked = world.fake.calls.filter((c) => c.method === "sendMessage" && String(c.payload.text).includes("muốn gọi điện cho bác")).at(-1)!;
    expect(JSON.stringify(asked.payload.reply_markup)).toContain('"request_contact":true');
    const contact = textUpdate(CITIZEN, "x", { from: { id: CITIZEN } });
    const message = contact.message as unknown as Record<string, unknown>;
    delete message.text;
    delete message.entities;
    message.contact = { phone_number: "0912345678", first_name: "Lan", user_id: CITIZEN };
    world.fake.pushUpdate(contact);
    await world.fake.waitFor(() => fromBot(CITIZEN).find((m) => textOf(m).includes("Đã gửi số điện thoại cho cán bộ")), 10_000);
    await world.fake.waitFor(() => fromBot(OFFICIAL).find((m) => textOf(m).includes("đồng ý cho số điện thoại: 0912345678")), 10_000);
    // Passed on, not kept.
    await expect.poll(() => world.redis.xlen(`${world.prefix}{hd:in}`), { timeout: 5_000 }).toBe(0);
    for (const key of await allKeys(world.redis, `${world.prefix}*`)) {
      const type = await world.redis.type(key);
      if (type === "string") expect(String(await world.redis.get(key)), key).not.toContain("0912345678");
      if (type === "hash") expect(JSON.stringify(await world.redis.hgetall(key)), key).not.toContain("0912345678");
      if (type === "list") expect(JSON.stringify(await world.redis.lrange(key, 0, -1)), key).not.toContain("0912345678");
    }

    await press(OFFICIAL, "Đóng", `Đã đóng câu hỏi ${code}`);
    await world.fake.waitFor(() => fromBot(CITIZEN).find((m) => textOf(m).includes(`Câu hỏi ${code} đã xong`)), 10_000);
    await press(CITIZEN, "Đã được giúp", "Cảm ơn bác");
    await press(CITIZEN, "Đã được giúp", "Cảm ơn bác"); // pressed twice, counted once
    const stats = await world.redis.hgetall(`${world.prefix}{hd}:stats:${localDay(Date.now())}`);
    expect(stats).toMatchObject({ "long-hiep|asked": "1", "long-hiep|answered": "1", "long-hiep|up": "1" });
    await say(OFFICIAL, `/traloi ${code} Còn gì nữa không bác?`, "đã đóng rồi");
    // The commune's detail counts questions, answers, the first-answer time and the 👍/👎.
    const detail = await say(OFFICIAL, "/thongke Long Hiệp", "Hỏi cán bộ xã");
    expect(textOf(detail)).toMatch(/Hỏi cán bộ: 1 câu hỏi, 1 đã trả lời; thời gian trả lời đầu tiên \(trung vị\): \d+ phút; đánh giá 👍 1 · 👎 0\./);
  });

  it("sends questions to the task force when nobody of the commune is on duty", async () => {
    await say(OFFICIAL, "/trucban tat", "nghỉ trực");
    await say(OFFICIAL2, "/trucban tat", "nghỉ trực");
    const other = CITIZEN + 1;
    await onboard(other, "Long Hiệp", false);
    await say(other, "/hoicanbo", "Bác gõ câu hỏi");
    const sent = await say(other, "Làm sao đổi số điện thoại trên VNeID?", "Mã câu hỏi của bác");
    const code = /H-[0-9A-Z]{5}/.exec(textOf(sent))![0];
    await world.fake.waitFor(() => fromBot(TASKFORCE).find((m) => textOf(m).includes(code)), 10_000);
    expect(fromBot(OFFICIAL).some((m) => textOf(m).includes(code))).toBe(false);
    await say(OFFICIAL, "/trucban bat", "đang trực");

    // A question of a commune with no official goes to the task force, who hands it to Long Hiệp.
    const third = CITIZEN + 3;
    await onboard(third, "Trà Cú", false);
    await say(third, "/hoicanbo", "Bác gõ câu hỏi");
    const moved = /H-[0-9A-Z]{5}/.exec(textOf(await say(third, "Tôi ở giáp ranh Long Hiệp, hỏi xã nào?", "Mã câu hỏi")))![0];
    await world.fake.waitFor(() => fromBot(TASKFORCE).find((m) => textOf(m).includes(moved)), 10_000);
    await press(TASKFORCE, "Chuyển xã khác", "cho xã nào?");
    await press(TASKFORCE, "xã Long Hiệp", `Đã chuyển câu hỏi ${moved} cho xã Long Hiệp`);
    await world.fake.waitFor(() => fromBot(OFFICIAL).find((m) => textOf(m).includes(moved)), 10_000);
  });

  it("delivers once an answer stored by a process that died before sending it", async () => {
    // The question, as the app took it.
    const citizen = CITIZEN + 2;
    await onboard(citizen, "Long Hiệp", false);
    await say(citizen, "/hoicanbo", "Bác gõ câu hỏi");
    const code = /H-[0-9A-Z]{5}/.exec(textOf(await say(citizen, "Cho tôi hỏi về trợ cấp", "Mã câu hỏi của bác")))![0];
    await world.fake.waitFor(() => fromBot(OFFICIAL).find((m) => textOf(m).includes(code)), 10_000);

    // Another process records the official's answer, then dies before delivering it (no relay runs there).
    await world.app.stop();
    const dead = new Handoff({ redis: world.redis, prefix: world.prefix, roles: new RoleStore(world.redis, world.prefix, [String(ADMIN)]), logger });
    expect(await dead.answer(code, String(OFFICIAL), "Lan", "Bác mang sổ hộ nghèo đến xã nhé.", "update-77")).toBe("sent");
    expect(fromBot(citizen).some((m) => textOf(m).includes("sổ hộ nghèo"))).toBe(false);

    // The next process delivers it, once, even when the outbox entry comes back again.
    world.app = await createApp(world.config, { logger });
    await world.fake.waitFor(() => fromBot(citizen).find((m) => textOf(m).includes("sổ hộ nghèo")), 10_000);
    // A crash after the send and before the outbox entry was acknowledged brings it back: not resent.
    const entry = { kind: "answer", to: String(citizen), code, index: 1, id: "answer:update-77" };
    await world.redis.xadd(dead.outbox.stream, "*", "e", JSON.stringify(entry));
    // A marker message behind it shows the worker has passed the repeated entry.
    await world.redis.xadd(dead.outbox.stream, "*", "e", JSON.stringify({ kind: "answer", to: String(citizen), code, index: 0, id: "marker" }));
    await world.fake.waitFor(() => fromBot(citizen).filter((m) => textOf(m).includes("Cho tôi hỏi về trợ cấp")).length >= 1, 10_000);
    await expect.poll(() => world.redis.xlen(dead.outbox.stream), { timeout: 10_000 }).toBe(0); // both handled
    expect(fromBot(citizen).filter((m) => textOf(m).includes("sổ hộ nghèo"))).toHaveLength(1);
  });
});
