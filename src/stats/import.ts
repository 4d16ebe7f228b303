/**
 * Import of online-filing and account figures kept elsewhere (the portal's exports, the 2023
 * report), from a CSV with the header `date,unit,kind,count`.
 *
 * - All or nothing: every row is checked first; a file with any bad row imports nothing, and every
 *   bad row is listed with its line number and the reason.
 * - Units are found by code, current name or old name, ignoring case and diacritics, and counted
 *   under the commune that the catalogue says they belong to now.
 * - Its own source: imported figures live in `stats:import:day:{<day>}` hashes, apart from the guided
 *   sessions, so reports can show both and their total.
 * - Re-importing never double counts, because each cell (day, unit, kind) is SET to the file's value
 *   rather than added: importing the same file twice changes nothing, and importing a corrected file
 *   replaces the figures it lists. Within one file, rows of old units that now belong to the same
 *   commune (Ngọc Biên and Tân Hiệp → Long Hiệp) are added up first; so the figures of one commune
 *   and day belong in one file. The cells are written in one MULTI, so a crash imports nothing.
 */
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import type { RedisClient } from "../redis/connection.js";
import { fold } from "../text/fold.js";
import type { UnitCatalogue } from "../units/catalogue.js";
import { isValidDay, type Day } from "./periods.js";
import { recomputeRollups } from "./rollup-recompute.js";
import { REPORT_KINDS, StatsKeys, type ReportKind } from "./stats-keys.js";
import { execOrThrow } from "../redis/transaction.js";

export const IMPORT_HEADER = ["date", "unit", "kind", "count"] as const;
/** A day's count above this is surely a typing mistake. */
const MAX_COUNT = 1_000_000;

export interface ImportProblem {
  /** 1-based line number in the file. */
  line: number;
  reason: string;
}

/** One cell to write: the figure of one kind for one unit on one day. */
export interface ImportCell {
  day: Day;
  unit: string;
  kind: ReportKind;
  count: number;
}

export type ImportCheck = { ok: true; cells: ImportCell[]; rows: number } | { ok: false; problems: ImportProblem[] };

/**
 * Checks a whole file without touching Redis. `todayDay` rejects figures dated in the future.
 */
export function checkImport(text: string, catalogue: UnitCatalogue, todayDay: Day): ImportCheck {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as Error & { lines?: number };
    return { ok: false, problems: [{ line: e.lines ?? 1, reason: `tệp CSV không đọc được (${e.message})` }] };
  }
  const [head, ...rows] = records;
  const header = head?.record.map((h) => h.toLowerCase()) ?? [];
  if (header.join(",") !== IMPORT_HEADER.join(",")) {
    return { ok: false, problems: [{ line: head?.info.lines ?? 1, reason: `dòng tiêu đề phải là "${IMPORT_HEADER.join(",")}" (đang là "${header.join(",")}")` }] };
  }

  const problems: ImportProblem[] = [];
  const cells = new Map<string, ImportCell>();
  /** (day, unit as typed, kind) → first line, to catch the same row given twice. */
  const seen = new Map<string, number>();
  for (const { record, info } of rows) {
    const line = info.lines;
    const reasons: string[] = [];
    if (record.length !== IMPORT_HEADER.length) {
      problems.push({ line, reason: `cần ${IMPORT_HEADER.length} cột, dòng này có ${record.length}` });
      continue;
    }
    const [date, unitText, kindText, countText] = record as [string, string, string, string];
    if (!isValidDay(date)) reasons.push(`ngày "${date}" không hợp lệ (cần dạng YYYY-MM-DD)`);
    else if (date > todayDay) reasons.push(`ngày ${date} chưa tới`);
    const unit = unitText ? catalogue.resolve(unitText)?.unit : undefined;
    if (!unit) reasons.push(unitText ? `không tìm thấy đơn vị "${unitText}"` : "thiếu đơn vị");
    const kind = REPORT_KINDS.find((k) => k === kindText.toLowerCase());
    if (!kind) reasons.push(`loại "${kindText}" không hợp lệ (cần ${REPORT_KINDS.join(" hoặc ")})`);
    const count = /^\d+$/.test(countText) ? Number(countText) : NaN;
    if (!Number.isSafeInteger(count) || count > MAX_COUNT) reasons.push(`số lượng "${countText}" không hợp lệ (cần số nguyên từ 0 đến ${MAX_COUNT})`);
    if (reasons.length === 0 && unit && kind) {
      const typed = `${date}|${fold(unitText)}|${kind}`;
      const first = seen.get(typed);
      if (first !== undefined) reasons.push(`trùng với dòng ${first}`);
      else seen.set(typed, line);
    }
    if (reasons.length > 0 || !unit || !kind) {
      problems.push({ line, reason: reasons.join("; ") });
      continue;
    }
    const key = `${date}|${unit.code}|${kind}`;
    const cell = cells.get(key);
    if (cell) cell.count += count;
    else cells.set(key, { day: date, unit: unit.code, kind, count });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, cells: [...cells.values()], rows: rows.length };
}

export interface ImportSummary {
  rows: number;
  cells: number;
  /** Cells that had no imported value before. */
  added: number;
  /** Cells whose value changed. */
  changed: number;
  /** Cells already holding the same value (a re-import). */
  unchanged: number;
  totals: Record<ReportKind, number>;
  days: { from: Day; to: Day } | null;
}

/**
 * Writes checked cells in one transaction, and notes the import (file name, content hash, rows)
 * in the imports stream.
 */
export async function applyImport(
  redis: RedisClient,
  prefix: string,
  check: Extract<ImportCheck, { ok: true }>,
  meta: { file: string; sha256: string; at: number },
): Promise<ImportSummary> {
  const keys = new StatsKeys(prefix);
  const { cells } = check;
  const field = (c: ImportCell) => `${c.unit}|${c.kind}`;

  // Previous values, only to tell the operator what changed.
  const before = await Promise.all(cells.map((c) => redis.hget(keys.importDay(c.day), field(c))));

  // One transaction per day (a day's keys share a Redis Cluster slot). Values are set, never added,
  // so an import cut short by a crash is completed by importing the file again. The generation is
  // bumped last: readers drop cached days only once every day is written.
  const byDay = new Map<string, ImportCell[]>();
  for (const c of cells) byDay.set(c.day, [...(byDay.get(c.day) ?? []), c]);
  for (const [day, dayCells] of byDay) {
    await execOrThrow(redis.multi().hset(keys.importDay(day), Object.fromEntries(dayCells.map((c) => [field(c), c.count]))), "import");
  }
  // Then the months and years above those days, added up again from their days.
  await recomputeRollups(redis, keys, byDay.keys(), "imported");
  const units = [...new Set(cells.map((c) => c.unit))];
  const tx = redis.multi();
  if (units.length > 0) tx.sadd(keys.units, ...units);
  tx.incr(keys.importGeneration);
  tx.xadd(keys.imports, "*", "file", meta.file, "sha256", meta.sha256, "rows", String(check.rows), "cells", String(cells.length), "at", String(meta.at));
  await execOrThrow(tx, "import");

  const summary: ImportSummary = { rows: check.rows, cells: cells.length, added: 0, changed: 0, unchanged: 0, totals: { online_filing: 0, account: 0 }, days: null };
  cells.forEach((c, i) => {
    const old = before[i];
    if (old === null || old === undefined) summary.added++;
    else if (Number(old) === c.count) summary.unchanged++;
    else summary.changed++;
    summary.totals[c.kind] += c.count;
    if (!summary.days) summary.days = { from: c.day, to: c.day };
    else {
      if (c.day < summary.days.from) summary.days.from = c.day;
      if (c.day > summary.days.to) summary.days.to = c.day;
    }
  });
  return summary;
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; problems: ImportProblem[] };

/** Checks and, when every row is good, imports a CSV text. */
export async function importCsv(
  redis: RedisClient,
  prefix: string,
  catalogue: UnitCatalogue,
  text: string,
  opts: { file: string; now: number; todayDay: Day },
): Promise<ImportResult> {
  const check = checkImport(text, catalogue, opts.todayDay);
  if (!check.ok) return check;
  const sha256 = createHash("sha256").update(text).digest("hex");
  return { ok: true, summary: await applyImport(redis, prefix, check, { file: opts.file, sha256, at: opts.now }) };
}
