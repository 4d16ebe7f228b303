// Flow benchmark: the same N-step linear flow (message + 2-button inline keyboard per
// step, the user presses "next") in several bot frameworks and in our own engine, all
// keeping state in the same Redis through the same ioredis client.
//
// Per contender and depth: C chats run the whole flow, at most `concurrency` chats in
// flight, the updates of one chat strictly in order. Reported: updates/s (wall clock),
// process CPU µs per update (includes the Redis client, not the Redis server), and the
// state each chat keeps in Redis at the deepest point of the flow (just before the last
// press), measured on a separate set of probe chats under their own key prefix.
import type { RedisClient } from "../src/redis/connection.js";
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
  /** Measured rounds per contender and depth, interleaved across contenders; rows show the median. */
  rounds: number;
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
  /** Median over rounds. */
  updatesPerSec: number;
  /** (max - min) / median of the rounds' updates/s: how noisy the host was. */
  updatesPerSecSpread?: number;
  /** Median over rounds. */
  cpuUsPerUpdate: number;
  keysPerChat?: number;
  /** Payload bytes per chat over all the contender's keys (STRLEN of string keys). */
  stateBytesPerChat?: number;
  /** Payload bytes of each chat's largest key (mean of the `probeChats` largest keys): the flow state proper. */
  mainKeyBytesPerChat?: number;
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
    rounds: envInt("BENCH_FLOW_ROUNDS", 3),
    probeChats: envInt("BENCH_FLOW_PROBE_CHATS", 10),
    contenders: [telegrafWizard, grammySession, grammyConversations, ours],
  };
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** Measured chats for a depth, over all rounds: `chats`, raised so that there are at least `minUpdates` updates. */
function chatsFor(depth: number, opts: FlowBenchOptions): number {
  const perRound = Math.max(opts.concurrency, Math.ceil(Math.max(opts.chats, Math.ceil(opts.minUpdates / (depth + 1))) / opts.rounds));
  return perRound * opts.rounds;
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

interface Entry {
  contender: FlowContender;
  prefix: string;
  probePrefix: string;
  driver?: FlowDriver;
  /** Set once the contender is out of the race (unavailable or failed). */
  row?: FlowRow;
  rounds: { updates: number; wallMs: number; cpuUs: number }[];
  chats: number;
}

function fail(entry: Entry, depth: number, note: string): void {
  entry.row = emptyRow(entry.contender.name, depth, "error", note.slice(0, 300));
}

function errorText(err: unknown): string {
  const e = err as Error;
  return `${e.name}: ${e.message}`;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Runs every contender at one depth. The measured rounds are interleaved (round 1 of each
 * contender, then round 2 of each, ...) so that background load on the host hits all
 * contenders alike; rows report the median round.
 */
async function runDepth(
  redis: RedisClient,
  basePrefix: string,
  contenders: readonly FlowContender[],
  depth: number,
  opts: FlowBenchOptions,
): Promise<FlowRow[]> {
  const entries: Entry[] = contenders.map((contender) => ({
    contender,
    prefix: `${basePrefix}${slug(contender.name)}:d${depth}:`,
    probePrefix: `${basePrefix}${slug(contender.name)}:d${depth}-probe:`,
    rounds: [],
    chats: 0,
  }));
  const live = (): Entry[] => entries.filter((e) => e.row === undefined && e.driver !== undefined);
  const perRound = Math.max(opts.concurrency, Math.ceil(chatsFor(depth, opts) / opts.rounds));
  const drivers: FlowDriver[] = [];
  try {
    // Create and warm up (JIT, caches) on chats of their own.
    for (const entry of entries) {
      try {
        const created = await entry.contender.create({ redis, prefix: entry.prefix, depth });
        if (!created.ok) {
          entry.row = emptyRow(entry.contender.name, depth, "unavailable", created.reason);
          continue;
        }
        const driver = created.driver;
        entry.driver = driver;
        drivers.push(driver);
        const warm = range(1_000_000, Math.max(opts.concurrency, Math.ceil(opts.warmupUpdates / (depth + 1))));
        await runPool(warm, opts.concurrency, (id) => driver.runChat(id, depth));
        const problem = checkChats(driver, warm, depth);
        if (problem) fail(entry, depth, `warm-up: ${problem}`);
      } catch (err) {
        fail(entry, depth, errorText(err));
      }
    }

    // Measured rounds, interleaved across contenders.
    for (let r = 0; r < opts.rounds; r++) {
      const chats = range(2_000_000 + r * 100_000, perRound);
      for (const entry of live()) {
        const driver = entry.driver as FlowDriver;
        try {
          const m = await measure(() => runPool(chats, opts.concurrency, (id) => driver.runChat(id, depth)));
          entry.rounds.push({ updates: m.result.reduce((a, b) => a + b, 0), wallMs: m.wallMs, cpuUs: m.cpuUs });
          entry.chats += chats.length;
          const problem = checkChats(driver, chats, depth);
          if (problem) fail(entry, depth, `did not reach the last step: ${problem}`);
        } catch (err) {
          fail(entry, depth, errorText(err));
        }
      }
    }

    // State size at the deepest point: probe chats, under a prefix of their own, stop
    // just before the last press.
    for (const entry of live()) {
      try {
        const created = await entry.contender.create({ redis, prefix: entry.probePrefix, depth });
        if (!created.ok) throw new Error(`probe instance: ${created.reason}`);
        const probe = created.driver;
        drivers.push(probe);
        const probeChats = range(3_000_000, opts.probeChats);
        await runPool(probeChats, opts.concurrency, (id) => probe.runChat(id, depth - 1));
        const problem = checkChats(probe, probeChats, depth - 1);
        if (problem) {
          fail(entry, depth, `probe: ${problem}`);
          continue;
        }
        const sizes = await measureKeys(redis, entry.probePrefix);
        const rates = entry.rounds.map((x) => x.updates / (x.wallMs / 1000));
        entry.row = {
          contender: entry.contender.name,
          depth,
          status: "ok",
          chats: entry.chats,
          updates: entry.rounds.reduce((a, x) => a + x.updates, 0),
          wallMs: entry.rounds.reduce((a, x) => a + x.wallMs, 0),
          updatesPerSec: median(rates),
          updatesPerSecSpread: (Math.max(...rates) - Math.min(...rates)) / median(rates),
          cpuUsPerUpdate: median(entry.rounds.map((x) => x.cpuUs / x.updates)),
          keysPerChat: sizes.keys / probeChats.length,
          stateBytesPerChat: sizes.valueBytes / probeChats.length,
          mainKeyBytesPerChat: sizes.perKey.slice(0, probeChats.length).reduce((a, b) => a + b, 0) / probeChats.length,
          memoryBytesPerChat: sizes.memoryBytes / probeChats.length,
        };
      } catch (err) {
        fail(entry, depth, errorText(err));
      }
    }
  } finally {
    for (const d of drivers) await d.close?.();
    for (const e of entries) {
      await deleteByPrefix(redis, e.prefix);
      await deleteByPrefix(redis, e.probePrefix);
    }
  }
  return entries.map((e) => e.row ?? emptyRow(e.contender.name, depth, "error", "no result"));
}

/** Runs the flow benchmark against the Redis at `redisUrl` and returns one row per contender and depth. */
export async function runFlowBench(redisUrl: string, options: Partial<FlowBenchOptions> = {}): Promise<FlowRow[]> {
  const opts = { ...defaultFlowOptions(), ...options };
  const redis = await connectRedis(redisUrl);
  const basePrefix = benchPrefix();
  const rows: FlowRow[] = [];
  try {
    // Process-wide warm-up: every contender once at a middle depth, so whichever runs
    // first does not pay for JIT-compiling the shared code (ioredis, JSON, the pool).
    let contenders = opts.contenders;
    const skipped: FlowRow[] = [];
    for (const contender of opts.contenders) {
      const warmDepth = 10;
      const prefix = `${basePrefix}warmup:${slug(contender.name)}:`;
      try {
        const created = await contender.create({ redis, prefix, depth: warmDepth });
        if (created.ok) {
          await runPool(range(500_000, 200), opts.concurrency, (id) => created.driver.runChat(id, warmDepth));
          await created.driver.close?.();
        } else {
          // Unavailable (e.g. not written yet): skip it at every depth.
          contenders = contenders.filter((c) => c !== contender);
          for (const depth of opts.depths) skipped.push(emptyRow(contender.name, depth, "unavailable", created.reason));
        }
      } catch {
        // Failures show up, with their reason, in the measured runs.
      } finally {
        await deleteByPrefix(redis, prefix);
      }
    }
    for (const depth of opts.depths) {
      const depthRows = await runDepth(redis, basePrefix, contenders, depth, opts);
      for (const c of opts.contenders) {
        const row = depthRows.find((r) => r.contender === c.name) ?? skipped.find((r) => r.contender === c.name && r.depth === depth);
        if (row) rows.push(row);
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
  { header: "Spread", align: "right", cell: (r) => okOnly(r) ?? `±${fmt(((r.updatesPerSecSpread ?? 0) / 2) * 100)}%` },
  { header: "CPU µs/update", align: "right", cell: (r) => okOnly(r) ?? fmt(r.cpuUsPerUpdate, 1) },
  { header: "State B/chat", align: "right", cell: (r) => okOnly(r) ?? fmt(r.stateBytesPerChat) },
  { header: "Largest key B/chat", align: "right", cell: (r) => okOnly(r) ?? fmt(r.mainKeyBytesPerChat) },
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
    `Chats per contender: ${opts.depths.map((d) => `depth ${d}: ${chatsFor(d, opts)}`).join(", ")}, ` +
      `in ${opts.rounds} rounds interleaved across contenders (median round shown; Spread = half the min–max range of updates/s); ` +
      `${opts.concurrency} chats in flight, the updates of a chat in order; ` +
      `each update = one button press (or the flow start), answered with one message. ` +
      `Warm-up: all contenders once, then ≥${opts.warmupUpdates} updates before each run. ` +
      `CPU = this process (frameworks + ioredis client), not the Redis server. ` +
      `State = payload bytes (STRLEN) of all of a contender's keys in Redis per chat, on ${opts.probeChats} probe chats stopped just before the last press; ` +
      `Largest key = the chat's biggest key only (the flow state without side keys such as update-id marks); Redis mem = MEMORY USAGE.`,
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
        `state per chat ${fmtRatio((ours10.stateBytesPerChat ?? NaN) / (faster.stateBytesPerChat ?? NaN))} ` +
        `(largest key ${fmtRatio((ours10.mainKeyBytesPerChat ?? NaN) / (faster.mainKeyBytesPerChat ?? NaN))}, ` +
        `Redis memory ${fmtRatio((ours10.memoryBytesPerChat ?? NaN) / (faster.memoryBytesPerChat ?? NaN))})`,
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
