import { describe, expect, it } from "vitest";
import { parseReportArgs } from "../../src/stats/report-args.js";

const TODAY = "2026-11-24";
const ok = (text: string) => {
  const result = parseReportArgs(text, TODAY);
  if (!result.ok) throw new Error(result.error);
  return result.args;
};
const error = (text: string) => {
  const result = parseReportArgs(text, TODAY);
  if (result.ok) throw new Error(`parsed ${text}`);
  return result.error;
};

describe("/thongke arguments", () => {
  it.each([
    ["", null],
    ["quy 2 2023", { kind: "quarter", from: "2023-04-01", to: "2023-06-30" }],
    ["Quý II/2023", { kind: "quarter", from: "2023-04-01", to: "2023-06-30" }],
    ["thang 6 2023", { kind: "month", from: "2023-06-01", to: "2023-06-30" }],
    ["tháng 6/2023", { kind: "month", from: "2023-06-01", to: "2023-06-30" }],
    ["nam 2023", { kind: "year", from: "2023-01-01", to: "2023-12-31" }],
    ["tuan 1 2025", { kind: "week", from: "2024-12-30", to: "2025-01-05" }],
    ["thang 2", { kind: "month", from: "2026-02-01", to: "2026-02-28" }],
    ["tuan", { kind: "week", from: "2026-11-23", to: "2026-11-29" }],
    ["quy", { kind: "quarter", from: "2026-10-01", to: "2026-12-31" }],
    ["hôm nay", { kind: "day", from: TODAY, to: TODAY }],
    ["01/06/2023-10/07/2023", { kind: "range", from: "2023-06-01", to: "2023-07-10" }],
    ["1/6/2023 – 10/7/2023", { kind: "range", from: "2023-06-01", to: "2023-07-10" }],
    ["15/06/2023", { kind: "day", from: "2023-06-15", to: "2023-06-15" }],
  ])("%j", (text, period) => {
    expect(ok(text)).toEqual({ period, unitText: null });
  });

  it("takes a commune before or after the period", () => {
    expect(ok("Ngọc Biên quy 2 2023")).toEqual({ period: { kind: "quarter", from: "2023-04-01", to: "2023-06-30" }, unitText: "ngoc bien" });
    expect(ok("thang 6 2023 xa long hiep")).toEqual({ period: { kind: "month", from: "2023-06-01", to: "2023-06-30" }, unitText: "xa long hiep" });
    expect(ok("Trà Cú")).toEqual({ period: null, unitText: "tra cu" });
  });

  it("explains what is wrong", () => {
    expect(error("quy 5 2023")).toContain("Quý phải từ 1 đến 4");
    expect(error("thang 13")).toContain("Tháng phải từ 1 đến 12");
    expect(error("tuan 53 2025")).toContain("Năm 2025 có 52 tuần");
    expect(error("nam 1990")).toContain("Năm không hợp lệ");
    expect(error("10/07/2023-01/06/2023")).toContain("phải trước");
    expect(error("31/02/2023-01/03/2023")).toContain("không hợp lệ");
    expect(error("01/01/2020-01/01/2024")).toContain("732 ngày");
  });
});
