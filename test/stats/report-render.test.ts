import { describe, expect, it } from "vitest";
import { plainText } from "../../src/bot/report-text.js";
import { joinHtml, packHtml } from "../../src/bot/telegram/report-html.js";
import { overviewFromTallies, renderOverview } from "../../src/stats/overview.js";
import { buildPeriodReport } from "../../src/stats/period-report.js";
import { compare, quarterPeriod, periodContaining } from "../../src/stats/periods.js";
import { renderPeriodReport } from "../../src/stats/report-render.js";
import { OTHER_ROW } from "../../src/stats/rollup.js";
import { slot, Tally } from "../../src/stats/tally.js";
import { UnitCatalogue } from "../../src/units/catalogue.js";

const office = { name: "UBND", address: "UBND xã" };
const catalogue = new UnitCatalogue({
  name: "test",
  province: "test",
  validFrom: "2025-07-01",
  units: [
    { code: "tra-cu", name: "xã Trà Cú", office },
    { code: "long-hiep", name: "xã Long Hiệp", aliases: ["xã Ngọc Biên"], office },
    { code: "a-b", name: "phường A&B <mới>", office },
  ],
});

function tally(rows: Record<string, [filingsGuided: number, filingsImported: number, accounts?: number]>): Tally {
  const t = new Tally();
  for (const [row, [guided, imported, accounts = 0]] of Object.entries(rows)) {
    t.add(row, slot("online_filing", "guided"), guided);
    t.add(row, slot("online_filing", "imported"), imported);
    t.add(row, slot("account", "guided"), accounts);
  }
  return t;
}

describe("the period report", () => {
  it("gives an official of one commune totals of that commune only, in the report and the overview", () => {
    const current = tally({ "tra-cu": [5, 0, 3], "long-hiep": [1, 0, 1], [OTHER_ROW]: [2, 0] });
    const previous = tally({ "tra-cu": [4, 1], "long-hiep": [2, 0] });
    const comparison = compare(quarterPeriod(2023, 2), "2023-08-01");
    const report = buildPeriodReport(comparison, { current, previous }, catalogue, ["long-hiep"]);
    expect(report.total).toEqual({ previous: 2, current: 1 });
    expect(report.accounts).toEqual({ previous: 0, current: 1 });
    expect(joinHtml(renderPeriodReport(report))).toMatch(/Tổng số\s+2\s+1\s/);
    const overview = overviewFromTallies(catalogue, "2023-08-01", ["long-hiep"], [current, current, current, current]);
    expect(overview.totals).toEqual({ filings: [1, 1, 1, 1], accounts: [1, 1, 1, 1] });
    const everyone = buildPeriodReport(comparison, { current, previous }, catalogue, "all");
    expect(everyone.total).toEqual({ previous: 7, current: 8 });
  });

  it("renders a finished quarter exactly, escaping names and showing the 'other' row", () => {
    const comparison = compare(quarterPeriod(2025, 4), "2026-11-24");
    const current = tally({ "tra-cu": [1200, 300, 40], "long-hiep": [0, 7], "a-b": [5, 0], [OTHER_ROW]: [2, 0] });
    const previous = tally({ "tra-cu": [1000, 0, 10], "long-hiep": [9, 0], "a-b": [0, 0] });
    const report = buildPeriodReport(comparison, { current, previous }, catalogue, "all");
    expect(joinHtml(renderPeriodReport(report))).toBe(
      [
        "<b>Hồ sơ nộp trực tuyến: quý 4/2025</b>",
        "Kỳ này: quý 4/2025, 01/10/2025–31/12/2025",
        "Kỳ trước: quý 3/2025, 01/07/2025–30/09/2025",
        "<pre>                       Kỳ    Kỳ",
        "STT Đơn vị          trước   này Tăng    %",
        "  1 Trà Cú          1.000 1.500 +500 +50%",
        "  2 Long Hiệp           9     7   -2 -22%",
        "  3 A&amp;B &lt;mới&gt;           0     5   +5  mới",
        "  4 Khác/chưa rõ xã     0     2   +2  mới",
        "    Tổng số         1.009 1.514 +505 +50%</pre>",
        "Trong đó kỳ này: qua trợ lý 1.207, nhập từ nguồn khác 307.",
        "Tài khoản đã hướng dẫn: kỳ trước 10, kỳ này 40.",
      ].join("\n"),
    );
  });

  it("names both comparisons of a period still running", () => {
    const comparison = compare(periodContaining("month", "2024-03-10"), "2024-03-10");
    const report = buildPeriodReport(
      comparison,
      { current: tally({ "long-hiep": [6, 0] }), previous: tally({ "long-hiep": [3, 0] }), previousWhole: tally({ "long-hiep": [12, 0] }) },
      catalogue,
      ["long-hiep"],
    );
    expect(joinHtml(renderPeriodReport(report))).toBe(
      [
        "<b>Hồ sơ nộp trực tuyến: tháng 3/2024</b>",
        "Kỳ này: tháng 3/2024 đến nay, 01/03/2024–10/03/2024 (10 ngày)",
        "Kỳ trước: 10 ngày đầu tháng 2/2024, 01/02/2024–10/02/2024",
        "<pre>                 Kỳ  Kỳ",
        "STT Đơn vị    trước này Tăng     %",
        "  1 Long Hiệp     3   6   +3 +100%",
        "    Tổng số       3   6   +3 +100%</pre>",
        "Trong đó kỳ này: qua trợ lý 6, nhập từ nguồn khác 0.",
        "Tài khoản đã hướng dẫn: kỳ trước 0, kỳ này 0.",
        "Cả tháng 2/2024 (01/02/2024–29/02/2024): 12 hồ sơ; kỳ này đã bằng 50%.",
      ].join("\n"),
    );
  });
});

describe("the overview", () => {
  it("renders today, this week, month and quarter per commune with totals", () => {
    const tallies = [tally({ "tra-cu": [1, 0, 2] }), tally({ "tra-cu": [3, 0, 4], "long-hiep": [1, 0] }), tally({ "tra-cu": [10, 0, 9], "long-hiep": [4, 0] }), tally({ "tra-cu": [25, 5, 30], "long-hiep": [4, 0], "a-b": [1, 0] })];
    const overview = overviewFromTallies(catalogue, "2026-11-24", "all", tallies);
    expect(joinHtml(renderOverview(overview))).toBe(
      [
        "<b>Thống kê đến nay (24/11/2026)</b>",
        "Hôm nay: 24/11/2026",
        "Tuần này: 23/11/2026–24/11/2026",
        "Tháng này: 01/11/2026–24/11/2026",
        "Quý này: 01/10/2026–24/11/2026",
        "<b>Hồ sơ nộp trực tuyến</b>",
        "<pre>STT Đơn vị    Nay Tuần Tháng Quý",
        "  1 Trà Cú      1    3    10  30",
        "  2 Long Hiệp   0    1     4   4",
        "  3 A&amp;B &lt;mới&gt;   0    0     0   1",
        "    Tổng số     1    4    14  35</pre>",
        "<b>Tài khoản đã hướng dẫn</b>",
        "<pre>STT Đơn vị    Nay Tuần Tháng Quý",
        "  1 Trà Cú      2    4     9  30",
        "  2 Long Hiệp   0    0     0   0",
        "  3 A&amp;B &lt;mới&gt;   0    0     0   0",
        "    Tổng số     2    4     9  30</pre>",
      ].join("\n"),
    );
  });

  it("splits a period report of 124 communes over several messages, each under Telegram's limit", () => {
    const units = Array.from({ length: 124 }, (_, i) => ({ code: `xa-${i}`, name: `xã Số ${i} Rất Dài`, office }));
    const big = new UnitCatalogue({ name: "big", province: "tỉnh P", validFrom: "2025-07-01", units });
    const t = tally(Object.fromEntries(units.map((u, i) => [u.code, [i * 100, 0, i]])));
    // A period report keeps every commune (the overview shows the top and bottom ten instead).
    const messages = packHtml(renderPeriodReport(buildPeriodReport(compare(quarterPeriod(2026, 4), "2026-11-24"), { current: t, previous: t }, big, "all")));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(4096);
      expect(m.split("<pre>").length).toBe(m.split("</pre>").length); // every block closed in its message
    }
    expect(messages.join("\n")).toContain("124 Số 123 Rất Dài");
  });

  it("renders the same report as plain text for Zalo: no markup, each message within 2,000 characters, every line in order", () => {
    const units = Array.from({ length: 124 }, (_, i) => ({ code: `xa-${i}`, name: `xã Số ${i} Rất Dài`, office }));
    const big = new UnitCatalogue({ name: "big", province: "tỉnh P", validFrom: "2025-07-01", units });
    const t = tally(Object.fromEntries(units.map((u, i) => [u.code, [i * 100, 0, i]])));
    const messages = plainText(renderPeriodReport(buildPeriodReport(compare(quarterPeriod(2026, 4), "2026-11-24"), { current: t, previous: t }, big, "all")), 2000);
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(2000);
      expect(m).not.toMatch(/<\/?(b|pre)>|&amp;|&lt;/);
    }
    const all = messages.join("\n");
    expect(all.startsWith("Hồ sơ nộp trực tuyến: quý 4/2026")).toBe(true);
    expect(all.indexOf("  1 Số 0 Rất Dài")).toBeLessThan(all.indexOf("124 Số 123 Rất Dài"));
  });

  it("shows a national period report as a row per province and the top and bottom ten, in two messages at most", () => {
    const units = Array.from({ length: 3321 }, (_, i) => ({ code: `xa-${i}`, name: `xã Số ${i}`, office, province: `tỉnh P${i % 34}` }));
    const country = new UnitCatalogue({ name: "cả nước", province: "tỉnh P0", validFrom: "2025-07-01", units });
    const current = tally(Object.fromEntries(units.map((u, i) => [u.code, [i, 0]])));
    const previous = tally(Object.fromEntries(units.map((u) => [u.code, [1, 0]])));
    const messages = packHtml(renderPeriodReport(buildPeriodReport(compare(quarterPeriod(2026, 4), "2026-11-24"), { current, previous }, country, "all")));
    expect(messages.length).toBeLessThanOrEqual(2);
    const text = messages.join("\n");
    expect(text).toContain("Theo tỉnh (34 tỉnh, 3.321 xã)");
    expect(text).toMatch(/34 tỉnh P33 /);
    expect(text).toMatch(/ 1 Số 3320 +1 +3\.320/); // the most filings first
    expect(text).toMatch(/ 1 Số 0 +1 +0/); // the fewest first among the bottom ten
    expect(text).not.toContain("Số 1700 ");
    expect(text).toContain("Bảng đầy đủ 3.321 xã: gõ /xuatbaocao");
  });

  it("shows a province's 124 communes as the top and bottom ten, with the full table in the workbook", () => {
    const units = Array.from({ length: 124 }, (_, i) => ({ code: `xa-${i}`, name: `xã Số ${i}`, office }));
    const province = new UnitCatalogue({ name: "Vĩnh Long", province: "tỉnh Vĩnh Long", validFrom: "2025-07-01", units });
    const t = tally(Object.fromEntries(units.map((u, i) => [u.code, [i, 0, 1]])));
    const messages = packHtml(renderOverview(overviewFromTallies(province, "2026-11-24", "all", [t, t, t, t])));
    expect(messages).toHaveLength(1);
    const text = messages[0]!;
    expect(text).toContain("10 xã nhiều hồ sơ nhất quý này");
    expect(text).toMatch(/ 1 Số 123 +123/); // the most filings first
    expect(text).toMatch(/ 1 Số 0 +0/); // the fewest first among the bottom ten
    expect(text).not.toContain("Số 60");
    expect(text).toContain("Bảng đầy đủ 124 xã: gõ /xuatbaocao");
    expect(text).toContain(`(124 xã): ${[7626, 7626, 7626, 7626].map((n) => n.toLocaleString("vi-VN")).join(" · ")}`);
  });

  it("shows the country as one row per province, then the top and bottom ten communes, in a few messages", () => {
    const units = Array.from({ length: 3321 }, (_, i) => ({ code: `x-${i}`, name: `xã Số ${i}`, province: `Tỉnh ${(i % 34) + 1}`, office }));
    const country = new UnitCatalogue({ name: "cả nước", province: "cả nước", validFrom: "2025-07-01", units });
    const t = tally(Object.fromEntries(units.map((u, i) => [u.code, [i % 34 === 0 ? 2 : 1, 0, 0]])));
    const messages = packHtml(renderOverview(overviewFromTallies(country, "2026-11-24", "all", [t, t, t, t])));
    expect(messages.length).toBeLessThanOrEqual(2);
    const text = messages.join("\n");
    expect(text).toContain("theo tỉnh (34 tỉnh, 3.321 xã)");
    expect(text).toMatch(/ 1 Tỉnh 1 +196 +196/); // 98 communes with 2 filings each
    expect(text).toMatch(/34 Tỉnh 34 +97/);
    expect(text).toContain("Bảng đầy đủ 3.321 xã");
  });
});
