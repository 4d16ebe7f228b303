/**
 * "Ask an official" in the pure engine, with the real content: offered on the menu, on guide steps
 * and after two misunderstandings, never where an answer cannot come back; the question becomes one
 * event (never a secret); who answers and when follows the commune's office hours; a follow-up joins
 * the thread; a day's questions are limited.
 */
import { describe, expect, it } from "vitest";
import { ticketCode } from "../../src/flows/ask.js";
import { loadContent } from "../../src/flows/content.js";
import type { EngineContext } from "../../src/flows/engine-context.js";
import { EngineDriver } from "./driver.js";

const content = loadContent();
// Tuesday 24 November 2026, 09:00 in Vietnam (02:00 UTC): the office is open.
const TUESDAY_9H = Date.UTC(2026, 10, 24, 2, 0);
// Saturday 28 November 2026, 10:00 in Vietnam: closed until Monday 7:30.
const SATURDAY_10H = Date.UTC(2026, 10, 28, 3, 0);

function driver(opts: { at?: number; handoff?: boolean } = {}) {
  const clock = { t: opts.at ?? TUESDAY_9H };
  let n = 0;
  const ctx: EngineContext = {
    flows: content.flows,
    texts: content.texts,
    units: content.units,
    now: () => clock.t,
    newSessionId: () => `session-${++n}`,
    understand: (text) => content.understander.understand(text),
    reminders: true,
    handoff: opts.handoff ?? true,
  };
  const d = new EngineDriver(ctx);
  d.start();
  d.press("Tiếng Việt");
  d.text("Long Hiệp");
  d.press(/Không, cảm ơn/);
  d.press(/Không đồng ý/);
  return { d, clock };
}

const asked = (d: EngineDriver) => d.events.filter((e) => e.type === "question_asked");

describe("asking an official", () => {
  it("is offered on the menu and on guide steps, and sends the typed question once, with where the person was", () => {
    const { d } = driver();
    expect(d.labels()).toContain("🙋 Hỏi cán bộ xã");
    d.press(/Làm VNeID/);
    expect(d.labels()).toContain("🙋 Hỏi cán bộ xã");
    d.press("Hỏi cán bộ xã");
    expect(d.screen.text).toContain("Bác gõ câu hỏi");
    d.text("Tôi không nhận được tin nhắn kích hoạt thì làm sao?");
    const [event] = asked(d);
    expect(event).toMatchObject({ type: "question_asked", text: "Tôi không nhận được tin nhắn kích hoạt thì làm sao?", unit: "long-hiep", lang: "vi", where: expect.stringMatching(/^vneid\//) });
    expect(d.texts).toContain(`Mã câu hỏi của bác: ${(event as { code: string }).code}`);
    expect(d.texts).toContain("Cán bộ xã Long Hiệp sẽ trả lời trong giờ làm việc hôm nay.");
    // Back where they were: the guide goes on.
    expect(d.state!.flow).toBe("vneid");
    expect(d.state!.ask).toBeUndefined();
  });

  it("offers questions people ask most, one tap away", () => {
    const { d } = driver();
    d.send({ kind: "ask" });
    d.press(/Hồ sơ của tôi bị trả lại/);
    expect(asked(d)[0]).toMatchObject({ text: "Hồ sơ của tôi bị trả lại, tôi phải làm gì?" });
    expect(d.texts).toContain("Mã câu hỏi của bác");
  });

  it("says when a person will answer outside office hours", () => {
    const { d } = driver({ at: SATURDAY_10H });
    d.send({ kind: "ask" });
    d.text("Hồ sơ của tôi bị trả lại");
    expect(d.texts).toContain("Bây giờ ngoài giờ làm việc. Cán bộ xã Long Hiệp sẽ trả lời từ 7:30 thứ Hai.");
  });

  it("never sends a secret, and a press on the prompt's buttons leaves nothing sent", () => {
    const { d } = driver();
    d.send({ kind: "ask" });
    d.text("mật khẩu của tôi là Abc12345xyz");
    expect(asked(d)).toEqual([]);
    expect(d.texts).toContain("Bác đừng gửi");
    d.send({ kind: "ask" });
    d.press("Quay lại");
    expect(asked(d)).toEqual([]);
    expect(d.state!.ask).toBeUndefined();
    expect(d.screen.text).toContain("Bác cần");
  });

  it("offers a person after two texts in a row the bot did not understand", () => {
    const { d } = driver();
    d.text("xyzzy qwerty");
    expect(d.texts).not.toContain("hỏi thẳng cán bộ");
    d.text("blorp snarf");
    expect(d.texts).toContain("Bác có muốn hỏi thẳng cán bộ xã không?");
    d.press("Hỏi cán bộ xã");
    expect(d.screen.text).toContain("Bác gõ câu hỏi");
  });

  it("joins a follow-up to the same thread within 7 days, then starts a new one; five questions a day", () => {
    const { d, clock } = driver();
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      d.send({ kind: "ask" });
      d.text(`Câu hỏi số ${i + 1} về hồ sơ`);
      codes.push((asked(d)[0] as { code: string }).code);
    }
    expect(new Set(codes).size).toBe(1);
    d.send({ kind: "ask" });
    expect(d.texts).toContain("Hôm nay bác đã gửi nhiều câu hỏi rồi");
    clock.t += 8 * 86_400_000;
    d.send({ kind: "ask" });
    d.text("Một việc khác");
    expect((asked(d)[0] as { code: string }).code).not.toBe(codes[0]);
  });

  it("is not offered where an answer cannot come back (the web chat)", () => {
    const { d } = driver({ handoff: false });
    expect(d.labels()).not.toContain("🙋 Hỏi cán bộ xã");
    d.send({ kind: "ask" });
    expect(d.texts).toContain("Ở đây chưa hỏi cán bộ được");
    expect(d.state!.ask).toBeUndefined();
  });

  it("makes short codes that are easy to read aloud", () => {
    const codes = new Set(Array.from({ length: 2000 }, (_, i) => ticketCode(`id-${i}-${i * 7919}`)));
    expect(codes.size).toBeGreaterThan(1990);
    for (const code of codes) expect(code).toMatch(/^H-[2-9A-HJ-NP-Z]{5}$/);
  });
});
