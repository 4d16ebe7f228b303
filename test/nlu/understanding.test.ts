/**
 * Understanding what citizens type, end to end through the engine on the shipped content: a clear
 * request opens its guide with one line naming it, a close call is asked as a question, off-topic
 * chat gets the honest answer with the menu, the menu's switches and "a person" work typed, and a
 * secret is refused before anything tries to match it.
 */
import { describe, expect, it, vi } from "vitest";
import { loadContent } from "../../src/flows/content.js";
import { runEngine } from "../../src/flows/engine.js";
import type { EngineContext } from "../../src/flows/engine-context.js";
import type { ChatState, Lang } from "../../src/flows/types.js";
import { shippedContext } from "../flows/fixtures.js";

const content = loadContent();
const t = (key: string, lang: Lang = "vi", args?: Record<string, string>) => content.texts.t(lang, key, args);
const title = (id: string, lang: Lang = "vi") => t(content.flows.get(id)!.def.title, lang);

function context(extra: Partial<EngineContext> = {}): EngineContext {
  return { ...shippedContext(content), ...extra };
}

/** The menu-level state of an onboarded user in `lang`. */
function onboarded(lang: Lang = "vi"): ChatState {
  const start = runEngine(context(), null, { kind: "start" }).state;
  return { ...start, lang, unit: content.units.units[0]!.code, flow: undefined, step: undefined };
}

function say(text: string, opts: { lang?: Lang; ctx?: EngineContext } = {}) {
  return runEngine(opts.ctx ?? context(), onboarded(opts.lang), { kind: "text", text });
}

describe("what the engine does with what it understood", () => {
  it("opens a clearly asked guide at once, naming it, in the person's language", () => {
    const vi = say("bà nội tôi mới mất, giờ phải làm giấy tờ gì");
    expect(vi.replies[0]!.text).toBe(t("search-opened", "vi", { title: title("khai-tu") }));
    expect(vi.state.flow).toBe("khai-tu");

    const km = say("ខ្ញុំភ្លេចពាក្យសម្ងាត់ VNeID", { lang: "km" });
    expect(km.replies[0]!.text).toBe(t("search-opened", "km", { title: title("quen-mk", "km") }));
    expect(km.state.flow).toBe("quen-mk");
  });

  it("reads Vietnamese typed with the keyboard off (telex) and Southern speech", () => {
    expect(say("tra cuwus hoof sow").state.flow).toBe("tra-cuu");
    expect(say("tui hổng nhớ mật khẩu vneid").state.flow).toBe("quen-mk");
  });

  it("asks a close call as a question with two or three guides, never 'I did not understand'", () => {
    const r = say("làm giấy tờ cho con");
    expect(r.state.flow).toBeUndefined();
    const question = r.replies.at(-1)!;
    expect(question.text).toBe(t("unknown-text-suggest"));
    expect(question.text).not.toMatch(/không hiểu|chưa hiểu/);
    const guides = question.buttons!.slice(0, -1);
    expect(guides.length).toBeGreaterThanOrEqual(2);
    expect(guides.length).toBeLessThanOrEqual(3);
  });

  it("answers off-topic chat honestly with the menu, not with a guide", () => {
    for (const text of ["giá heo hôm nay bao nhiêu", "ថ្ងៃនេះភ្លៀងទេ", "tell me a joke"]) {
      const r = say(text);
      expect(r.state.flow, text).toBeUndefined();
      expect(r.replies[0]!.text, text).toBe(t("unknown-text"));
      expect(r.replies.at(-1)!.text, text).toBe(t("menu-title", "vi", { unit: content.units.units[0]!.name }));
    }
  });

  it("works the menu's switches typed as words", () => {
    const language = say("chuyển sang tiếng khmer");
    expect(language.state.flow).toBe("onboarding");
    expect(language.state.step).toBe("lang");
    const commune = say("doi xa");
    expect(commune.state.step).toBe("unit");
    const reminders = say("tắt nhắc nhở");
    expect(reminders.state.step).toBe("remind");
  });

  it("says where reminders cannot be sent instead of asking about them (the web chat)", () => {
    const r = say("tắt nhắc nhở", { ctx: context({ reminders: false }) });
    expect(r.replies[0]!.text).toBe(t("reminders-unavailable"));
    expect(r.state.flow).toBeUndefined();
  });

  it("opens the question to an official when a person is asked for, where one can answer", () => {
    const r = say("cho tôi nói chuyện với cán bộ xã", { ctx: context({ handoff: true }) });
    expect(r.state.ask).toBe(true);
    const web = say("cho tôi nói chuyện với cán bộ xã", { ctx: context({ handoff: false }) });
    expect(web.replies[0]!.text).toBe(t("ask-unavailable"));
  });

  it("refuses a secret before anything tries to understand it", () => {
    const understand = vi.fn(() => ({ kind: "none" as const }));
    const r = say("mã otp của tôi là 482913", { ctx: context({ understand }) });
    expect(r.replies[0]!.text).toBe(t("sensitive-warning"));
    expect(understand).not.toHaveBeenCalled();
  });

  it("never opens a guide the catalogue does not have", () => {
    const r = say("anything", { ctx: context({ understand: () => ({ kind: "guide", id: "no-such-guide" }) }) });
    expect(r.state.flow).toBeUndefined();
    expect(r.replies[0]!.text).toBe(t("unknown-text"));
  });
});

describe("the guides added in 2026 are found by free text in every language", () => {
  const asks: Record<string, Record<Lang, string>> = {
    "can-cuoc": { vi: "làm lại thẻ căn cước bị mất", km: "បាត់អត្តសញ្ញាណប័ណ្ណ ចង់ធ្វើថ្មី", en: "I lost my ID card" },
    "cu-tru": { vi: "đăng ký tạm trú cho con", km: "ចុះឈ្មោះស្នាក់នៅបណ្តោះអាសន្ន", en: "register temporary residence" },
    bhyt: { vi: "gia hạn bảo hiểm y tế", km: "បន្តប័ណ្ណធានារ៉ាប់រងសុខភាព", en: "renew my health insurance card" },
    "ho-ngheo": { vi: "xin xét hộ cận nghèo", km: "សុំចូលបញ្ជីគ្រួសារក្រីក្រ", en: "apply for poor household status" },
    "nhan-cha-me-con": { vi: "làm thủ tục cha nhận con", km: "ឪពុកចង់ទទួលស្គាល់កូន", en: "the father wants to recognise his child" },
  };
  it.each(Object.entries(asks))("%s", (id, byLang) => {
    for (const lang of ["vi", "km", "en"] as const) {
      const r = say(byLang[lang], { lang });
      const first = r.state.flow ?? r.replies.at(-1)!.buttons?.[0]?.[0]?.label;
      expect(first === id || first === title(id, lang), `${lang}: ${byLang[lang]}`).toBe(true);
    }
  });
});
