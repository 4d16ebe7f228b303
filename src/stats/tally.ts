/**
 * Counts per report row (a current commune, or the "other" row), per kind and per source, summed
 * over a range of days. Guided sessions and imported figures are kept apart, so a report can show
 * both and their total.
 */
import { REPORT_KINDS, type ReportKind } from "./stats-keys.js";

export type Source = "guided" | "imported";
export const SOURCES: readonly Source[] = ["guided", "imported"];

/** Slots per row: kind × source. */
export const SLOTS = REPORT_KINDS.length * SOURCES.length;

export function slot(kind: ReportKind, source: Source): number {
  return REPORT_KINDS.indexOf(kind) * SOURCES.length + SOURCES.indexOf(source);
}

export class Tally {
  /** Row key → counts by slot (see `slot`). */
  readonly rows = new Map<string, number[]>();

  add(row: string, index: number, value: number): void {
    let counts = this.rows.get(row);
    if (!counts) this.rows.set(row, (counts = new Array<number>(SLOTS).fill(0)));
    counts[index]! += value;
  }

  /** A row's count of one kind: one source, or both added up when `source` is omitted. */
  get(row: string, kind: ReportKind, source?: Source): number {
    const counts = this.rows.get(row);
    if (!counts) return 0;
    if (source) return counts[slot(kind, source)]!;
    return counts[slot(kind, "guided")]! + counts[slot(kind, "imported")]!;
  }

  /**
   * The count of one kind over the given rows: always the rows a viewer may see, so an official of
   * one commune never learns the district's total from the "Tổng số" line.
   */
  sum(rows: Iterable<string>, kind: ReportKind, source?: Source): number {
    let sum = 0;
    for (const row of rows) sum += this.get(row, kind, source);
    return sum;
  }
}
