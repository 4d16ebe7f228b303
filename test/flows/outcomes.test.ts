/**
 * What a finished guide is counted as in officials' figures: only a guide that really ended with an
 * account or a filing counts as one; "still not working" and "I already had it" are recorded as such.
 */
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/flows/content.js";
import type { CompletedSession } from "../../src/flows/types.js";
import { EngineDriver } from "./driver.js";
import { shippedContext } from "./fixtures.js";

const ctx = shippedContext(loadContent());

function atGuide(flow: string): EngineDriver {
  const d = new EngineDriver(ctx);
  d.state = { v: 1, seq: 0, at: ctx.now(), lang: "vi", unit: "tra-cu" };
  d.send({ kind: "open", flow });
  return d;
}

const completed = (d: EngineDriver): CompletedSession[] =>
  d.allEvents.flatMap((e) => (e.type === "session_completed" ? [e.session] : []));

describe("the real outcome of a guide", () => {
  it("a forgotten password that stays forgotten is not a solved problem", () => {
    const d = atGuide("quen-mk");
    while (!d.labels().includes("😟 Vẫn không được")) d.press("Tiếp tục ➡️");
    d.press("😟 Vẫn không được");
    expect(completed(d)).toEqual([expect.objectContaining({ flow: "quen-mk", outcome: "info", result: "unsolved" })]);
  });

  it("someone who already had VNeID level 2 is not counted as an account made", () => {
    const d = atGuide("vneid");
    d.press("🙋 Cho chính tôi");
    d.press("✅ Đã có VNeID mức 2");
    d.press("📱 Trên điện thoại");
    while (!d.labels().includes("✅ Đăng nhập được rồi")) d.press("Tiếp tục ➡️");
    d.press("✅ Đăng nhập được rồi");
    d.press("🤷 Không nhớ, bỏ qua");
    expect(completed(d)).toEqual([expect.objectContaining({ flow: "vneid", outcome: "info", result: "had_it" })]);
  });

  it("a level 2 account made with the guide counts as an account", () => {
    const d = atGuide("vneid");
    d.press("🙋 Cho chính tôi");
    d.press(/chip/i);
    while (!d.labels().includes("📱 Trên điện thoại")) d.press("Tiếp tục ➡️");
    d.press("📱 Trên điện thoại");
    while (!d.labels().includes("✅ Đăng nhập được rồi")) d.press("Tiếp tục ➡️");
    d.press("✅ Đăng nhập được rồi");
    d.press("🤷 Không nhớ, bỏ qua");
    expect(completed(d)).toEqual([expect.objectContaining({ flow: "vneid", outcome: "account", result: "done" })]);
  });
});
