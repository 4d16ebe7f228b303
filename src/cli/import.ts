/**
 * `npm run cli -- import FILE.csv`: imports figures kept elsewhere (see src/stats/import.ts for the
 * format and why a re-import never double counts). Prints every bad row and imports nothing when
 * any row is bad (exit code 1).
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { DEFAULT_UNITS_FILE } from "../flows/content.js";
import { importCsv } from "../stats/import.js";
import { formatRange, today } from "../stats/periods.js";
import { UnitCatalogue } from "../units/catalogue.js";
import type { CliCommand } from "./command.js";

export const importCommand: CliCommand = {
  name: "import",
  usage: "FILE.csv",
  summary: "nhập số liệu từ tệp CSV (tiêu đề date,unit,kind,count)",
  async run(args, ctx) {
    const [file, ...extra] = args;
    if (!file || extra.length > 0) {
      ctx.err("Cách dùng: npm run cli -- import FILE.csv");
      return 2;
    }
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (err) {
      ctx.err(`Không đọc được tệp ${file}: ${(err as Error).message}`);
      return 1;
    }
    const catalogue = UnitCatalogue.fromFile(ctx.config.unitsFile ?? DEFAULT_UNITS_FILE);
    const now = ctx.now();
    const result = await importCsv(await ctx.redis(), ctx.config.redis.prefix, catalogue, text, { file: basename(file), now, todayDay: today(now) });
    if (!result.ok) {
      ctx.err(`Không nhập gì cả: tệp ${file} có ${result.problems.length} dòng sai.`);
      for (const p of result.problems) ctx.err(`  dòng ${p.line}: ${p.reason}`);
      return 1;
    }
    const s = result.summary;
    ctx.out(`Đã nhập ${s.rows} dòng từ ${file} (${s.cells} ô số liệu${s.days ? `, ${formatRange(s.days)}` : ""}).`);
    ctx.out(`  Hồ sơ trực tuyến: ${s.totals.online_filing}; tài khoản: ${s.totals.account}.`);
    ctx.out(`  Mới: ${s.added}; thay đổi: ${s.changed}; không đổi (đã nhập trước đó): ${s.unchanged}.`);
    return 0;
  },
};
