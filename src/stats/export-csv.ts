/**
 * The period report as CSV (UTF-8 with a byte-order mark, so Excel shows Vietnamese correctly):
 * the same columns as the workbook, one line per unit and the total.
 */
import type { PeriodReport } from "./period-report.js";
import { XLSX_HEADERS } from "./export-xlsx.js";

const quote = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

function percent(previous: number, current: number): string {
  if (previous === 0) return current === 0 ? "" : "mới";
  return (((current - previous) / previous) * 100).toFixed(1);
}

export function reportCsv(report: PeriodReport): string {
  const lines = [XLSX_HEADERS.map(quote).join(",")];
  for (const l of report.lines) {
    lines.push([l.stt, l.name, l.previous, l.current, l.current - l.previous, percent(l.previous, l.current), l.currentSplit.guided, l.currentSplit.imported].map(quote).join(","));
  }
  const { previous, current } = report.total;
  lines.push(["", "Tổng số", previous, current, current - previous, percent(previous, current), report.currentSplit.guided, report.currentSplit.imported].map(quote).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
