import { describe, expect, it } from "vitest";
import {
  addDays,
  compare,
  dayCount,
  firstDays,
  formatRange,
  isoWeek,
  isoWeeksInYear,
  isValidDay,
  monthPeriod,
  periodContaining,
  periodName,
  previousPeriod,
  quarterPeriod,
  today,
  weekPeriod,
  yearPeriod,
} from "../../src/stats/periods.js";

describe("ISO weeks", () => {
  it.each([
    ["2021-01-03", 2020, 53], // a Sunday still in the last week of 2020
    ["2021-01-04", 2021, 1],
    ["2024-12-30", 2025, 1], // a Monday already in week 1 of 2025
    ["2026-12-31", 2026, 53],
    ["2023-06-01", 2023, 22],
  ])("%s is week %i-W%i", (day, year, week) => {
    expect(isoWeek(day)).toEqual({ year, week });
  });

  it("knows which years have 53 weeks and where each week starts", () => {
    expect([2020, 2021, 2026, 2027].map(isoWeeksInYear)).toEqual([53, 52, 53, 52]);
    expect(weekPeriod(2025, 1)).toEqual({ kind: "week", from: "2024-12-30", to: "2025-01-05" });
    expect(weekPeriod(2020, 53)).toEqual({ kind: "week", from: "2020-12-28", to: "2021-01-03" });
    expect(periodContaining("week", "2026-01-01")).toEqual({ kind: "week", from: "2025-12-29", to: "2026-01-04" });
  });
});

describe("months, quarters and years", () => {
  it("ends months and quarters on the right day, leap years included", () => {
    expect(monthPeriod(2024, 2).to).toBe("2024-02-29");
    expect(monthPeriod(2023, 2).to).toBe("2023-02-28");
    expect(monthPeriod(2100, 2).to).toBe("2100-02-28"); // divisible by 100, not by 400
    expect(monthPeriod(2000, 2).to).toBe("2000-02-29");
    expect(quarterPeriod(2023, 1)).toEqual({ kind: "quarter", from: "2023-01-01", to: "2023-03-31" });
    expect(quarterPeriod(2023, 2)).toEqual({ kind: "quarter", from: "2023-04-01", to: "2023-06-30" });
    expect(quarterPeriod(2023, 4).to).toBe("2023-12-31");
    expect(dayCount(yearPeriod(2024))).toBe(366);
    expect(isValidDay("2023-02-29")).toBe(false);
    expect(isValidDay("2024-02-29")).toBe(true);
  });

  it("finds the previous period across a year boundary", () => {
    expect(previousPeriod(quarterPeriod(2024, 1))).toEqual(quarterPeriod(2023, 4));
    expect(previousPeriod(monthPeriod(2024, 1))).toEqual(monthPeriod(2023, 12));
    expect(previousPeriod(weekPeriod(2025, 1))).toEqual(weekPeriod(2024, 52));
    expect(previousPeriod(yearPeriod(2024))).toEqual(yearPeriod(2023));
    // An explicit range: the same number of days immediately before.
    expect(previousPeriod({ kind: "range", from: "2023-06-01", to: "2023-07-10" })).toEqual({ kind: "range", from: "2023-04-22", to: "2023-05-31" });
    expect(previousPeriod({ kind: "range", from: "2024-01-01", to: "2024-01-10" })).toEqual({ kind: "range", from: "2023-12-22", to: "2023-12-31" });
  });

  it("takes the same number of days of the previous period, cut at its end", () => {
    expect(firstDays(monthPeriod(2024, 2), 31)).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(firstDays(monthPeriod(2023, 2), 30)).toEqual({ from: "2023-02-01", to: "2023-02-28" });
    expect(firstDays(quarterPeriod(2023, 1), 10)).toEqual({ from: "2023-01-01", to: "2023-01-10" });
  });
});

describe("comparisons", () => {
  it("compares a period that has ended with the whole previous period", () => {
    expect(compare(quarterPeriod(2023, 2), "2026-11-24")).toEqual({
      kind: "quarter",
      period: quarterPeriod(2023, 2),
      current: { from: "2023-04-01", to: "2023-06-30" },
      previous: { from: "2023-01-01", to: "2023-03-31" },
    });
  });

  it("cuts a running period at today and compares it with the same days of the previous one and with all of it", () => {
    const c = compare(periodContaining("month", "2024-03-31"), "2024-03-31");
    expect(c.current).toEqual({ from: "2024-03-01", to: "2024-03-31" });
    expect(c.previousWhole).toBeUndefined(); // the last day: the month is whole

    const q = compare(periodContaining("quarter", "2024-01-10"), "2024-01-10");
    expect(q.current).toEqual({ from: "2024-01-01", to: "2024-01-10" });
    expect(q.previous).toEqual({ from: "2023-10-01", to: "2023-10-10" });
    expect(q.previousWhole).toEqual(quarterPeriod(2023, 4));

    const r = compare({ kind: "range", from: "2026-11-20", to: "2026-11-30" }, "2026-11-24");
    expect(r.current).toEqual({ from: "2026-11-20", to: "2026-11-24" });
    expect(r.previous).toEqual({ from: "2026-11-15", to: "2026-11-19" });
  });
});

describe("Vietnamese days", () => {
  it("starts the day at midnight in Asia/Ho_Chi_Minh (17:00 UTC the day before)", () => {
    expect(today(Date.UTC(2023, 5, 30, 16, 59, 59))).toBe("2023-06-30");
    expect(today(Date.UTC(2023, 5, 30, 17, 0, 0))).toBe("2023-07-01"); // already quarter 3 in Vietnam
    expect(periodContaining("quarter", today(Date.UTC(2023, 11, 31, 17, 0)))).toEqual(quarterPeriod(2024, 1));
  });

  it("names periods and dates the Vietnamese way", () => {
    expect(periodName(quarterPeriod(2023, 2))).toBe("quý 2/2023");
    expect(periodName(weekPeriod(2025, 1))).toBe("tuần 1/2025");
    expect(periodName(monthPeriod(2023, 6))).toBe("tháng 6/2023");
    expect(formatRange({ from: "2023-06-01", to: "2023-07-10" })).toBe("01/06/2023–10/07/2023");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });
});
