/**
 * `/xuatbaocao`: the period report as an XLSX workbook (exceljs), for officials who paste it into
 * their own reports. Same rows and columns as the message, plus the split by source; Vietnamese
 * headers; the period, the dates compared and the time of export on the sheet.
 */
import { formatRange } from "./periods.js";
import type { PeriodReport } from "./period-report.js";
import { comparedDates } from "./report-render.js";
import { VIETNAM_OFFSET_MS } from "./local-day.js";

export const XLSX_HEADERS = ["STT", "Đơn vị", "Kỳ trước", "Kỳ này", "Tăng (số)", "Tăng (%)", "Kỳ này: qua trợ lý", "Kỳ này: nhập từ nguồn khác"] as const;
/** Row of the column headers (rows above hold the title, the dates and the export time). */
export const XLSX_HEADER_ROW = 6;

/** "15:30 ngày 24/11/2026", Vietnamese time. */
export function formatExportTime(ms: number): string {
  const iso = new Date(ms + VIETNAM_OFFSET_MS).toISOString();
  return `${iso.slice(11, 16)} ngày ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The increase as a ratio for a percent cell, or a word when there was nothing before. */
function increase(previous: number, current: number): number | string {
  if (previous === 0) return current === 0 ? "–" : "mới";
  return (current - previous) / previous;
}

export async function reportWorkbook(report: PeriodReport, exportedAt: number): Promise<Buffer> {
  // Loaded on first export: ExcelJS is large, and most processes never export.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Trợ lý Dịch vụ công";
  workbook.created = new Date(exportedAt);
  const sheet = workbook.addWorksheet("Báo cáo", { views: [{ state: "frozen", ySplit: XLSX_HEADER_ROW }] });
  sheet.columns = [{ width: 6 }, { width: 42 }, { width: 11 }, { width: 11 }, { width: 11 }, { width: 11 }, { width: 18 }, { width: 26 }];

  sheet.getCell("A1").value = `Số hồ sơ nộp trực tuyến: ${report.currentName}`;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  const [now, before] = comparedDates(report);
  sheet.getCell("A2").value = now;
  sheet.getCell("A3").value = before;
  sheet.getCell("A4").value = `Xuất lúc ${formatExportTime(exportedAt)} (giờ Việt Nam)`;

  const header = sheet.getRow(XLSX_HEADER_ROW);
  header.values = [...XLSX_HEADERS];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };

  const rows = report.lines.map((l) => [l.stt, l.name, l.previous, l.current, l.current - l.previous, increase(l.previous, l.current), l.currentSplit.guided, l.currentSplit.imported]);
  const { previous, current } = report.total;
  rows.push(["", "Tổng số", previous, current, current - previous, increase(previous, current), report.currentSplit.guided, report.currentSplit.imported]);
  rows.forEach((values, i) => {
    const row = sheet.getRow(XLSX_HEADER_ROW + 1 + i);
    row.values = values;
    row.getCell(6).numFmt = "0.0%";
    if (i === rows.length - 1) row.font = { bold: true };
  });
  if (report.wholePrevious) {
    sheet.getCell(`A${XLSX_HEADER_ROW + rows.length + 2}`).value = `Cả ${report.previousName} (${formatRange(report.wholePrevious.range)}): ${report.wholePrevious.total} hồ sơ.`;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
