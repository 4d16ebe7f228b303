import { GrammyError } from "grammy";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/log/logger.js";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger({ level: "debug", hashSecret: "test-secret-0123456789", destination }), lines };
}

describe("the logger", () => {
  it("never writes a chat id or the text of a message a chat API refused", () => {
    const { logger, lines } = capture();
    const err = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
      "sendMessage",
      { chat_id: 987654321, text: "Bác ở xã nào? mật khẩu của tôi là Abc@12345" },
    );
    logger.child({ update_id: 5, chat: 987654321 }).warn({ err, userId: "123456789", run: "r1" }, "message refused");
    logger.warn({ nested: { chat_id: 987654321 } }, "nested");
    const out = lines.join("");
    expect(out).toContain("Forbidden: bot was blocked by the user");
    expect(out).toContain("message refused");
    expect(out).not.toContain("987654321");
    expect(out).not.toContain("123456789");
    expect(out).not.toContain("Abc@12345");
    expect(out).not.toContain("Bác ở xã nào");
    // The same chat gets the same pseudonym, so one person's troubles can still be followed.
    const record = JSON.parse(lines[0]!) as { chat: string; userId: string };
    expect(record.chat).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(JSON.parse(lines[1]!).nested.chat_id).toBe(record.chat);
  });
});
