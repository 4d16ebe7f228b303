import { describe, expect, it } from "vitest";
import { compileFlow, FlowDefinitionError } from "../../src/flows/catalogue.js";
import { RESUME_AFTER_MS } from "../../src/flows/engine.js";
import { DEFAULT_LIMITS } from "../../src/flows/engine-context.js";
import { EngineDriver } from "./driver.js";
import { demoDef, makeContext, onboardingDef, unitsData } from "./fixtures.js";
import { UnitCatalogue } from "../../src/units/catalogue.js";

function onboarded() {
  const ctx = makeContext();
  const d = new EngineDriver(ctx);
  d.start();
  d.press("Tiếng Việt");
  d.press("xã Trà Cú");
  d.press("Không");
  return { ctx, d };
}

describe("onboarding", () => {
  it("asks language, commune and reminders, then shows the menu", () => {
    const ctx = makeContext();
    const d = new EngineDriver(ctx);
    d.start();
    expect(d.screen.text).toContain("Chọn ngôn ngữ");
    d.press("Tiếng Việt");
    expect(d.screen.text).toContain("Bác ở xã nào?");
    expect(d.labels()).toEqual(expect.arrayContaining(["xã Trà Cú", "xã Long Hiệp", "xã Đại An"]));
    d.text("ngoc bien");
    expect(d.texts).toContain("xã Ngọc Biên nay thuộc xã Long Hiệp.");
    expect(d.screen.text).toContain("Nhắc lịch?");
    d.press("Có");
    expect(d.texts).toContain("Chào mừng!");
    expect(d.screen.text).toBe("Menu của xã Long Hiệp");
    expect(d.state).toMatchObject({ lang: "vi", unit: "long-hiep", remind: true });
    expect(d.events).toContainEqual({ type: "reminders_changed", remind: true, unit: "long-hiep" });
  });

  it("does not ask about reminders on a channel that cannot deliver them (the web chat demo)", () => {
    const d = new EngineDriver({ ...makeContext(), reminders: false });
    d.start();
    d.press("Tiếng Việt");
    d.press("xã Trà Cú");
    expect(d.texts).not.toContain("Nhắc lịch?");
    expect(d.texts).toContain("Chào mừng!");
    expect(d.screen.text).toBe("Menu của xã Trà Cú");
    expect(d.state?.remind).toBeUndefined();
    expect(d.events.filter((e) => e.type === "reminders_changed")).toEqual([]);
  });

  it.each([
    ["thi tran tra cu", "tra-cu"],
    ["Thị trấn Định An", "dai-an"],
    ["TÂN HIỆP", "long-hiep"],
    ["xa long hiep", "long-hiep"],
  ])("finds the commune for the typed name %s", (typed, code) => {
    const d = new EngineDriver(makeContext());
    d.start();
    d.press("Tiếng Việt");
    d.text(typed);
    expect(d.state!.unit).toBe(code);
  });

  it("re-asks kindly when the commune is unknown", () => {
    const d = new EngineDriver(makeContext());
    d.start();
    d.press("Tiếng Việt");
    d.text("Hà Nội");
    expect(d.texts).toContain("Không tìm thấy Hà Nội.");
    expect(d.screen.text).toContain("Bác ở xã nào?");
    expect(d.state!.unit).toBeUndefined();
  });

  it("switches language and falls back to Vietnamese for missing English texts", () => {
    const d = new EngineDriver(makeContext());
    d.start();
    d.press("English");
    expect(d.labels()).toContain("Home");
    expect(d.screen.text).toContain("Bác ở xã nào?"); // not translated yet: Vietnamese reference
  });
});

describe("a guide", () => {
  it("walks through every step kind and records the session once at the end", () => {
    const { d, ctx } = onboarded();
    d.press("Làm giấy khai sinh");
    expect(d.screen.text).toMatch(/^Bước 1\/4\n\nLàm cho ai\?/);
    // Each step says where the session stood, for the step counters (the state keeps it, nothing else does).
    expect(d.events).toContainEqual(expect.objectContaining({ type: "step_reached", flow: "demo", step: "who", from: null }));
    d.press("Cho cháu");
    expect(d.events).toContainEqual(expect.objectContaining({ type: "step_reached", step: "papers", from: { flow: "demo", step: "who", unit: "tra-cu", at: ctx.clock.t, move: 1 } }));
    expect(d.screen.text).toContain("Bước 2/4");
    expect(d.screen.text).toContain("Đã có 0/2");
    d.press("Giấy chứng sinh");
    expect(d.screen.replace).toBe(true);
    expect(d.labels()).toContain("✅ Giấy chứng sinh");
    expect(d.screen.text).toContain("Đã có 1/2");
    d.press("Tiếp tục");
    expect(d.replies[0]!.text).toBe("Cảnh báo lừa đảo."); // scam warning before the OTP step
    expect(d.screen.buttons!.flat()).toContainEqual({ label: "Mở Cổng", url: "https://dichvucong.gov.vn" });
    d.press("Tiếp tục");
    d.text("abc");
    expect(d.texts).toContain("Mã hồ sơ chưa đúng.");
    expect(d.screen.text).toContain("Gõ mã hồ sơ");
    ctx.clock.t += 60_000;
    d.text("h62.22-250101-0001");
    expect(d.texts).toContain("Đã nộp xong.");
    expect(d.texts).toContain("Cảm ơn bác.");
    const completed = d.events.filter((e) => e.type === "session_completed");
    expect(completed).toEqual([
      {
        type: "session_completed",
        session: expect.objectContaining({
          flow: "demo",
          procedure: "khai-sinh",
          field: "ho-tich",
          unit: "tra-cu",
          outcome: "online_filing",
          assisted: true,
          lang: "vi",
          completedAt: ctx.clock.t,
          startedAt: ctx.clock.t - 60_000,
        }),
        from: expect.objectContaining({ flow: "demo", step: "done", at: ctx.clock.t, move: 5 }),
      },
    ]);
    expect(d.state!.flow).toBeUndefined();
    // Pressing the final screen's old buttons again cannot record a second session.
    d.press("Về menu");
    expect(d.allEvents.filter((e) => e.type === "session_completed")).toHaveLength(1);
  });

  it("counts a guide begun before the state kept places from its old record until it moves, then numbers its moves from 1,001", () => {
    const { d } = onboarded();
    d.press("Làm giấy khai sinh");
    delete d.state!.ps; // a record written before places were kept
    d.press("Cho cháu");
    const reached = d.events.find((e) => e.type === "step_reached");
    expect(reached).toMatchObject({ step: "papers" });
    expect(reached).not.toHaveProperty("from"); // the step tracker reads the old record
    expect(d.state!.ps![0]).toBe(1_001);
  });

  it("goes back one step and home from anywhere", () => {
    const { d } = onboarded();
    d.press("Làm giấy khai sinh");
    // The first step goes back to the screen that opened the guide: here, the menu.
    d.press("Quay lại");
    expect(d.screen.text).toBe("Menu của xã Trà Cú");
    d.press("Làm giấy khai sinh");
    d.press("Cho con tôi");
    d.press("Quay lại");
    expect(d.screen.text).toContain("Làm cho ai?");
    d.press("Về menu");
    expect(d.screen.text).toBe("Menu của xã Trà Cú");
    expect(d.state!.flow).toBeUndefined();
  });

  it("skips a question with its skip button", () => {
    const { d } = onboarded();
    d.press("Làm giấy khai sinh");
    d.press("Cho con tôi");
    d.press("Tiếp tục");
    d.press("Tiếp tục");
    d.press("Chưa có mã");
    expect(d.texts).toContain("Đã nộp xong.");
    expect(d.events.some((e) => e.type === "session_completed")).toBe(true);
  });

  it("accepts a typed choice by its number or its words", () => {
    const { d } = onboarded();
    d.press("Làm giấy khai sinh");
    d.text("2");
    expect(d.state!.vars).toMatchObject({ assisted: true });
    d.press("Quay lại");
    d.text("cho con toi");
    expect(d.state!.step).toBe("papers");
  });
});

describe("bad input", () => {
  it("treats a button from an older screen as stale and shows a fresh one", () => {
    const { d } = onboarded();
    d.press("Làm giấy khai sinh");
    const old = d.buttonData("Cho cháu");
    d.press("Cho con tôi");
    d.send({ kind: "button", data: old });
    expect(d.texts).toContain("Menu này đã cũ.");
    expect(d.state!.step).toBe("papers");
    expect(d.state!.vars?.assisted).toBeUndefined();
  });

  it.each(["", "garbage", "0.cnope", "zzzzzzzzzz.c1", "1.t99", "💥".repeat(40), "0.oevil-flow"])("never trusts forged data %j", (data) => {
    const { d } = onboarded();
    const before = d.state!;
    d.send({ kind: "button", data });
    expect(d.texts).toContain("Menu này đã cũ.");
    expect(d.state!.flow).toBe(before.flow);
    expect(d.screen.text).toBe("Menu của xã Trà Cú");
  });

  it.each([
    ["a 12-digit ID number", "so can cuoc cua toi la 084123456789"],
    ["an ID number with spaces", "084 123 456 789"],
    ["an OTP", "482913"],
    ["an OTP with a label", "OTP: 4829"],
    ["a password", "Matkhau@2024"],
  ])("warns about %s and stores nothing of it", (_name, secret) => {
    const { d } = onboarded();
    d.press("Làm giấy khai sinh");
    d.press("Cho con tôi");
    d.press("Tiếp tục");
    d.press("Tiếp tục");
    d.text(secret);
    expect(d.replies[0]).toMatchObject({ text: "Đừng gửi số căn cước, mật khẩu, OTP.", deleteInput: true });
    expect(JSON.stringify(d.state)).not.toContain(secret.replace(/\D/g, "").slice(0, 6) || secret);
    expect(JSON.stringify(d.events)).not.toContain(secret);
    expect(d.state!.step).toBe("code");
  });

  it("does not mistake a phone number or a dossier code for a secret", () => {
    const { d } = onboarded();
    d.text("so dien thoai 0912345678");
    expect(d.texts).not.toContain("Đừng gửi");
  });

  it("treats a photo captioned with an ID number like the typed number", () => {
    const { d } = onboarded();
    d.press("Làm giấy khai sinh");
    d.send({ kind: "unsupported", caption: "số căn cước 012345678901" });
    expect(d.replies[0]).toMatchObject({ text: "Đừng gửi số căn cước, mật khẩu, OTP.", deleteInput: true });
    expect(d.screen.text).toContain("Làm cho ai?");
    d.send({ kind: "unsupported", caption: "ảnh giấy chứng sinh" });
    expect(d.texts).toContain("Tôi chỉ đọc được chữ.");
  });

  it("echoes an unknown commune without cutting an emoji in half", () => {
    const d = new EngineDriver(makeContext());
    d.start();
    d.press("Tiếng Việt");
    d.text(`${"x".repeat(38)}😀😀😀`);
    const echoed = d.texts;
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(echoed)).toBe(false);
    expect(echoed).toContain("x".repeat(38));
  });

  it("answers stickers and huge texts kindly and keeps the place", () => {
    const { d } = onboarded();
    d.press("Làm giấy khai sinh");
    d.send({ kind: "unsupported" });
    expect(d.texts).toContain("Tôi chỉ đọc được chữ.");
    expect(d.screen.text).toContain("Làm cho ai?");
    d.text("a".repeat(10_000));
    expect(d.texts).toContain("Tin nhắn dài quá.");
    expect(d.state!.step).toBe("who");
  });

  it("suggests the closest guides for free text, or says it did not understand", () => {
    const { d } = onboarded();
    d.text("lam giay khai sinh cho con");
    expect(d.screen.text).toBe("Có phải bác cần:");
    expect(d.labels()[0]).toBe("Làm giấy khai sinh");
    d.text("qwerty uiop");
    expect(d.texts).toContain("Tôi chưa hiểu.");
    expect(d.screen.text).toBe("Menu của xã Trà Cú");
  });
});

describe("resume and versioning", () => {
  it("offers to continue where the user stopped after a long pause", () => {
    const { d, ctx } = onboarded();
    d.press("Làm giấy khai sinh");
    d.press("Cho con tôi");
    ctx.clock.t += RESUME_AFTER_MS + 1;
    d.text("xin chào");
    expect(d.screen.text).toContain("Lần trước bác đang làm Làm giấy khai sinh (bước 2)");
    d.press("Làm tiếp");
    expect(d.screen.text).toContain("Chuẩn bị giấy tờ");
  });

  it("restarts the guide with a new session id when asked", () => {
    const { d } = onboarded();
    d.press("Làm giấy khai sinh");
    const firstSid = d.state!.sid;
    d.press("Cho con tôi");
    d.start();
    d.press("Làm lại");
    expect(d.state!.step).toBe("who");
    expect(d.state!.sid).not.toBe(firstSid);
  });

  it("puts a user back at a safe step when the flow changed under them", () => {
    const { d } = onboarded();
    d.press("Làm giấy khai sinh");
    d.press("Cho con tôi");
    d.press("Tiếp tục");
    expect(d.state!.step).toBe("login");
    // Deploy: the "login" step is removed.
    const changed = { ...demoDef, steps: demoDef.steps.filter((s) => s.id !== "login") };
    const d2 = new EngineDriver(makeContext({ flows: [onboardingDef, changed] }));
    d2.state = d.state;
    const old = d.buttonData("Tiếp tục");
    d2.send({ kind: "button", data: old });
    expect(d2.texts).toContain("Hướng dẫn vừa được cập nhật.");
    expect(d2.state!.step).toBe("papers");
    expect(d2.screen.text).toContain("Chuẩn bị giấy tờ");
    d2.press("Tiếp tục");
    expect(d2.state!.step).toBe("code");
  });

  it("keeps state small however deep the history", () => {
    const { d } = onboarded();
    d.press("Làm giấy khai sinh");
    for (let i = 0; i < 200; i++) {
      d.press("Cho con tôi");
      d.press("Quay lại");
    }
    expect(JSON.stringify(d.state).length).toBeLessThan(1024);
  });
});

describe("flow definitions", () => {
  const has = () => true;
  it.each([
    [{ ...demoDef, steps: [...demoDef.steps, { id: "orphan", kind: "end", text: "x" }] }, "flow demo step orphan: unreachable"],
    [{ ...demoDef, steps: demoDef.steps.map((s) => (s.id === "code" ? { ...s, next: "nowhere" } : s)) }, 'flow demo step code: next step "nowhere" does not exist'],
    [{ ...demoDef, steps: [{ id: "who", kind: "choice", text: "x", choices: [{ id: "a", label: "x" }] }, { id: "papers", kind: "info", text: "x" }] }, "flow demo step papers: dead end"],
    [{ ...demoDef, steps: [{ id: "who", kind: "choice", text: "x", choices: [] }, demoDef.steps[5]] }, "flow demo step who: steps.0.choices"],
    [{ ...demoDef, steps: [{ id: "who", kind: "banana", text: "x" }, demoDef.steps[5]] }, "flow demo step who"],
  ])("names the flow and step of a broken definition (%#)", (def, message) => {
    expect(() => compileFlow(def, "test", has)).toThrow(FlowDefinitionError);
    expect(() => compileFlow(def, "test", has)).toThrow(message);
  });

  it("names a text key missing from the Vietnamese locale", () => {
    expect(() => compileFlow(demoDef, "test", (k) => k !== "demo-code-bad")).toThrow('flow demo step code: text "demo-code-bad" is missing');
  });
});

describe("how fast one chat may go", () => {
  it("answers a flood with one polite note, then nothing, until the window has passed", () => {
    const ctx = { ...makeContext(), limits: DEFAULT_LIMITS };
    const d = new EngineDriver(ctx);
    d.start();
    d.press("Tiếng Việt");
    const answered: number[] = [];
    for (let i = 0; i < DEFAULT_LIMITS.flood.max + 8; i++) answered.push(d.text("xin chào").length);
    const firstSilent = DEFAULT_LIMITS.flood.max - 2; // two messages came before the loop
    expect(answered.slice(0, firstSilent).every((n) => n > 0)).toBe(true);
    expect(answered[firstSilent]).toBe(1);
    expect(answered.slice(firstSilent + 1).every((n) => n === 0)).toBe(true);
    ctx.clock.t += DEFAULT_LIMITS.flood.windowMs;
    d.text("xã Trà Cú");
    expect(d.state!.unit).toBe("tra-cu");
  });

  it("stops one chat from restarting guides over and over, sending it to the menu with a note", () => {
    const ctx = { ...makeContext(), limits: { flood: { max: 1000, windowMs: 1000 }, opens: DEFAULT_LIMITS.opens } };
    const d = new EngineDriver(ctx);
    d.start();
    d.press("Tiếng Việt");
    d.press("xã Trà Cú");
    d.press("Không");
    for (let i = 0; i < DEFAULT_LIMITS.opens.max; i++) {
      d.press("Làm giấy khai sinh");
      expect(d.screen.text).toContain("Làm cho ai?");
      d.press("Về menu");
    }
    d.press("Làm giấy khai sinh");
    expect(d.texts).toContain("Bác mở nhiều hướng dẫn quá.");
    expect(d.screen.text).toBe("Menu của xã Trà Cú");
    ctx.clock.t += DEFAULT_LIMITS.opens.windowMs;
    d.press("Làm giấy khai sinh");
    expect(d.screen.text).toContain("Làm cho ai?");
  });
});

describe("finding one's way", () => {
  const hubDef = {
    id: "hub",
    title: "demo-title",
    menu: 2,
    outcome: "info",
    field: "hub",
    steps: [
      { id: "pick", kind: "choice", text: "demo-who", choices: [{ id: "birth", label: "demo-self", flow: "demo" }, { id: "long", label: "demo-other", next: "a" }] },
      { id: "a", kind: "choice", text: "demo-papers", choices: [{ id: "short", label: "demo-self", next: "c" }, { id: "long", label: "demo-other", next: "b" }] },
      { id: "b", kind: "info", text: "demo-login" },
      { id: "c", kind: "info", text: "demo-code" },
      { id: "end", kind: "end", text: "demo-done" },
    ],
  };

  it("goes back from a guide's first step to the submenu that opened it", () => {
    const ctx = makeContext({ flows: [onboardingDef, demoDef, hubDef] });
    const d = new EngineDriver(ctx);
    d.start();
    d.press("Tiếng Việt");
    d.press("xã Trà Cú");
    d.press("Không");
    d.send({ kind: "open", flow: "hub" });
    expect(d.labels()).toEqual(expect.arrayContaining(["Quay lại", "Về menu"]));
    d.press("Cho con tôi"); // opens the birth guide
    expect(d.screen.text).toContain("Làm cho ai?");
    d.press("Quay lại");
    expect(d.state).toMatchObject({ flow: "hub", step: "pick" });
    d.press("Quay lại");
    expect(d.screen.text).toBe("Menu của xã Trà Cú");
  });

  it("counts steps of the path taken, and shows no total while the way ahead still branches", () => {
    const ctx = makeContext({ flows: [onboardingDef, demoDef, hubDef] });
    const d = new EngineDriver(ctx);
    d.state = { v: 1, seq: 0, at: ctx.now(), lang: "vi", unit: "tra-cu" };
    d.send({ kind: "open", flow: "hub" });
    expect(d.screen.text).toMatch(/^Bước 1\n/);
    d.press("Cho cháu");
    expect(d.screen.text).toMatch(/^Bước 2\n/);
    d.press("Cho cháu"); // the longer way: now its length is known
    expect(d.screen.text).toMatch(/^Bước 3\/4\n/);
    d.press("Tiếp tục");
    expect(d.screen.text).toMatch(/^Bước 4\/4\n/);
  });

  it("counts the onboarding without the question a channel skips, and a language change has no counter", () => {
    const d = new EngineDriver({ ...makeContext(), reminders: false });
    d.start();
    expect(d.screen.text).toMatch(/^Bước 1\/2\n/);
    d.press("Tiếng Việt");
    expect(d.screen.text).toMatch(/^Bước 2\/2\n/);
    d.press("xã Trà Cú");
    d.press("Đổi ngôn ngữ");
    expect(d.screen.text).not.toContain("Bước");
    expect(d.labels()).not.toContain("Quay lại");
  });
});

describe("the citizen's commune", () => {
  const askDef = { id: "ask", title: "demo-title", menu: 2, outcome: "info", field: "x", steps: [{ id: "where", kind: "info", text: "demo-office" }, { id: "end", kind: "end", text: "demo-done" }] };
  const units = {
    ...unitsData,
    units: [{ code: "tra-cu", name: "xã Trà Cú", office: { name: "TT PVHCC xã Trà Cú", address: "trụ sở UBND xã", verify: true }, thursday: "7:00–11:00", thursdayVerify: true }],
  };

  it("asks for the commune before a step about it, instead of showing dashes, then comes back to that step", () => {
    const ctx = { ...makeContext({ flows: [onboardingDef, demoDef, askDef] }), units: new UnitCatalogue(units) };
    const d = new EngineDriver(ctx);
    d.start();
    d.press("Tiếng Việt");
    d.press("Về menu"); // skipped choosing a commune
    expect(d.screen.text).toBe("Menu của chưa chọn xã");
    d.send({ kind: "open", flow: "ask" });
    expect(d.texts).toContain("Bác ở xã nào?");
    expect(d.texts).not.toContain("—");
    d.press("xã Trà Cú");
    expect(d.state).toMatchObject({ unit: "tra-cu", flow: "ask", step: "where" });
    // Facts not yet confirmed are phrased for citizens, never as an internal note.
    expect(d.screen.text).toContain("Hỏi TT PVHCC xã Trà Cú, địa chỉ trụ sở UBND xã (đang cập nhật), thứ Năm: 7:00–11:00 (hỏi lại xã).");
  });
});

describe("typing instead of tapping, on every screen", () => {
  it("presses the button a typed number or a button's words name, wherever the person is", () => {
    const { d } = onboarded();
    d.text("1"); // the menu's first entry
    expect(d.screen.text).toContain("Làm cho ai?");
    d.text("cho con toi");
    expect(d.state!.step).toBe("papers");
    d.text("1"); // ticks the first paper
    expect(d.state!.vars?.papers).toEqual(["a"]);
    d.text("tiếp tục");
    expect(d.state!.step).toBe("login");
    d.text("quay lại");
    expect(d.state!.step).toBe("papers");
    d.text("về menu");
    expect(d.screen.text).toBe("Menu của xã Trà Cú");
  });

  it("checks a typed button payload exactly like a press: an old one is out of date", () => {
    const { d } = onboarded();
    d.press("Làm giấy khai sinh");
    const old = d.buttonData("Cho cháu");
    d.press("Cho con tôi");
    d.text(old);
    expect(d.texts).toContain("Menu này đã cũ.");
    expect(d.state!.step).toBe("papers");
    const current = d.buttonData("Tiếp tục");
    d.text(current);
    expect(d.state!.step).toBe("login");
  });
});
