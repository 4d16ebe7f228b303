/**
 * A range of days cut into the fewest counters that cover it: whole years, then whole months, then
 * single days. A year or month still running counts as whole when the range reaches today (nothing
 * is counted after today), so "this year" is one hash, and "last 12 months" twelve at most plus days.
 */
import { addDays, daysInMonth, dayOf, type Day, type DayRange } from "./periods.js";

export interface RangeParts {
  years: string[];
  months: string[];
  days: Day[];
}

export function rangeParts(range: DayRange, todayDay: Day): RangeParts {
  const parts: RangeParts = { years: [], months: [], days: [] };
  // A period ending at `end` is covered when the range goes that far, or reaches today.
  const covered = (end: Day) => end <= range.to || todayDay <= range.to;
  let day = range.from;
  while (day <= range.to && day <= todayDay) {
    const year = Number(day.slice(0, 4));
    const month = Number(day.slice(5, 7));
    if (day.endsWith("-01-01") && covered(dayOf(year, 12, 31))) {
      parts.years.push(String(year));
      day = dayOf(year + 1, 1, 1);
    } else if (day.endsWith("-01") && covered(dayOf(year, month, daysInMonth(year, month)))) {
      parts.months.push(day.slice(0, 7));
      day = addDays(dayOf(year, month, daysInMonth(year, month)), 1);
    } else {
      parts.days.push(day);
      day = addDays(day, 1);
    }
  }
  return parts;
}
