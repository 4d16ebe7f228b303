/**
 * Period arithmetic on Asia/Ho_Chi_Minh calendar days.
 *
 * A day is a `YYYY-MM-DD` string (the same form the counters are keyed by, see local-day.ts) and a
 * period is an inclusive range of days. Calendar maths runs on UTC midnights of those days, so no
 * time zone or daylight-saving rule can shift a day: Vietnam keeps UTC+7 all year, and "today" is
 * found once, with `localDay(now)`.
 */
import { localDay } from "./local-day.js";

/** A calendar day, `YYYY-MM-DD`. */
export type Day = string;

/** An inclusive range of days. */
export interface DayRange {
  from: Day;
  to: Day;
}

export type PeriodKind = "day" | "week" | "month" | "quarter" | "year" | "range";

/**
 * A period: a range of days plus what kind of calendar unit it is, so the previous period can be
 * found (the previous quarter of a quarter, the same number of days before an explicit range).
 */
export interface Period extends DayRange {
  kind: PeriodKind;
}

const DAY_MS = 86_400_000;

/** UTC midnight of a day, in ms: the basis of all arithmetic here. */
export function dayMs(day: Day): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function fromMs(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day `n` days after `day` (before when negative). */
export function addDays(day: Day, n: number): Day {
  return fromMs(dayMs(day) + n * DAY_MS);
}

/** Number of days in a range, both ends included. */
export function dayCount(range: DayRange): number {
  return Math.round((dayMs(range.to) - dayMs(range.from)) / DAY_MS) + 1;
}

/** Every day of a range, in order. */
export function eachDay(range: DayRange): Day[] {
  const days: Day[] = [];
  for (let ms = dayMs(range.from), end = dayMs(range.to); ms <= end; ms += DAY_MS) days.push(fromMs(ms));
  return days;
}

/** ISO weekday: 1 for Monday … 7 for Sunday. */
export function isoWeekday(day: Day): number {
  return ((new Date(dayMs(day)).getUTCDay() + 6) % 7) + 1;
}

/** The Asia/Ho_Chi_Minh day of an instant. */
export function today(nowMs: number): Day {
  return localDay(nowMs);
}

/** True when `day` is a real calendar day in `YYYY-MM-DD` form (rejects 2023-02-29). */
export function isValidDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(dayMs(day)) && fromMs(dayMs(day)) === day;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function dayOf(year: number, month: number, date: number): Day {
  return `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
}

function parts(day: Day): { year: number; month: number; date: number } {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), date: Number(day.slice(8, 10)) };
}

/** Days in a month (1-12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO week-numbering year and week of a day (week 1 holds the year's first Thursday). */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = parts(thursday).year;
  const week = Math.floor((dayMs(thursday) - dayMs(dayOf(year, 1, 1))) / (7 * DAY_MS)) + 1;
  return { year, week };
}

/** Number of ISO weeks in an ISO year: 53 when 28 December falls in week 53. */
export function isoWeeksInYear(year: number): number {
  return isoWeek(dayOf(year, 12, 28)).week;
}

export function weekPeriod(year: number, week: number): Period {
  // 4 January is always in ISO week 1.
  const jan4 = dayOf(year, 1, 4);
  const monday = addDays(jan4, 1 - isoWeekday(jan4) + (week - 1) * 7);
  return { kind: "week", from: monday, to: addDays(monday, 6) };
}

export function monthPeriod(year: number, month: number): Period {
  return { kind: "month", from: dayOf(year, month, 1), to: dayOf(year, month, daysInMonth(year, month)) };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return { kind: "quarter", from: dayOf(year, first, 1), to: monthPeriod(year, first + 2).to };
}

export function yearPeriod(year: number): Period {
  return { kind: "year", from: dayOf(year, 1, 1), to: dayOf(year, 12, 31) };
}

export function dayPeriod(day: Day): Period {
  return { kind: "day", from: day, to: day };
}

/** The whole calendar period of `kind` that contains `day`. */
export function periodContaining(kind: Exclude<PeriodKind, "range">, day: Day): Period {
  const { year, month } = parts(day);
  switch (kind) {
    case "day":
      return dayPeriod(day);
    case "week": {
      const monday = addDays(day, 1 - isoWeekday(day));
      return { kind: "week", from: monday, to: addDays(monday, 6) };
    }
    case "month":
      return monthPeriod(year, month);
    case "quarter":
      return quarterPeriod(year, Math.ceil(month / 3));
    case "year":
      return yearPeriod(year);
  }
}

/**
 * The period just before: the previous week, month, quarter or year for calendar periods (so Q2
 * compares with Q1 even though they differ by a day), and the same number of days immediately
 * before for a day or an explicit range.
 */
export function previousPeriod(period: Period): Period {
  const dayBefore = addDays(period.from, -1);
  if (period.kind === "range") return { kind: "range", from: addDays(period.from, -dayCount(period)), to: dayBefore };
  return periodContaining(period.kind, dayBefore);
}

/**
 * The first `n` days of a period, cut at its end: "the same number of days of the previous
 * period" (31 March so far compares with all 28 days of February, not with 3 March).
 */
export function firstDays(period: Period, n: number): DayRange {
  const to = addDays(period.from, n - 1);
  return { from: period.from, to: to < period.to ? to : period.to };
}

/**
 * What a report compares. `current` may be a period "so far" (cut at today); then `previous` is the
 * same number of days of the previous period and `previousWhole` the whole previous period.
 */
export interface Comparison {
  kind: PeriodKind;
  /** The whole period `current` belongs to (equal to current when it is complete). */
  period: Period;
  current: DayRange;
  previous: DayRange;
  /** Set when current is cut at today: the complete previous period, for a second comparison. */
  previousWhole?: Period;
}

/**
 * Builds the comparison for a period as of `todayDay`: a period that has ended compares with the
 * whole previous period; one still running is cut at today and compared with the same number of
 * days of the previous period (and with the whole of it); a future one is compared as a whole.
 */
export function compare(period: Period, todayDay: Day): Comparison {
  const previous = previousPeriod(period);
  if (period.from <= todayDay && todayDay < period.to) {
    const current = { from: period.from, to: todayDay };
    // An explicit range already compares like with like; calendar periods get both comparisons.
    const sameDays = period.kind === "range" ? { from: addDays(period.from, -dayCount(current)), to: addDays(period.from, -1) } : firstDays(previous, dayCount(current));
    return { kind: period.kind, period, current, previous: sameDays, previousWhole: period.kind === "range" ? undefined : previous };
  }
  return { kind: period.kind, period, current: { from: period.from, to: period.to }, previous: { from: previous.from, to: previous.to } };
}

/** `dd/mm/yyyy`, the way Vietnamese documents write dates. */
export function formatDay(day: Day): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** `dd/mm/yyyy–dd/mm/yyyy`, or a single date for a one-day range. */
export function formatRange(range: DayRange): string {
  return range.from === range.to ? formatDay(range.from) : `${formatDay(range.from)}–${formatDay(range.to)}`;
}

/** A period's name in Vietnamese: "quý 2/2023", "tháng 6/2023", "tuần 23/2023", "năm 2023". */
export function periodName(period: Period): string {
  const { year, month } = parts(period.from);
  switch (period.kind) {
    case "day":
      return `ngày ${formatDay(period.from)}`;
    case "week": {
      const w = isoWeek(period.from);
      return `tuần ${w.week}/${w.year}`;
    }
    case "month":
      return `tháng ${month}/${year}`;
    case "quarter":
      return `quý ${Math.ceil(month / 3)}/${year}`;
    case "year":
      return `năm ${year}`;
    case "range":
      return `kỳ ${formatRange(period)}`;
  }
}
