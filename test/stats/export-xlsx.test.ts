import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { reportCsv } from "../../src/stats/export-csv.js";
import { reportWorkbook, XLSX_HEADER_ROW } from "../../src/stats/export-xlsx.js";
import { buildPeriodReport } from "../../src/stats/period-report.js";
import { compare, quarterPeriod } from "../../src/stats/periods.js";
import { reportChartPng } from "../../src/stats/report-chart.js";
import { slot, Tally } from "../../src/stats/tally.js";
import { UnitCatalogue } from "../../src/units/catalogue.js";

const office = { name: "UBND", address: "UBND xã" };
const catalogue = new UnitCatalogue({
  name: "2023",
  province: "tỉnh Trà Vinh",
  validFrom: "2023-01-01",
  units: [
    { code: "huyen", name: "Bộ phận tiếp nhận và trả kết quả huyện", office },
    { code: "ngoc-bien", name: "xã Ngọc Biên", office },
    { code: "tan-hiep", name: "xã Tân Hiệp", office },
  ],
});

function tally(rows: Record<string, [guided: number, imported: number]>): Tally {
  const t = new Tally();
  for (const [row, [g, i]] of Object.entries(rows)) {
    t.add(row, slot("online_filing", "guided"), g);
    t.add(row, slot("online_filing", "imported"), i);
  }
  return t;
}

const report = buildPeriodReport(
  compare(quarterPeriod(2023, 2), "2026-11-24"),
  { current: tally({ huyen: [8, 70], "ngoc-bien": [0, 375], "tan-hiep": [0, 0] }), previous: tally({ huyen: [0, 19], "ngoc-bien": [0, 8] }) },
  catalogue,
  "all",
);
// 15:30 on 24/11/2026 in Vietnam.
const EXPORTED_AT = Date.UTC(2026, 10, 24, 8, 30);

describe("report exports", () => {
  it("writes a workbook that reads back cell by cell", async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as its own Buffer shape; the bytes are what matter.
    await workbook.xlsx.load((await reportWorkbook(report, EXPORTED_AT)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet("Báo cáo")!;
    const text = (ref: string) => sheet.getCell(ref).value;
    expect(text("A1")).toBe("Số hồ sơ nộp trực tuyến: quý 2/2023");
    expect(text("A2")).toBe("Kỳ này: quý 2/2023, 01/04/2023–30/06/2023");
    expect(text("A3")).toBe("Kỳ trước: quý 1/2023, 01/01/2023–31/03/2023");
    expect(text("A4")).toBe("Xuất lúc 15:30 ngày 24/11/2026 (giờ Việt Nam)");
    const rows = [XLSX_HEADER_ROW, XLSX_HEADER_ROW + 1, XLSX_HEADER_ROW + 2, XLSX_HEADER_ROW + 3, XLSX_HEADER_ROW + 4].map((r) =>
      Array.from({ length: 8 }, (_, c) => sheet.getRow(r).getCell(c + 1).value),
    );
    expect(rows).toEqual([
      ["STT", "Đơn vị", "Kỳ trước", "Kỳ này", "Tăng (số)", "Tăng (%)", "Kỳ này: qua trợ lý", "Kỳ này: nhập từ nguồn khác"],
      [1, "Bộ phận tiếp nhận và trả kết quả huyện", 19, 78, 59, 59 / 19, 8, 70],
      [2, "xã Ngọc Biên", 8, 375, 367, 367 / 8, 0, 375],
      [3, "xã Tân Hiệp", 0, 0, 0, "–", 0, 0],
      ["", "Tổng số", 27, 453, 426, 426 / 27, 8, 445],
    ]);
    expect(sheet.getRow(XLSX_HEADER_ROW + 1).getCell(6).numFmt).toBe("0.0%");
    expect(sheet.getRow(XLSX_HEADER_ROW + 4).font?.bold).toBe(true);
    expect(sheet.getRow(XLSX_HEADER_ROW + 5).getCell(1).value).toBeNull();
  });

  it("writes the same table as CSV, readable by Excel", () => {
    expect(reportCsv(report)).toBe(
      "\uFEFF" +
        [
          "STT,Đơn vị,Kỳ trước,Kỳ này,Tăng (số),Tăng (%),Kỳ này: qua trợ lý,Kỳ này: nhập từ nguồn khác",
          "1,Bộ phận tiếp nhận và trả kết quả huyện,19,78,59,310.5,8,70",
          "2,xã Ngọc Biên,8,375,367,4587.5,0,375",
          "3,xã Tân Hiệp,0,0,0,,0,0",
          ",Tổng số,27,453,426,1577.8,8,445",
        ].join("\r\n") +
        "\r\n",
    );
  });

  it("draws the bar chart as a PNG", async () => {
    const png = await reportChartPng(report);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1000); // width from the IHDR chunk
  });
});
