/**
 * Checks on the shipped content: every text in every language, every step reachable from the menu
 * by pressing buttons, every screen with a way home, Telegram's limits respected, and nothing that
 * teaches rules which no longer exist.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ONBOARDING } from "../../src/flows/catalogue.js";
import { loadContent, PROJECT_ROOT } from "../../src/flows/content.js";
import { runEngine } from "../../src/flows/engine.js";
import type { EngineContext } from "../../src/flows/engine-context.js";
import type { ValidatorName } from "../../src/flows/schema.js";
import { languages, type ChatState, type EngineInput, type Lang, type Reply } from "../../src/flows/types.js";

const content = loadContent();
const ctx: EngineContext = {
  flows: content.flows,
  texts: content.texts,
  units: content.units,
  now: () => Date.UTC(2026, 10, 24, 3),
  newSessionId: () => "s",
  search: (text, lang) => content.search.search(text, lang),
};

/** Message ids and the placeholders each one uses, read from the Fluent source. */
function placeholders(lang: Lang): Map<string, string> {
  const source = readFileSync(join(PROJECT_ROOT, "locales", `${lang}.ftl`), "utf8");
  const result = new Map<string, string>();
  let current: string | null = null;
  for (const line of source.split("\n")) {
    const head = /^([a-z][a-z0-9-]*)\s*=/.exec(line);
    if (head) {
      current = head[1]!;
      result.set(current, "");
    }
    if (current && (head || /^\s/.test(line))) {
      const vars = [...line.matchAll(/\{\s*\$([a-z_]+)\s*\}/gi)].map((m) => m[1]);
      result.set(current, [...new Set([...result.get(current)!.split(",").filter(Boolean), ...vars])].sort().join(","));
    } else if (!head && line.trim() !== "" && !line.startsWith("#")) current = null;
  }
  return result;
}

describe("locales", () => {
  const vi = placeholders("vi");
  it.each(["km", "en"] as const)("%s has every Vietnamese key with the same placeholders", (lang) => {
    const other = placeholders(lang);
    const missing = [...vi.keys()].filter((k) => !other.has(k));
    expect(missing).toEqual([]);
    const mismatched = [...vi.entries()].filter(([k, v]) => other.get(k) !== v).map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it("the Khmer file says it awaits review by a native speaker", () => {
    const head = readFileSync(join(PROJECT_ROOT, "locales/km.ftl"), "utf8").split("\n").slice(0, 5).join("\n");
    expect(head).toMatch(/native/i);
  });
});

/** A valid answer for each validator, so question steps without a skip button are explored too. */
const sampleAnswers: Record<ValidatorName, string> = { dossier_code: "H62.22-250101-0001", date: "01/07/2025", number: "2", any_text: "xin chào" };

/** Explores every screen reachable by pressing buttons, from the onboarded main menu, in one language. */
function explore(lang: Lang) {
  let start = runEngine(ctx, null, { kind: "start" }).state;
  start = { ...start, lang, unit: content.units.units[0]!.code, flow: undefined, step: undefined };
  const first = runEngine(ctx, start, { kind: "menu" });
  const queue: Array<{ state: ChatState; replies: Reply[] }> = [first];
  const seen = new Set<string>();
  const visited = new Set<string>();
  const screens: Reply[] = [];
  while (queue.length > 0 && seen.size < 5000) {
    const { state, replies } = queue.shift()!;
    screens.push(...replies);
    if (state.flow) visited.add(`${state.flow}/${state.step}`);
    const inputs: EngineInput[] = replies.flatMap((r) => r.buttons?.flat() ?? []).flatMap((b) => ("data" in b ? [{ kind: "button" as const, data: b.data }] : []));
    const step = state.flow && state.step ? ctx.flows.get(state.flow)?.steps.get(state.step) : undefined;
    if (step?.kind === "question") inputs.push({ kind: "text", text: sampleAnswers[step.validate] });
    for (const input of inputs) {
      const next = runEngine(ctx, state, input);
      for (const e of next.events) if (e.type === "step_reached") visited.add(`${e.flow}/${e.step}`);
      // Places, not every combination of ticked papers: that would explode and prove nothing more.
      const { flow, step: at, lang: l, unit, resume, vars } = next.state;
      const key = JSON.stringify([flow, at, l, unit, resume, vars?.assisted]);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(next);
    }
  }
  return { visited, screens };
}

describe.each(languages)("the catalogue in %s", (lang) => {
  const { visited, screens } = explore(lang);

  it("reaches every step of every flow from the main menu", () => {
    const unreachable = [...content.flows.all()]
      .filter((f) => f.def.id !== ONBOARDING)
      .flatMap((f) => f.def.steps.map((s) => `${f.def.id}/${s.id}`))
      .filter((id) => !visited.has(id));
    expect(unreachable).toEqual([]);
  });

  it("offers a way home on every screen and keeps within Telegram's limits", () => {
    const anyHome = new Set(languages.map((l) => content.texts.t(l, "nav-home")));
    // The main menu is home itself (in any language: the language can be changed on the way).
    const menuMarkers = new Set(languages.map((l) => content.texts.t(l, "menu-language")));
    for (const screen of screens.filter((r) => r.buttons?.length)) {
      const isMenu = screen.buttons!.flat().some((b) => menuMarkers.has(b.label));
      if (!isMenu) expect(screen.buttons!.flat().some((b) => anyHome.has(b.label)), screen.text).toBe(true);
      expect(screen.text.length).toBeLessThanOrEqual(4096);
      for (const b of screen.buttons!.flat()) {
        if ("data" in b) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
        else expect(b.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/);
        expect(b.label.trim().length).toBeGreaterThan(0);
      }
    }
  });
});

describe("today's rules", () => {
  const all = ["vi", "km", "en"].map((l) => readFileSync(join(PROJECT_ROOT, "locales", `${l}.ftl`), "utf8")).join("\n");
  const flows = [...content.flows.all()].map((f) => JSON.stringify(f.def)).join("\n");
  it.each([
    ["the closed Trà Vinh provincial portal", /travinh\.gov\.vn/i],
    ['"cấp huyện" as a place to file', /(nộp|nop)[^.\n]{0,40}(cấp huyện|cap huyen|UBND huyện)/i],
    ["registering a portal account for individuals", /đăng ký tài khoản (trên )?Cổng (Dịch vụ công|DVC)/i],
  ])("never mentions %s", (_what, pattern) => {
    expect(all).not.toMatch(pattern);
    expect(flows).not.toMatch(pattern);
  });
});
