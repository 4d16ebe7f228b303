import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/flows/content.js";
import { typedChoice } from "../../src/flows/typed-choice.js";
import { EngineDriver } from "./driver.js";
import { shippedContext } from "./fixtures.js";

// Labels as the shipped screens show them.
const remind = ["🔔 Có, nhắc tôi", "🔕 Không, cảm ơn"];
const remindKm = ["🔔 បាទ/ចាស រំលឹកខ្ញុំ", "🔕 ទេ អរគុណ"];
const card = ["💳 Có thẻ chip, chưa có VNeID", "✅ Đã có VNeID mức 2", "📱 Tự làm mức 1 ở nhà", "❌ Chưa có thẻ gắn chip"];
const check = ["✅ Đăng nhập được rồi", "😟 Chưa được"];

describe("a typed answer on a screen of choices", () => {
  it.each([
    ["có", remind, 0],
    ["dạ có", remind, 0],
    ["vâng", remind, 0],
    ["không", remind, 1],
    ["ko", remind, 1],
    ["chưa", remind, 1],
    ["chưa được", check, 1],
    ["được rồi", check, 0],
    ["ចាស", remindKm, 0],
    ["ទេ", remindKm, 1],
    ["2", card, 1],
    ["muc 1", card, 2],
    ["tự làm mức 1 ở nhà", card, 2],
  ] as const)("%s picks choice %#", (typed, labels, index) => {
    expect(typedChoice(typed, labels)).toEqual({ index });
  });

  it("does not let a polite 'dạ' or a word shared by buttons pick a branch: it asks which one", () => {
    expect(typedChoice("dạ", card)).toEqual({ ambiguous: true });
    expect(typedChoice("có", card)).toEqual({ ambiguous: true });
    expect(typedChoice("chip", card)).toEqual({ ambiguous: true });
    expect(typedChoice("dạ", check)).toEqual({ ambiguous: true });
  });

  it("leaves other text to the search, and numbers out of range alone", () => {
    expect(typedChoice("làm giấy khai sinh", card)).toBeNull();
    expect(typedChoice("9", card)).toBeNull();
  });
});

describe("typing on the VNeID guide", () => {
  it("asks which button a polite 'dạ' means instead of skipping the police steps", () => {
    const ctx = shippedContext(loadContent());
    const d = new EngineDriver(ctx);
    d.state = { v: 1, seq: 0, at: ctx.now(), lang: "vi", unit: "tra-cu" };
    d.send({ kind: "open", flow: "vneid" });
    d.press("🙋 Cho chính tôi");
    expect(d.state!.step).toBe("card");
    d.text("dạ");
    expect(d.state!.step).toBe("card");
    expect(d.texts).toContain("Bác muốn chọn nút nào?");
    d.text("1");
    expect(d.state!.step).toBe("bring");
  });
});

describe("typing a guide's name", () => {
  it("opens the guide at once with one line naming it, instead of 'not understood'", () => {
    const ctx = shippedContext(loadContent());
    const d = new EngineDriver(ctx);
    d.state = { v: 1, seq: 0, at: ctx.now(), lang: "vi", unit: "tra-cu" };
    d.send({ kind: "menu" });
    d.text("Quên mật khẩu");
    expect(d.state!.flow).toBe("quen-mk");
    expect(d.texts).toContain("Đây là hướng dẫn: 🔑 Quên mật khẩu VNeID");
    expect(d.texts).not.toContain("chưa hiểu");
  });
});
