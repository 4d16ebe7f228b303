/**
 * The `/thongke` overview: today, this week, this month and this quarter so far, per commune, for
 * online filings and for accounts guided, with totals. All four ranges end today and lie within
 * this quarter, so they are read from at most three months' roll-ups and a few days.
 *
 * A district's handful of communes is one table. A province's hundred or the country's 3,321 would
 * fill dozens of messages, so past FULL_TABLE_MAX rows the overview is hierarchical: one row per
 * province (when there are several), then the ten communes with the most and the ten with the
 * fewest filings this quarter; the full table is in the workbook (/xuatbaocao).
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
  province: string;
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
      province: catalogue.byCode(row.code) ? catalogue.provinceOf(catalogue.byCode(row.code)!) : catalogue.province,
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

/** Beyond this many communes, the overview shows provinces and the top and bottom ten instead. */
export const FULL_TABLE_MAX = 30;
const EXTREMES = 10;

function table(rows: OverviewRow[], pick: (row: OverviewRow) => number[], totals: number[] | null, unitHeader = "Đơn vị"): string[] {
  const columns = [COLUMNS[0]!, { ...COLUMNS[1]!, header: [unitHeader] }, ...COLUMNS.slice(2)];
  const lines = rows.map((r) => [String(r.stt), shortUnitName(r.name), ...pick(r).map(formatCount)]);
  if (totals) lines.push(["", "Tổng số", ...totals.map(formatCount)]);
  return monoTable(columns, lines);
}

/** One row per province: the sums of its communes. */
function provinceRows(overview: Overview): OverviewRow[] {
  const byProvince = new Map<string, OverviewRow>();
  for (const row of overview.rows) {
    let sum = byProvince.get(row.province);
    if (!sum) byProvince.set(row.province, (sum = { stt: byProvince.size + 1, code: row.province, name: row.province, province: row.province, filings: row.filings.map(() => 0), accounts: row.accounts.map(() => 0) }));
    row.filings.forEach((n, i) => (sum.filings[i]! += n));
    row.accounts.forEach((n, i) => (sum.accounts[i]! += n));
  }
  return [...byProvince.values()];
}

/** The communes with the most and the fewest filings this quarter (the last column), renumbered. */
function extremes(overview: Overview): { top: OverviewRow[]; bottom: OverviewRow[] } {
  const quarter = (r: OverviewRow) => r.filings.at(-1) ?? 0;
  const sorted = [...overview.rows].sort((a, b) => quarter(b) - quarter(a) || a.stt - b.stt);
  const renumber = (rows: OverviewRow[]) => rows.map((r, i) => ({ ...r, stt: i + 1 }));
  return { top: renumber(sorted.slice(0, EXTREMES)), bottom: renumber(sorted.slice(-EXTREMES).reverse()) };
}

/** The overview as a document: the dates of each column, then filings and accounts tables. */
export function renderOverview(overview: Overview): ReportDoc {
  const dates = overview.ranges.map(({ label, range }) => `${label}: ${range.from === range.to ? formatDay(range.from) : formatRange(range)}`);
  const head = [title(`Thống kê đến nay (${formatDay(overview.today)})`), paragraph(...dates)];
  if (overview.rows.length <= FULL_TABLE_MAX) {
    return [
      ...head,
      heading("Hồ sơ nộp trực tuyến"),
      tableBlock(table(overview.rows, (r) => r.filings, overview.totals.filings)),
      heading("Tài khoản đã hướng dẫn"),
      tableBlock(table(overview.rows, (r) => r.accounts, overview.totals.accounts)),
    ];
  }
  const provinces = provinceRows(overview);
  const { top, bottom } = extremes(overview);
  const doc: ReportDoc = [...head];
  if (provinces.length > 1) {
    doc.push(
      heading(`Hồ sơ nộp trực tuyến theo tỉnh (${provinces.length} tỉnh, ${formatCount(overview.rows.length)} xã)`),
      tableBlock(table(provinces, (r) => r.filings, overview.totals.filings, "Tỉnh")),
      heading("Tài khoản đã hướng dẫn theo tỉnh"),
      tableBlock(table(provinces, (r) => r.accounts, overview.totals.accounts, "Tỉnh")),
    );
  } else {
    doc.push(paragraph(`Tổng số hồ sơ nộp trực tuyến (${formatCount(overview.rows.length)} xã): ${overview.totals.filings.map(formatCount).join(" · ")}`));
  }
  doc.push(
    heading(`${EXTREMES} xã nhiều hồ sơ nhất quý này`),
    tableBlock(table(top, (r) => r.filings, null)),
    heading(`${EXTREMES} xã ít hồ sơ nhất quý này`),
    tableBlock(table(bottom, (r) => r.filings, null)),
    paragraph(`Bảng đầy đủ ${formatCount(overview.rows.length)} xã: gõ /xuatbaocao để nhận tệp Excel.`),
  );
  return doc;
}
