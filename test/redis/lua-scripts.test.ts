/**
 * The Lua scripts follow one rule set (src/redis/lua-script.ts): one `.lua` file each, loaded by the
 * one loader, a header that documents KEYS and ARGV, a name that says how many keys it takes, and
 * every key it touches passed in KEYS (never built inside), so Redis Cluster can route each call.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/flows/content.js";

const SRC = join(PROJECT_ROOT, "src");
const files = (ext: string) =>
  readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
const scripts = files(".lua");
const rel = (path: string) => path.slice(SRC.length + 1);

describe("Lua scripts", () => {
  it("are all files, loaded by the one loader, none left inline", () => {
    expect(scripts.length).toBeGreaterThanOrEqual(18);
    const loaded = new Set<string>();
    for (const file of files(".ts")) {
      const code = readFileSync(file, "utf8");
      if (rel(file) !== "redis/lua-script.ts") {
        expect(code, rel(file)).not.toMatch(/new LuaScript\(|defineCommand\(|\.eval\(|\.evalsha\(/);
      }
      for (const m of code.matchAll(/LuaScript\.load\("([^"]+)"\)/g)) loaded.add(m[1]!);
    }
    expect([...loaded].sort()).toEqual(scripts.map(rel).sort());
  });

  it.each(scripts.map((s) => [rel(s), s]))("%s documents its KEYS and ARGV and builds no key", (_name, path) => {
    const source = readFileSync(path, "utf8");
    const header = source.split("\n").filter((line) => line.startsWith("--")).join("\n");
    expect(source.startsWith("-- ")).toBe(true);
    if (/KEYS\[/.test(source.replace(header, ""))) expect(header).toMatch(/KEYS/);
    if (/ARGV\[/.test(source.replace(header, ""))) expect(header).toMatch(/ARGV/);

    // The first argument of every keyed command is a KEYS entry (TIME takes none).
    for (const m of source.matchAll(/redis\.call\('(\w+)'(?:,\s*([^,)]+))?/g)) {
      if (m[1] === "TIME") continue;
      expect(m[2], `${m[0]} in ${path}`).toMatch(/^KEYS\[(\d+|[\w\s*+-]+)\]$/);
    }
    // A name like claim-5.lua promises exactly five keys: the highest KEYS index used.
    const declared = /-(\d+)\.lua$/.exec(path)?.[1];
    if (declared) {
      const used = Math.max(0, ...[...source.matchAll(/KEYS\[(\d+)\]/g)].map((m) => Number(m[1])));
      expect(used).toBe(Number(declared));
    }
  });
});
