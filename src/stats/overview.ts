/**
 * The `/thongke` overview: today, this week, this month and this quarter so far, per commune, for
 * online filings and for accounts guided, with totals. All four ranges end today and lie within
 * the last ~92 days, so it is one pipelined read of at most that many days.
 */
import type { UnitScope } from "../roles/role.js";
import type { UnitCatalogue } from "../units/catalogue.js";
import { heading, paragraph, table as tableBlock, title, type ReportDoc } from "./report-doc.js";
import { formatCount, monoTable, shortUnitName, type MonoColumn } from "./mono-table.js";
import { periodContaining, formatDay, formatRange, type Day, type DayRange } from "./periods.js";
import { visibleRows } from "./period-report.js";
import type { StatsReader } from "./report-query.js";
import type { ReportKind } from "./stats-keys.js";
import type { Tally } from "./tally.js";

export interface OverviewRow {
  stt: number;
  code: string;
  name: string;
  /** Today, this week, this month, this quarter. */
  filings: number[];
  accounts: number[];
}

export interface Overview {
  today: Day;
  ranges: { label: string; range: DayRange }[];
  rows: OverviewRow[];
  totals: { filings: number[]; accounts: number[] };
}

/** The four ranges of the overview, each from its period's first day to today. */
export function overviewRanges(todayDay: Day): { label: string; range: DayRange }[] {
  const soFar = (kind: "day" | "week" | "month" | "quarter") => ({ from: periodContaining(kind, todayDay).from, to: todayDay });
  return [
    { label: "Hôm nay", range: soFar("day") },
    { label: "Tuần này", range: soFar("week") },
    { label: "Tháng này", range: soFar("month") },
    { label: "Quý này", range: soFar("quarter") },
  ];
}

export async function buildOverview(reader: StatsReader, todayDay: Day, scope: UnitScope): Promise<Overview> {
  const ranges = overviewRanges(todayDay);
  const tallies = await reader.tallies(ranges.map((r) => r.range));
  return overviewFromTallies(reader.catalogue, todayDay, scope, tallies);
}

export function overviewFromTallies(catalogue: UnitCatalogue, todayDay: Day, scope: UnitScope, tallies: Tally[]): Overview {
  const per = (row: string, kind: ReportKind) => tallies.map((t) => t.get(row, kind));
  const rows = visibleRows(catalogue, scope, tallies);
  const codes = rows.map((r) => r.code);
  return {
    today: todayDay,
    ranges: overviewRanges(todayDay),
    rows: rows.map((row, i) => ({
      stt: i + 1,
      code: row.code,
      name: row.name,
      filings: per(row.code, "online_filing"),
      accounts: per(row.code, "account"),
    })),
    totals: { filings: tallies.map((t) => t.sum(codes, "online_filing")), accounts: tallies.map((t) => t.sum(codes, "account")) },
  };
}

const COLUMNS: readonly MonoColumn[] = [
  { header: ["STT"], align: "right" },
  { header: ["Đơn vị"], align: "left", maxWidth: 15 },
  { header: ["Nay"], align: "right" },
  { header: ["Tuần"], align: "right" },
  { header: ["Tháng"], align: "right" },
  { header: ["Quý"], align: "right" },
];

function table(overview: Overview, pick: (row: OverviewRow) => number[], totals: number[]): string[] {
  const rows = overview.rows.map((r) => [String(r.stt), shortUnitName(r.name), ...pick(r).map(formatCount)]);
  rows.push(["", "Tổng số", ...totals.map(formatCount)]);
  return monoTable(COLUMNS, rows);
}

/** The overview as a document: the dates of each column, then filings and accounts tables. */
export function renderOverview(overview: Overview): ReportDoc {
  const dates = overview.ranges.map(({ label, range }) => `${label}: ${range.from === range.to ? formatDay(range.from) : formatRange(range)}`);
  return [
    title(`Thống kê đến nay (${formatDay(overview.today)})`),
    paragraph(...dates),
    heading("Hồ sơ nộp trực tuyến"),
    tableBlock(table(overview, (r) => r.filings, overview.totals.filings)),
    heading("Tài khoản đã hướng dẫn"),
    tableBlock(table(overview, (r) => r.accounts, overview.totals.accounts)),
  ];
}
