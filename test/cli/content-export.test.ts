/**
 * `npm run cli -- content export`: one Markdown document per language that officials can review
 * without reading YAML or Fluent files.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli.js";
import { loadContent } from "../../src/flows/content.js";
import { languages, type Lang } from "../../src/flows/types.js";

const content = loadContent();
let dir: string;
const docs = {} as Record<Lang, string>;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {}, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "content-export-"));
  const result = await cli("content", "export", "--out", dir);
  expect(result).toMatchObject({ code: 0, err: "" });
  for (const lang of languages) docs[lang] = await readFile(join(dir, `catalogue.${lang}.md`), "utf8");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("npm run cli -- content export", () => {
  it("is listed among the commands", async () => {
    expect((await cli()).out).toContain("content export [--out DIR]");
  });

  it("writes one document per language and says where", async () => {
    const again = await cli("content", "export", `--out=${dir}`);
    expect(again.code).toBe(0);
    for (const lang of languages) expect(again.out).toContain(`catalogue.${lang}.md`);
  });

  it.each(languages)("the %s document has every flow's title, in the main menu's order first", (lang) => {
    const doc = docs[lang];
    for (const flow of content.flows.all()) expect(doc, flow.def.id).toContain(content.texts.t(lang, flow.def.title));
    const menu = doc.slice(0, doc.indexOf("\n## ", doc.indexOf("\n## ") + 1));
    const positions = content.flows.menu.map((f) => menu.indexOf(`[${content.texts.t(lang, f.def.title)}]`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it.each(languages)("the %s document has each procedure's facts, sources, review date and notes to verify", (lang) => {
    const doc = docs[lang];
    for (const flow of content.flows.all()) {
      const def = flow.def;
      if (!def.about) continue;
      for (const fact of ["fee", "time", "handler", "online", "relative"] as const) {
        expect(doc, `${def.id} ${fact}`).toContain(content.texts.t(lang, def.about[fact]).replace(/\s*\n\s*/g, " · "));
      }
      for (const source of def.sources ?? []) expect(doc, def.id).toContain(source);
      for (const note of def.verify ?? []) expect(doc, def.id).toContain(note);
    }
    const birth = content.flows.get("khai-sinh")!.def;
    const section = doc.slice(doc.indexOf('<a id="flow-khai-sinh">'), doc.indexOf("\n---\n", doc.indexOf('<a id="flow-khai-sinh">')));
    expect(section).toContain(content.texts.t(lang, "birth-fee"));
    expect(section).toContain("`birth-fee`"); // the key to look for in locales/*.ftl
    expect(section).toContain(birth.sources![0]!);
    expect(section).toContain(birth.reviewed!);
    expect(section).toContain("content/flows/birth.yaml");
    expect(section).toContain("[verify]");
  });

  it("writes a Khmer review sheet: every text in three languages, the reviewer's columns empty but for the author's literal back-translations", async () => {
    const sheet = await readFile(join(dir, "khmer-review.csv"), "utf8");
    const lines = sheet.replace(/^\ufeff/, "").split("\r\n");
    expect(lines[0]).toBe("key,Tiếng Việt,ខ្មែរ,English,literal back-translation of the Khmer (reviewer; [author] = the Khmer author's own),mark or better wording (reviewer)");
    const row = lines.find((l) => l.startsWith("menu-language,"))!;
    expect(row).toBe(`menu-language,${content.texts.t("vi", "menu-language")},${content.texts.t("km", "menu-language")},${content.texts.t("en", "menu-language")},,`);
    expect(sheet).toContain("pw-steps-6,");
    // The risky texts come with what the Khmer literally says, so a reviewer can check the meaning.
    const land = lines.find((l) => l.startsWith("land-title,"))!;
    expect(land).toMatch(/,"\[author\] 🏞️ Land, certificate of the right to use land",$/);
  });

  it("shows each step's text, its buttons and where each one leads", () => {
    const doc = docs.vi;
    const section = doc.slice(doc.indexOf('<a id="flow-khai-sinh">'), doc.indexOf("\n---\n", doc.indexOf('<a id="flow-khai-sinh">')));
    expect(section).toContain(`> ${content.texts.t("vi", "birth-route").split("\n")[0]}`);
    expect(section).toMatch(/«👶 Làm gộp 3 việc \(bé mới sinh\)» → \[bước \d+ \(`vneid`\)\]\(#step-khai-sinh-vneid\)/);
    expect(section).toMatch(/→ \[mở hướng dẫn «[^»]+»\]\(#flow-vneid\)/); // a button that opens another guide
    expect(section).toContain(`⬜ ${content.texts.t("vi", "birth-paper-chungsinh")}`); // checklist
    expect(section).toContain("⚠️ Trước bước này, Trợ lý hiện cảnh báo lừa đảo");
    expect(doc).toContain(content.texts.t("vi", "scam-warning").split("\n")[0]!);
  });

  it.each(languages)("the %s document shows placeholders readably and every link inside it resolves", (lang) => {
    const doc = docs[lang];
    expect(doc).not.toMatch(/\{\s*\$/);
    expect(doc).toContain(lang === "en" ? "[the commune's one-stop office]" : "[nơi tiếp nhận hồ sơ của xã]");
    const anchors = new Set([...doc.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
    const targets = [...doc.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(100);
    expect(targets.filter((t) => !anchors.has(t))).toEqual([]);
  });

  it("refuses a wrong subcommand or option", async () => {
    expect(await cli("content")).toMatchObject({ code: 2, err: expect.stringContaining("content export [--out DIR]") });
    expect(await cli("content", "import")).toMatchObject({ code: 2, err: expect.stringContaining('không có lệnh con "import"') });
    expect(await cli("content", "export", "--out")).toMatchObject({ code: 2 });
    expect(await cli("content", "export", "--lang", "vi")).toMatchObject({ code: 2 });
  });
});
