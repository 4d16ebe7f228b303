/**
 * The words a message becomes before the classifier reads it: what elderly users really type (the
 * keyboard left off, Southern speech, letters held down, Khmer in either subscript spelling or with
 * Khmer digits) must become the same words as the tidy version.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/flows/content.js";
import { IntentClassifier } from "../../src/nlu/classifier.js";
import { keyboardReadings } from "../../src/nlu/keyboard.js";
import { nluFiles, trainModel } from "../../src/nlu/load.js";
import { fileModelCache } from "../../src/nlu/model-cache.js";

const { normalizer } = trainModel(nluFiles(PROJECT_ROOT));
const words = (text: string) => normalizer.words(text);

describe("normalising what citizens type", () => {
  it("reads telex and VNI typed with the Vietnamese keyboard off", () => {
    expect(words("tra cuwus hoof sow")).toEqual(words("tra cứu hồ sơ"));
    expect(words("quene maatj khaaur")).toEqual(words("quên mật khẩu"));
    expect(words("tra cu71u ho62 so7")).toEqual(words("tra cứu hồ sơ"));
    expect(keyboardReadings("tieesng")).toContain("tieng");
  });

  it("never misreads a known word as keyboard marks", () => {
    expect(words("vneid online")).toEqual(["vneid", "online"]);
    expect(words("khai sinh")).toEqual(["khai", "sinh"]);
  });

  it("writes out Southern speech, chat abbreviations and held-down letters", () => {
    expect(words("má tui hổng nhớ mk")).toEqual(words("mẹ tôi không nhớ mật khẩu"));
    expect(words("đẻ con")).toEqual(words("sinh con"));
    expect(words("quên mật khẩuuuuu")).toEqual(words("quên mật khẩu"));
  });

  it("gives Khmer one spelling per subscript, cuts it into words and reads Khmer digits", () => {
    expect(words("ប្ដូរលេខទូរស័ព្ទ")).toEqual(words("ប្តូរលេខទូរស័ព្ទ"));
    expect(words("ខ្ញុំភ្លេចលេខសម្ងាត់")).toEqual(["ភ្លេច", "ពាក្យសម្ងាត់"]);
    expect(words("អាយុ៧៥ឆ្នាំ")).toContain("75");
  });

  it("keeps nothing of a long message past its first few hundred letters", () => {
    expect(words(`quên mật khẩu ${"a ".repeat(5_000)}khai tử`)).not.toContain("tu");
  });
});

describe("trained weights kept on disk", () => {
  it("loads the same classifier it trained, and trains again when the data changes", () => {
    const dir = mkdtempSync(join(tmpdir(), "nlu-cache-"));
    const samples = [
      { intent: "a", words: ["khai", "sinh"] },
      { intent: "b", words: ["khai", "tu"] },
    ];
    const trained = new IntentClassifier(samples, fileModelCache(dir));
    expect(readdirSync(dir)).toHaveLength(1);
    const loaded = new IntentClassifier(samples, fileModelCache(dir));
    expect(loaded.classify(["sinh"])).toEqual(trained.classify(["sinh"]));
    expect(loaded.classify(["sinh"])[0]!.intent).toBe("a");
    new IntentClassifier([...samples, { intent: "c", words: ["ket", "hon"] }], fileModelCache(dir));
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
