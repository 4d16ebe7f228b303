/**
 * The period report as a document (report-doc.ts): the dates compared, the table, then the
 * guided/imported split, accounts and, for a period still running, the whole previous period. The
 * result is deterministic, so tests compare it exactly.
 */
import { paragraph, table, title, type ReportDoc } from "./report-doc.js";
import { dayCount, formatRange } from "./periods.js";
import type { PeriodReport } from "./period-report.js";
import { formatChange, formatCount, formatPercent, monoTable, shortUnitName, type MonoColumn } from "./mono-table.js";

export const REPORT_COLUMNS: readonly MonoColumn[] = [
  { header: ["STT"], align: "right" },
  { header: ["Đơn vị"], align: "left", maxWidth: 15 },
  { header: ["Kỳ", "trước"], align: "right" },
  { header: ["Kỳ", "này"], align: "right" },
  { header: ["Tăng"], align: "right" },
  { header: ["%"], align: "right" },
];

/** The table's lines (header, one line per visible row, the total). */
export function reportTableLines(report: PeriodReport): string[] {
  const rows = report.lines.map((l) => [
    String(l.stt),
    shortUnitName(l.name),
    formatCount(l.previous),
    formatCount(l.current),
    formatChange(l.current - l.previous),
    formatPercent(l.previous, l.current),
  ]);
  const { previous, current } = report.total;
  rows.push(["", "Tổng số", formatCount(previous), formatCount(current), formatChange(current - previous), formatPercent(previous, current)]);
  return monoTable(REPORT_COLUMNS, rows);
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
  const parts: ReportDoc = [title(`Hồ sơ nộp trực tuyến: ${report.currentName}`), paragraph(...comparedDates(report)), table(reportTableLines(report))];
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
