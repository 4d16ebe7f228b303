/**
 * The period report as a document (report-doc.ts): the dates compared, the table, then the
 * guided/imported split, accounts and, for a period still running, the whole previous period. The
 * result is deterministic, so tests compare it exactly.
 */
import { heading, paragraph, table, title, type ReportDoc } from "./report-doc.js";
import { dayCount, formatRange } from "./periods.js";
import type { PeriodReport, ReportLine } from "./period-report.js";
import { formatChange, formatCount, formatPercent, monoTable, shortUnitName, type MonoColumn } from "./mono-table.js";

export const REPORT_COLUMNS: readonly MonoColumn[] = [
  { header: ["STT"], align: "right" },
  { header: ["Đơn vị"], align: "left", maxWidth: 15 },
  { header: ["Kỳ", "trước"], align: "right" },
  { header: ["Kỳ", "này"], align: "right" },
  { header: ["Tăng"], align: "right" },
  { header: ["%"], align: "right" },
];

/**
 * Past this many rows (a province's 124 communes still fit a few messages; the country's 3,321
 * would fill dozens) the report in the chat shows a row per province and the top and bottom ten;
 * every commune is in the workbook (/xuatbaocao).
 */
export const PERIOD_TABLE_MAX = 150;
const EXTREMES = 10;

type Row = Pick<ReportLine, "stt" | "name" | "previous" | "current">;

/** The table's lines (header, one line per row, the total unless `withTotal` is false). */
export function reportTableLines(report: Pick<PeriodReport, "lines" | "total">, opts: { unitHeader?: string; withTotal?: boolean } = {}): string[] {
  const line = (l: Row) => [String(l.stt), shortUnitName(l.name), formatCount(l.previous), formatCount(l.current), formatChange(l.current - l.previous), formatPercent(l.previous, l.current)];
  const rows = report.lines.map(line);
  if (opts.withTotal !== false) rows.push(line({ stt: 0, name: "Tổng số", ...report.total }).map((cell, i) => (i === 0 ? "" : cell)));
  const columns = opts.unitHeader ? [REPORT_COLUMNS[0]!, { ...REPORT_COLUMNS[1]!, header: [opts.unitHeader] }, ...REPORT_COLUMNS.slice(2)] : REPORT_COLUMNS;
  return monoTable(columns, rows);
}

/** A row per province: the sums of its communes, numbered in catalogue order. */
function provinceLines(report: PeriodReport): ReportLine[] {
  const byProvince = new Map<string, ReportLine>();
  for (const l of report.lines) {
    let sum = byProvince.get(l.province);
    if (!sum) byProvince.set(l.province, (sum = { ...l, stt: byProvince.size + 1, code: l.province, name: l.province, previous: 0, current: 0 }));
    sum.previous += l.previous;
    sum.current += l.current;
  }
  return [...byProvince.values()];
}

/** The table, or past PERIOD_TABLE_MAX rows the provinces and the communes at both ends. */
function tableBlocks(report: PeriodReport): ReportDoc {
  if (report.lines.length <= PERIOD_TABLE_MAX) return [table(reportTableLines(report))];
  const provinces = provinceLines(report);
  const sorted = [...report.lines].sort((a, b) => b.current - a.current || a.stt - b.stt);
  const renumber = (lines: ReportLine[]) => lines.map((l, i) => ({ ...l, stt: i + 1 }));
  const blocks: ReportDoc = [];
  if (provinces.length > 1) blocks.push(heading(`Theo tỉnh (${provinces.length} tỉnh, ${formatCount(report.lines.length)} xã)`), table(reportTableLines({ lines: provinces, total: report.total }, { unitHeader: "Tỉnh" })));
  else blocks.push(paragraph(`Tổng số (${formatCount(report.lines.length)} xã): kỳ trước ${formatCount(report.total.previous)}, kỳ này ${formatCount(report.total.current)}.`));
  blocks.push(
    heading(`${EXTREMES} xã nhiều hồ sơ nhất kỳ này`),
    table(reportTableLines({ lines: renumber(sorted.slice(0, EXTREMES)), total: report.total }, { withTotal: false })),
    heading(`${EXTREMES} xã ít hồ sơ nhất kỳ này`),
    table(reportTableLines({ lines: renumber(sorted.slice(-EXTREMES).reverse()), total: report.total }, { withTotal: false })),
    paragraph(`Bảng đầy đủ ${formatCount(report.lines.length)} xã: gõ /xuatbaocao để nhận tệp Excel.`),
  );
  return blocks;
}

/** "Kỳ này" and "Kỳ trước" lines naming the exact dates. */
export function comparedDates(report: PeriodReport): string[] {
  const { comparison: c } = report;
  const running = c.current.to !== c.period.to;
  const days = dayCount(c.current);
  const now = running ? `${report.currentName} đến nay, ${formatRange(c.current)} (${days} ngày)` : `${report.currentName}, ${formatRange(c.current)}`;
  let before: string;
  if (c.kind === "range" || c.kind === "day") before = `${dayCount(c.previous)} ngày liền trước, ${formatRange(c.previous)}`;
  else if (running) before = `${dayCount(c.previous)} ngày đầu ${report.previousName}, ${formatRange(c.previous)}`;
  else before = `${report.previousName}, ${formatRange(c.previous)}`;
  return [`Kỳ này: ${now}`, `Kỳ trước: ${before}`];
}

export function renderPeriodReport(report: PeriodReport): ReportDoc {
  const parts: ReportDoc = [title(`Hồ sơ nộp trực tuyến: ${report.currentName}`), paragraph(...comparedDates(report)), ...tableBlocks(report)];
  const notes = [
    `Trong đó kỳ này: qua trợ lý ${formatCount(report.currentSplit.guided)}, nhập từ nguồn khác ${formatCount(report.currentSplit.imported)}.`,
    `Tài khoản đã hướng dẫn: kỳ trước ${formatCount(report.accounts.previous)}, kỳ này ${formatCount(report.accounts.current)}.`,
  ];
  const whole = report.wholePrevious;
  if (whole) {
    const share = whole.total > 0 ? `; kỳ này đã bằng ${formatCount(Math.round((report.total.current / whole.total) * 100))}%` : "";
    notes.push(`Cả ${report.previousName} (${formatRange(whole.range)}): ${formatCount(whole.total)} hồ sơ${share}.`);
  }
  parts.push(paragraph(...notes));
  return parts;
}
