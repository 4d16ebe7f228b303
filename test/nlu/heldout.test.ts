/**
 * Floors on the held-out sets (content/nlu/heldout-*.tsv): messages written before tuning and never
 * trained on, so a later change to the bank, the lexicon, the guides' keywords or the thresholds
 * cannot silently make the assistant understand people worse. Each floor sits a little under what
 * the set measured when it was first run (see content/nlu/ROUNDS.md), never above a figure not
 * yet reached.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent, PROJECT_ROOT } from "../../src/flows/content.js";
import { evaluate, loadLabelled, share } from "../../src/nlu/evaluate.js";
import { loadExamples } from "../../src/nlu/examples.js";
import { fold } from "../../src/text/fold.js";

const content = loadContent();
const dir = join(PROJECT_ROOT, "content/nlu");
const sets = readdirSync(dir).filter((f) => /^heldout-.*\.tsv$/.test(f)).sort();
const all = sets.flatMap((f) => loadLabelled(join(dir, f)));

/** Share of first answers that must be right, per group, across every held-out set. */
const FLOORS: Record<string, number> = {
  guides: 0.9,
  vi: 0.88,
  "vi-plain": 0.9,
  km: 0.85,
  en: 0.85,
  offtopic: 0.75,
  switch: 0.85,
};

describe("understanding on messages never trained on", () => {
  it("has enough held-out messages in every language", () => {
    const count = (group: string) => all.filter((r) => r.group === group).length;
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(count("km")).toBeGreaterThanOrEqual(20);
    expect(count("en")).toBeGreaterThanOrEqual(10);
  });

  it("keeps every held-out message out of the example bank", () => {
    const bank = new Set(loadExamples(join(dir, "examples")).map((e) => fold(e.text)));
    expect(all.filter((r) => bank.has(fold(r.text))).map((r) => r.text)).toEqual([]);
  });

  it("names only guides and answers that exist", () => {
    const special = new Set(["@offtopic", "@language", "@commune", "@reminders", "@ask"]);
    const unknown = all.flatMap((r) => r.expected).filter((e) => !special.has(e) && !content.flows.get(e));
    expect(unknown).toEqual([]);
  });

  it("answers right first at least at each group's floor", () => {
    const report = evaluate(all, (text) => content.understander.understand(text));
    const measured: Record<string, string> = { guides: share(report.guides) };
    for (const [group, tally] of report.groups) measured[group] = share(tally);
    console.log(`held-out (${all.length} messages): ${Object.entries(measured).map(([g, s]) => `${g} ${s}`).join("; ")}`);
    const below = Object.entries(FLOORS).filter(([group, floor]) => {
      const tally = group === "guides" ? report.guides : report.groups.get(group);
      return !tally || tally.right / tally.total < floor;
    });
    expect(below.map(([g, f]) => `${g} < ${f}: ${measured[g]}`)).toEqual([]);
  });
});
