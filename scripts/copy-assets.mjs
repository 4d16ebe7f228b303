// After `tsc -p tsconfig.build.json`: copies what the compiled code reads at run time from beside
// itself into dist/: the web chat page and every Lua script (src/**/lua/*.lua), same layout.
import { cpSync, readdirSync } from "node:fs";
import { join } from "node:path";

const from = process.argv[2] ?? "src";
const to = process.argv[3] ?? "dist";

cpSync(join(from, "bot/webchat/public"), join(to, "bot/webchat/public"), { recursive: true });
for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
  if (entry.isFile() && entry.name.endsWith(".lua")) {
    const rel = join(entry.parentPath ?? entry.path, entry.name).slice(from.length + 1);
    cpSync(join(from, rel), join(to, rel));
  }
}
