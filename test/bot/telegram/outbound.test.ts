import { describe, expect, it } from "vitest";
import { mergeReplies, splitText } from "../../../src/bot/telegram/outbound.js";

const button = { label: "Về menu", data: "1.h" };

describe("replies as Telegram messages", () => {
  it("joins a text-only reply to the next one, so the user gets one message per answer", () => {
    const merged = mergeReplies([{ text: "✅ Bác đã chọn xã Trà Cú." }, { text: "Bác có muốn nhận tin nhắc?", buttons: [[button]] }]);
    expect(merged).toEqual([{ text: "✅ Bác đã chọn xã Trà Cú.\n\nBác có muốn nhận tin nhắc?", buttons: [[button]] }]);
  });

  it("keeps replies apart when the first has buttons, is an in-place edit, or the pair would be too long", () => {
    const withButtons = [{ text: "a", buttons: [[button]] }, { text: "b" }];
    expect(mergeReplies(withButtons)).toHaveLength(2);
    expect(mergeReplies([{ text: "a", replace: true }, { text: "b" }])).toHaveLength(2);
    expect(mergeReplies([{ text: "x".repeat(3000) }, { text: "y".repeat(2000) }])).toHaveLength(2);
  });

  it("splits a text longer than 4096 characters at paragraph boundaries", () => {
    const chunks = splitText(`${"a".repeat(3000)}\n\n${"b".repeat(3000)}`);
    expect(chunks).toEqual(["a".repeat(3000), "b".repeat(3000)]);
  });
});
