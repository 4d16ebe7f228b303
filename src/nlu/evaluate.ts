/**
 * Measuring understanding honestly. A labelled message is right when the first answer is right:
 * the guide opened, or the first of the choices offered, is one the label names; a switch or a
 * person when that was asked for; for off-topic chat, an honest "the assistant helps with papers"
 * (or the plain fallback), never a guide.
 */
import { readFileSync } from "node:fs";
import type { Understanding } from "./understanding.js";

export interface Labelled {
  /** Right answers: guide ids, or "@offtopic", "@language", "@commune", "@reminders", "@ask". */
  expected: string[];
  /** vi, vi-plain (typed without diacritics), km, en. */
  group: string;
  text: string;
}

/** A held-out file: `expected<TAB>group<TAB>message` per line, `#` comments. */
export function loadLabelled(file: string): Labelled[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line, i) => {
      const [expected, group, text] = line.split("\t");
      if (!expected || !group || !text) throw new Error(`${file}:${i + 1}: expected three tab-separated columns`);
      return { expected: expected.split("|"), group, text };
    });
}

/** What the first answer was, as one label ("khai-tu", "@offtopic", "@none"…). */
export function firstAnswer(u: Understanding): string {
  switch (u.kind) {
    case "guide":
      return u.id;
    case "choose":
      return u.ids[0]!;
    case "switch":
      return `@${u.what}`;
    default:
      return `@${u.kind}`;
  }
}

export function isRight(expected: readonly string[], u: Understanding): boolean {
  const answer = firstAnswer(u);
  if (expected.includes("@offtopic")) return answer === "@offtopic" || answer === "@none";
  return expected.includes(answer);
}

export interface Tally {
  right: number;
  total: number;
}

export interface Report {
  /** Guides by language group ("vi", "vi-plain", "km", "en"), and "offtopic" and "switch" apart. */
  groups: Map<string, Tally>;
  /** Every message that should find a guide. */
  guides: Tally;
  /** Guides opened directly: how many were right (the confidence's honesty). */
  sure: Tally;
  misses: Array<{ text: string; expected: string; got: string }>;
}

export function evaluate(rows: readonly Labelled[], understand: (text: string) => Understanding): Report {
  const groups = new Map<string, Tally>();
  const guides = { right: 0, total: 0 };
  const sure = { right: 0, total: 0 };
  const misses: Report["misses"] = [];
  for (const row of rows) {
    const u = understand(row.text);
    const right = isRight(row.expected, u);
    const special = row.expected[0]!.startsWith("@");
    const group = !special ? row.group : row.expected[0] === "@offtopic" ? "offtopic" : "switch";
    const tally = groups.get(group) ?? { right: 0, total: 0 };
    groups.set(group, tally);
    tally.total++;
    if (right) tally.right++;
    if (!special) {
      guides.total++;
      if (right) guides.right++;
    }
    if (u.kind === "guide") {
      sure.total++;
      if (right) sure.right++;
    }
    if (!right) misses.push({ text: row.text, expected: row.expected.join("|"), got: describe(u) });
  }
  return { groups, guides, sure, misses };
}

function describe(u: Understanding): string {
  return u.kind === "choose" ? `choose ${u.ids.join(", ")}` : firstAnswer(u);
}

export function share(t: Tally): string {
  return t.total === 0 ? "–" : `${((100 * t.right) / t.total).toFixed(1)}% (${t.right}/${t.total})`;
}
