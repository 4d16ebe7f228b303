/**
 * Written for an elderly reader (issue 12): no screen longer than a phone screen, one action per
 * screen where the screen is an action, and jargon explained in plain words the first time a guide
 * uses it. Checked on the shipped content in every language.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent, PROJECT_ROOT } from "../../src/flows/content.js";
import { ScreenRenderer } from "../../src/flows/screens.js";
import { languages, type ChatState, type Lang } from "../../src/flows/types.js";
import { shippedContext } from "./fixtures.js";

const content = loadContent();
const renderer = new ScreenRenderer(shippedContext(content));
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const length = (text: string) => [...graphemes.segment(text)].length;

/**
 * A phone screen: a 6-inch phone at the chat apps' default text size shows about 38 characters a
 * line and, above the buttons, about 16 lines: 600 characters, step counter and explanations included.
 */
const PHONE_SCREEN = 600;

/** Every step of every guide as the person sees it (a long commune name filled in), per language. */
function screens(lang: Lang) {
  const unit = [...content.units.units].sort((a, b) => b.name.length - a.name.length)[0]!;
  return [...content.flows.all()].flatMap((flow) =>
    flow.def.steps.map((step) => {
      const state: ChatState = { v: 1, seq: 0, lang, unit: unit.code, flow: flow.def.id, step: step.id } as ChatState;
      return { id: `${flow.def.id}/${step.id}`, key: step.text, kind: step.kind, text: renderer.step(state, flow, step).text };
    }),
  );
}

/** Vietnamese verbs that start an instruction, at the start of a sentence or a numbered line. */
const IMPERATIVE = /(?:^|\n|[.!?]\s+|\d\.\s+)(Bấm|Mở|Gõ|Chọn|Điền|Tải|Chụp|Nhập|Trả|Chép|Đăng nhập|Cài|Đặt|Quét|Áp|Gửi|Ký|Lưu|Tìm|Nhấn|Mượn)\b/g;

describe("screens written for an elderly reader", () => {
  it.each(languages)("fit on a phone screen (%s)", (lang) => {
    const long = screens(lang).filter((s) => length(s.text) > PHONE_SCREEN);
    expect(long.map((s) => `${s.id} (${length(s.text)})`)).toEqual([]);
  });

  it("ask for one action per screen where the screen is an action (vi, the reference)", () => {
    const byKey = new Map(screens("vi").filter((s) => s.kind === "info").map((s) => [s.key, s.text]));
    const crowded = [...byKey].filter(([, text]) => [...text.matchAll(IMPERATIVE)].length > 1).map(([key]) => key);
    expect(crowded).toEqual([]);
  });

  it("the filing sequence shared by twelve guides is one screen per action", () => {
    const marriage = content.flows.get("ket-hon")!;
    expect(marriage.steps.has("online-10")).toBe(true);
  });
});

describe("jargon in plain words", () => {
  const issueJargon = ["mức 2", "Cổng", "liên thông", "xác thực", "Nền tảng thanh toán quốc gia", "bảo trợ xã hội"];

  it("the glossary explains every term the issue lists, in every language", () => {
    const vi = content.glossary.terms.flatMap((t) => t.vi.match);
    expect(issueJargon.filter((term) => !vi.includes(term))).toEqual([]);
  });

  it("is explained on the first screen of a guide that uses a term, and not again", () => {
    const flow = content.flows.get("vneid")!;
    const texts = flow.def.steps.map((step) => renderer.step({ v: 1, seq: 0, lang: "vi", unit: content.units.units[0]!.code, flow: "vneid", step: step.id } as ChatState, flow, step).text);
    const note = content.glossary.terms.find((t) => t.id === "level2")!.vi.plain;
    const withNote = texts.filter((t) => t.includes(note));
    expect(withNote).toHaveLength(1);
    const first = texts.findIndex((t) => t.includes("mức 2"));
    expect(texts[first]).toContain(`📖 ${note}`);
  });

  it("Khmer uses one term per concept: the glossary's, never the variants it lists to avoid", () => {
    const km = readFileSync(join(PROJECT_ROOT, "locales/km.ftl"), "utf8");
    const used = content.glossary.khmerToAvoid().filter(({ variant }) => km.includes(variant));
    expect(used).toEqual([]);
    expect(content.glossary.concepts.map((c) => c.id)).toEqual(expect.arrayContaining(["digital-thursday", "service-centre", "social-pension"]));
    for (const c of content.glossary.concepts) expect(km, c.id).toContain(c.km);
  });
});
