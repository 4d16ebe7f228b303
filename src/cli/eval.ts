/**
 * `npm run cli -- eval`: how well free text is understood. For each held-out set
 * (content/nlu/heldout-*.tsv, never trained on) the share of messages whose first answer is right,
 * per language group, off-topic and menu switches apart, how often a guide opened directly was
 * right, and the misses. `--cv` measures 5-fold cross-validation on the example bank instead: the
 * only figures the thresholds may be tuned against.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { CliCommand, CliContext } from "./command.js";
import { loadContent, PROJECT_ROOT } from "../flows/content.js";
import { evaluate, loadLabelled, share, type Labelled, type Report } from "../nlu/evaluate.js";
import { createUnderstander, nluFiles, trainModel } from "../nlu/load.js";

const FOLDS = 5;

export const evalCommand: CliCommand = {
  name: "eval",
  usage: "[--cv] [--misses]",
  summary: "đo độ hiểu tin nhắn: tỉ lệ trả lời đúng ngay lần đầu trên bộ câu giữ riêng",
  async run(args, ctx) {
    const content = loadContent({ unitsFile: ctx.config.unitsFile });
    const search = (text: string) => content.search.search(text, "vi");
    const misses = args.includes("--misses");
    if (args.includes("--cv")) {
      const files = nluFiles(PROJECT_ROOT);
      const all = trainModel(files).examples;
      const rows: Labelled[] = [];
      const reports: Report[] = [];
      for (let fold = 0; fold < FOLDS; fold++) {
        const model = trainModel(files, content.guideTexts, (_, i) => i % FOLDS === fold);
        const understander = createUnderstander(model, search);
        const held = all.filter((_, i) => i % FOLDS === fold).map((e) => ({ expected: [e.intent], group: e.lang, text: e.text }));
        rows.push(...held);
        reports.push(evaluate(held, (t) => understander.understand(t)));
      }
      print(ctx, `Cross-validation on the example bank (${FOLDS} folds, ${rows.length} messages)`, merge(reports), misses);
      return 0;
    }
    const dir = join(PROJECT_ROOT, "content/nlu");
    const sets = readdirSync(dir).filter((f) => /^heldout-.*\.tsv$/.test(f)).sort();
    for (const name of sets) {
      const rows = loadLabelled(join(dir, name));
      print(ctx, `${name} (${rows.length} messages)`, evaluate(rows, (t) => content.understander.understand(t)), misses);
    }
    return 0;
  },
};

function print(ctx: CliContext, title: string, report: Report, misses: boolean) {
  ctx.out(`\n${title}`);
  ctx.out(`  guides, all languages   ${share(report.guides)}`);
  for (const [group, tally] of [...report.groups].sort()) ctx.out(`  ${group.padEnd(24)}${share(tally)}`);
  ctx.out(`  opened directly, right  ${share(report.sure)}`);
  const confusions = new Map<string, number>();
  for (const m of report.misses) {
    const pair = `${m.expected} → ${m.got.replace(/^choose /, "").split(",")[0]}`;
    confusions.set(pair, (confusions.get(pair) ?? 0) + 1);
  }
  const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 8);
  if (top.length > 0) ctx.out(`  most frequent confusions: ${top.map(([k, n]) => `${k} (${n})`).join("; ")}`);
  if (misses) for (const m of report.misses) ctx.out(`    miss: "${m.text}" expected ${m.expected}, got ${m.got}`);
}

function merge(reports: Report[]): Report {
  const out: Report = { groups: new Map(), guides: { right: 0, total: 0 }, sure: { right: 0, total: 0 }, misses: [] };
  for (const r of reports) {
    for (const [g, t] of r.groups) {
      const into = out.groups.get(g) ?? { right: 0, total: 0 };
      into.right += t.right;
      into.total += t.total;
      out.groups.set(g, into);
    }
    out.guides.right += r.guides.right;
    out.guides.total += r.guides.total;
    out.sure.right += r.sure.right;
    out.sure.total += r.sure.total;
    out.misses.push(...r.misses);
  }
  return out;
}
