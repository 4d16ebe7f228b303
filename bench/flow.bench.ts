// Flow benchmark: the same N-step linear flow (message + 2-button inline keyboard per
// step, the user presses "next") in several bot frameworks and in our own engine, all
// keeping state in the same Redis through the same ioredis client.
//
// Per contender and depth: C chats run the whole flow, at most `concurrency` chats in
// flight, the updates of one chat strictly in order. Reported: updates/s (wall clock),
// process CPU µs per update (includes the Redis client, not the Redis server), and the
// state each chat keeps in Redis at the deepest point of the flow (just before the last
// press), measured on a separate set of probe chats under their own key prefix.
import type { Redis } from "ioredis";
import { grammyConversations } from "./contenders/grammy-conversations.js";
import { grammySession } from "./contenders/grammy-session.js";
import { ours } from "./contenders/ours.js";
import { telegrafWizard } from "./contenders/telegraf-wizard.js";
import type { FlowContender, FlowDriver } from "./contenders/types.js";
import type { BenchModule } from "./support/bench-module.js";
import { connectRedis } from "./support/redis-client.js";
import { benchPrefix, deleteByPrefix, measureKeys } from "./support/redis-keys.js";
import { fmt, fmtRatio, markdownTable, type Column } from "./support/table.js";
import { measure, range, runPool } from "./support/timing.js";

export interface FlowBenchOptions {
  depths: number[];
  /** Chats measured per contender and depth (at least; see minUpdates). */
  chats: number;
  /**
   * Shallow flows have few updates per chat, so the measured chats are raised until a run
   * has at least this many updates; otherwise depth 1 would be timed over a few ms.
   */
  minUpdates: number;
  /** Chats in flight at once (same for every contender). */
  concurrency: number;
  /** Warm-up per contender and depth, in updates (on separate chats, not measured). */
  warmupUpdates: number;
  /** Chats used to measure the state size at the deepest point. */
  probeChats: number;
  contenders: FlowContender[];
}

export type FlowRowStatus = "ok" | "unavailable" | "error";

export interface FlowRow {
  contender: string;
  depth: number;
  status: FlowRowStatus;
  note?: string;
  chats: number;
  updates: number;
  wallMs: number;
  updatesPerSec: number;
  cpuUsPerUpdate: number;
  keysPerChat?: number;
  /** Payload bytes per chat (STRLEN of string keys). */
  stateBytesPerChat?: number;
  /** Redis MEMORY USAGE per chat (key + value + object overhead). */
  memoryBytesPerChat?: number;
}

const OURS = ours.name;

function envInt(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

export function defaultFlowOptions(): FlowBenchOptions {
  const depths = (process.env.BENCH_FLOW_DEPTHS ?? "1,10,50")
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  return {
    depths,
    chats: envInt("BENCH_FLOW_CHATS", 200),
    minUpdates: envInt("BENCH_FLOW_MIN_UPDATES", 8000),
    concurrency: envInt("BENCH_FLOW_CONCURRENCY", 64),
    warmupUpdates: envInt("BENCH_FLOW_WARMUP_UPDATES", 2000),
    probeChats: envInt("BENCH_FLOW_PROBE_CHATS", 10),
    contenders: [telegrafWizard, grammySession, grammyConversations, ours],
  };
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** Measured chats for a depth: `chats`, raised so that the run has at least `minUpdates` updates. */
function chatsFor(depth: number, opts: FlowBenchOptions): number {
  return Math.max(opts.chats, Math.ceil(opts.minUpdates / (depth + 1)));
}

function emptyRow(contender: string, depth: number, status: FlowRowStatus, note: string): FlowRow {
  return { contender, depth, status, note, chats: 0, updates: 0, wallMs: 0, updatesPerSec: 0, cpuUsPerUpdate: 0 };
}

/** Verifies chats and summarises failures, or returns null when all are fine. */
function checkChats(driver: FlowDriver, chatIds: readonly number[], presses: number): string | null {
  const failures = chatIds.map((id) => driver.verify(id, presses)).filter((f): f is string => f !== null);
  if (failures.length === 0) return null;
  return `${failures.length}/${chatIds.length} chats wrong; first: ${failures[0]}`;
}

async function runOne(
  redis: Redis,
  basePrefix: string,
  contender: FlowContender,
  depth: number,
  opts: FlowBenchOptions,
): Promise<FlowRow> {
  const prefix = `${basePrefix}${slug(contender.name)}:d${depth}:`;
  const probePrefix = `${basePrefix}${slug(contender.name)}:d${depth}-probe:`;
  const drivers: FlowDriver[] = [];
  try {
    const created = await contender.create({ redis, prefix, depth });
    if (!created.ok) return emptyRow(contender.name, depth, "unavailable", created.reason);
    const driver = created.driver;
    drivers.push(driver);

    // Warm-up on its own chats (JIT, caches, connection), then the measured run.
    const warm = range(1_000_000, Math.max(opts.concurrency, Math.ceil(opts.warmupUpdates / (depth + 1))));
    await runPool(warm, opts.concurrency, (id) => driver.runChat(id, depth));
    const warmProblem = checkChats(driver, warm, depth);
    if (warmProblem) return emptyRow(contender.name, depth, "error", `warm-up: ${warmProblem}`);

    const chats = range(2_000_000, chatsFor(depth, opts));
    const m = await measure(() => runPool(chats, opts.concurrency, (id) => driver.runChat(id, depth)));
    const updates = m.result.reduce((a, b) => a + b, 0);
    const row: FlowRow = {
      contender: contender.name,
      depth,
      status: "ok",
      chats: chats.length,
      updates,
      wallMs: m.wallMs,
      updatesPerSec: updates / (m.wallMs / 1000),
      cpuUsPerUpdate: m.cpuUs / updates,
    };
    const problem = checkChats(driver, chats, depth);
    if (problem) {
      row.status = "error";
      row.note = `did not reach the last step: ${problem}`;
      return row;
    }

    // State size at the deepest point: probe chats stop just before the last press.
    const probeCreated = await contender.create({ redis, prefix: probePrefix, depth });
    if (!probeCreated.ok) throw new Error(`probe instance: ${probeCreated.reason}`);
    const probe = probeCreated.driver;
    drivers.push(probe);
    const probeChats = range(3_000_000, opts.probeChats);
    await runPool(probeChats, opts.concurrency, (id) => probe.runChat(id, depth - 1));
    const probeProblem = checkChats(probe, probeChats, depth - 1);
    if (probeProblem) {
      row.status = "error";
      row.note = `probe: ${probeProblem}`;
      return row;
    }
    const sizes = await measureKeys(redis, probePrefix);
    row.keysPerChat = sizes.keys / probeChats.length;
    row.stateBytesPerChat = sizes.valueBytes / probeChats.length;
    row.memoryBytesPerChat = sizes.memoryBytes / probeChats.length;
    return row;
  } catch (err) {
    const e = err as Error;
    return emptyRow(contender.name, depth, "error", `${e.name}: ${e.message}`.slice(0, 300));
  } finally {
    for (const d of drivers) await d.close?.();
    await deleteByPrefix(redis, prefix);
    await deleteByPrefix(redis, probePrefix);
  }
}

/** Runs the flow benchmark against the Redis at `redisUrl` and returns one row per contender and depth. */
export async function runFlowBench(redisUrl: string, options: Partial<FlowBenchOptions> = {}): Promise<FlowRow[]> {
  const opts = { ...defaultFlowOptions(), ...options };
  const redis = await connectRedis(redisUrl);
  const basePrefix = benchPrefix();
  const rows: FlowRow[] = [];
  const unavailable = new Set<string>();
  try {
    // Process-wide warm-up: every contender once at a middle depth, so whichever runs
    // first does not pay for JIT-compiling the shared code (ioredis, JSON, the pool).
    for (const contender of opts.contenders) {
      const warmDepth = 10;
      const prefix = `${basePrefix}warmup:${slug(contender.name)}:`;
      try {
        const created = await contender.create({ redis, prefix, depth: warmDepth });
        if (created.ok) {
          await runPool(range(500_000, 200), opts.concurrency, (id) => created.driver.runChat(id, warmDepth));
          await created.driver.close?.();
        }
      } catch {
        // Failures show up, with their reason, in the measured runs.
      } finally {
        await deleteByPrefix(redis, prefix);
      }
    }
    for (const depth of opts.depths) {
      for (const contender of opts.contenders) {
        if (unavailable.has(contender.name)) {
          rows.push(emptyRow(contender.name, depth, "unavailable", rows.find((r) => r.contender === contender.name)?.note ?? ""));
          continue;
        }
        const row = await runOne(redis, basePrefix, contender, depth, opts);
        if (row.status === "unavailable") unavailable.add(contender.name);
        rows.push(row);
      }
    }
  } finally {
    await deleteByPrefix(redis, basePrefix);
    await redis.quit();
  }
  return rows;
}

// ---- Report -------------------------------------------------------------------------

const okOnly = (r: FlowRow): string | undefined => (r.status === "ok" ? undefined : "–");

const COLUMNS: Column<FlowRow>[] = [
  { header: "Contender", cell: (r) => r.contender },
  { header: "Depth", align: "right", cell: (r) => String(r.depth) },
  { header: "Updates", align: "right", cell: (r) => okOnly(r) ?? fmt(r.updates) },
  { header: "Updates/s", align: "right", cell: (r) => okOnly(r) ?? fmt(r.updatesPerSec) },
  { header: "CPU µs/update", align: "right", cell: (r) => okOnly(r) ?? fmt(r.cpuUsPerUpdate, 1) },
  { header: "State B/chat", align: "right", cell: (r) => okOnly(r) ?? fmt(r.stateBytesPerChat) },
  { header: "Redis mem B/chat", align: "right", cell: (r) => okOnly(r) ?? fmt(r.memoryBytesPerChat) },
  { header: "Keys/chat", align: "right", cell: (r) => okOnly(r) ?? fmt(r.keysPerChat, 1) },
  {
    header: "Status",
    cell: (r) => (r.status === "ok" ? "ok" : r.status === "unavailable" ? `skipped: ${r.note ?? ""}` : `ERROR: ${r.note ?? ""}`),
  },
];

function find(rows: readonly FlowRow[], contender: string, depth: number): FlowRow | undefined {
  return rows.find((r) => r.contender === contender && r.depth === depth && r.status === "ok");
}

export function formatFlowReport(rows: readonly FlowRow[], opts: FlowBenchOptions = defaultFlowOptions()): string {
  const out: string[] = [];
  out.push(
    `Per run: ${opts.depths.map((d) => `depth ${d}: ${chatsFor(d, opts)} chats`).join(", ")}; ` +
      `${opts.concurrency} chats in flight, the updates of a chat in order; ` +
      `each update = one button press (or the flow start), answered with one message. ` +
      `Warm-up: all contenders once, then ≥${opts.warmupUpdates} updates before each run. ` +
      `CPU = this process (frameworks + ioredis client), not the Redis server. ` +
      `State = all of a contender's keys in Redis per chat, on ${opts.probeChats} probe chats stopped just before the last press.`,
    "",
    markdownTable(COLUMNS, rows),
    "",
  );

  const oursRows = rows.filter((r) => r.contender === OURS);
  if (oursRows.length > 0 && oursRows.every((r) => r.status === "unavailable")) {
    out.push(`ours: ${oursRows[0]?.note ?? "not available yet"}`, "");
  }

  // Ours vs the faster peer at depth 10.
  const peers10 = rows.filter((r) => r.depth === 10 && r.contender !== OURS && r.status === "ok");
  const faster = peers10.sort((a, b) => b.updatesPerSec - a.updatesPerSec)[0];
  const ours10 = find(rows, OURS, 10);
  if (!faster) {
    out.push("Ours / faster peer at depth 10: n/a (no peer result at depth 10)");
  } else if (!ours10) {
    out.push(`Ours / faster peer (${faster.contender}) at depth 10: n/a (no result for ours)`);
  } else {
    out.push(
      `Ours / faster peer (${faster.contender}) at depth 10: ` +
        `throughput ${fmtRatio(ours10.updatesPerSec / faster.updatesPerSec)}, ` +
        `CPU per update ${fmtRatio(ours10.cpuUsPerUpdate / faster.cpuUsPerUpdate)}, ` +
        `state per chat ${fmtRatio((ours10.stateBytesPerChat ?? NaN) / (faster.stateBytesPerChat ?? NaN))}`,
    );
  }

  // Depth-50 / depth-1 cost ratio (CPU per update), ours first, peers for context.
  const names = [OURS, ...new Set(rows.map((r) => r.contender).filter((n) => n !== OURS))];
  const growth = names.map((name) => {
    const d1 = find(rows, name, 1);
    const d50 = find(rows, name, 50);
    return {
      name,
      cpu: d1 && d50 ? d50.cpuUsPerUpdate / d1.cpuUsPerUpdate : undefined,
      state: d1 && d50 ? (d50.stateBytesPerChat ?? NaN) / (d1.stateBytesPerChat ?? NaN) : undefined,
    };
  });
  const oursGrowth = growth[0];
  out.push(
    `Ours depth-50 / depth-1 cost ratio: CPU per update ${fmtRatio(oursGrowth?.cpu)}, state per chat ${fmtRatio(oursGrowth?.state)}` +
      (oursGrowth?.cpu === undefined ? " (no result for ours)" : ""),
    `Peers depth-50 / depth-1 (CPU per update, state per chat): ` +
      growth
        .slice(1)
        .map((g) => `${g.name} ${fmtRatio(g.cpu)}, ${fmtRatio(g.state)}`)
        .join("; "),
  );
  return out.join("\n");
}

export const flowBench: BenchModule = {
  id: "flow",
  title: "Flow engine: N-step linear flow, state in Redis",
  async run(redisUrl) {
    const opts = defaultFlowOptions();
    const rows = await runFlowBench(redisUrl, opts);
    console.log(formatFlowReport(rows, opts));
    if (rows.some((r) => r.status === "error")) process.exitCode = 1;
  },
};
