/**
 * The shape of the code, checked: no import cycles between folders of src/ (each channel under
 * src/bot/ counts as its own folder), and domain folders never reach into channel code. The lint
 * rule says the second per file; this test sees the whole graph.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/flows/content.js";

const SRC = join(PROJECT_ROOT, "src");
const DOMAIN = ["flows", "stats", "broadcast", "roles", "i18n", "units", "handoff", "privacy", "nlu"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** "flows", "bot/telegram", "app.ts"… */
function folderOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  if (parts[0] === "bot" && parts.length > 2) return `bot/${parts[1]}`;
  return parts[0]!;
}

const graph = new Map<string, Set<string>>();
for (const file of files(SRC)) {
  const from = folderOf(file);
  for (const [, spec] of readFileSync(file, "utf8").matchAll(/from "(\.[^"]+)"/g)) {
    const to = folderOf(normalize(join(dirname(file), spec!)));
    if (to !== from) (graph.get(from) ?? graph.set(from, new Set()).get(from)!).add(to);
  }
}

describe("the code's shape", () => {
  it("has no import cycles between folders", () => {
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const next of graph.get(node) ?? []) {
        if (path.includes(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(" → "));
        else visit(next, [...path, next]);
      }
    };
    for (const node of graph.keys()) visit(node, [node]);
    expect(cycles).toEqual([]);
  });

  it("keeps channel code out of the domain folders", () => {
    const leaks = DOMAIN.flatMap((d) => [...(graph.get(d) ?? [])].filter((to) => to.startsWith("bot")).map((to) => `${d} → ${to}`));
    expect(leaks).toEqual([]);
    expect(graph.get("flows")?.size).toBeGreaterThan(0); // the graph was read
  });
});
