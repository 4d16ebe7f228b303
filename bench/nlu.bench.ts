// Understanding free text: per-message time of the understander (normalise, classify, keyword
// search, combine) beside the keyword search alone and a whole engine turn on the same text, over
// every held-out message; and what the understander costs a fresh process (start-up time with the
// weights cached on disk and trained from scratch, heap kept).
// Bounds from issue 11: under 1 ms at p99 per message, under 20 MB and under 1 s at start-up.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadContent, PROJECT_ROOT } from "../src/flows/content.js";
import { runEngine } from "../src/flows/engine.js";
import type { ChatState } from "../src/flows/types.js";
import { loadLabelled } from "../src/nlu/evaluate.js";
import type { BenchModule } from "./support/bench-module.js";
import { fmt, markdownTable } from "./support/table.js";

const ROUNDS = 30;

interface Row {
  what: string;
  p50: number;
  p99: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function time(what: string, texts: string[], fn: (text: string) => unknown): Row {
  for (const t of texts) fn(t); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const t of texts) {
      const t0 = performance.now();
      fn(t);
      samples.push(performance.now() - t0);
    }
  }
  samples.sort((a, b) => a - b);
  return { what, p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), max: samples.at(-1)! };
}

export const nluBench: BenchModule = {
  id: "nlu",
  title: "Understanding free text (issue 11)",
  async run() {
    const content = loadContent();
    const dir = join(PROJECT_ROOT, "content/nlu");
    const texts = readdirSync(dir)
      .filter((f) => /^heldout-.*\.tsv$/.test(f))
      .flatMap((f) => loadLabelled(join(dir, f)).map((r) => r.text));
    const ctx = {
      flows: content.flows,
      texts: content.texts,
      units: content.units,
      now: () => Date.UTC(2026, 11, 3, 3),
      newSessionId: () => "s",
      understand: (text: string) => content.understander.understand(text),
    };
    const start = runEngine(ctx, null, { kind: "start" }).state;
    const menu: ChatState = { ...start, lang: "vi", unit: content.units.units[0]!.code, flow: undefined, step: undefined };
    const rows = [
      time("keyword search alone (MiniSearch)", texts, (t) => content.search.search(t, "vi")),
      time("understander (normalise + classify + search)", texts, (t) => content.understander.understand(t)),
      time("whole engine turn on the text", texts, (t) => runEngine(ctx, menu, { kind: "text", text: t })),
    ];
    console.log(`${texts.length} held-out messages × ${ROUNDS} rounds, one at a time.\n`);
    console.log(
      markdownTable(
        [
          { header: "per message", cell: (r: Row) => r.what },
          { header: "p50 ms", align: "right", cell: (r: Row) => fmt(r.p50, 3) },
          { header: "p99 ms", align: "right", cell: (r: Row) => fmt(r.p99, 3) },
          { header: "max ms", align: "right", cell: (r: Row) => fmt(r.max, 3) },
        ],
        rows,
      ),
    );
    const child = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", join(PROJECT_ROOT, "bench/support/nlu-startup.ts")], { encoding: "utf8" });
    const startup = JSON.parse(child.trim().split("\n").at(-1)!) as { cachedMs: number; trainMs: number; heapMb: number; examples: number };
    console.log(
      `\nStart-up (fresh process, ${startup.examples} bank examples and the guides' keywords): **${fmt(startup.cachedMs, 0)} ms** ` +
        `with the weights cached on disk (every start after the first with this content), ` +
        `${fmt(startup.trainMs, 0)} ms training from scratch (the first start after a content change); ` +
        `**${fmt(startup.heapMb, 1)} MB** of memory kept (heap and typed arrays). Bounds: 1,000 ms, 20 MB.`,
    );
  },
};
