/**
 * Reads the arguments of `/thongke` and `/xuatbaocao`: an optional period and an optional commune,
 * in any order, typed with or without diacritics.
 *
 *   (nothing)                      the overview (today, this week, this month, this quarter)
 *   homnay | tuan | thang | quy | nam     the current period so far
 *   tuan 23 2023 | thang 6 2023 | quy 2 2023 | quy II/2023 | nam 2023   a given period
 *   thang 6 | quy 2                        of the current year
 *   01/06/2023-10/07/2023 | 01/06/2023     an explicit range (or day)
 *   Ngọc Biên quy 2 2023                   one commune (code, name or old name)
 */
import { fold } from "../text/fold.js";
import {
  dayOf,
  dayPeriod,
  isoWeeksInYear,
  isValidDay,
  monthPeriod,
  periodContaining,
  quarterPeriod,
  weekPeriod,
  yearPeriod,
  dayCount,
  type Day,
  type Period,
} from "./periods.js";

/** Longest explicit range: two years, so one request cannot ask for unbounded work. */
export const MAX_RANGE_DAYS = 732;

export interface ReportArgs {
  /** null: no period given (the overview, or the default period of a commune's detail). */
  period: Period | null;
  /** The commune as typed, or null. Resolving it is the caller's job (it knows the catalogue). */
  unitText: string | null;
}

export type ParseResult = { ok: true; args: ReportArgs } | { ok: false; error: string };

const KINDS: Record<string, "day" | "week" | "month" | "quarter" | "year"> = {
  homnay: "day",
  ngay: "day",
  tuan: "week",
  thang: "month",
  quy: "quarter",
  nam: "year",
};
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const datePattern = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function parseDate(text: string): Day | null {
  const m = datePattern.exec(text);
  if (!m) return null;
  const day = dayOf(Number(m[3]), Number(m[2]), Number(m[1]));
  return isValidDay(day) ? day : null;
}

const fail = (error: string): ParseResult => ({ ok: false, error });

/** Parses the text after the command; `todayDay` fills in a missing year or a "so far" period. */
export function parseReportArgs(raw: string, todayDay: Day): ParseResult {
  // Ranges first, on the raw text: folding would turn "01/06/2023-10/07/2023" into separate numbers.
  let text = raw.trim();
  let period: Period | null = null;
  const range = /(\d{1,2}[/.]\d{1,2}[/.]\d{4})\s*(?:-|–|—|đến|den)\s*(\d{1,2}[/.]\d{1,2}[/.]\d{4})/i.exec(text);
  const single = range ? null : /(?:^|\s)(\d{1,2}[/.]\d{1,2}[/.]\d{4})(?=\s|$)/.exec(text);
  if (range) {
    const from = parseDate(range[1]!);
    const to = parseDate(range[2]!);
    if (!from || !to) return fail("Ngày không hợp lệ. Viết theo dạng dd/mm/yyyy, ví dụ 01/06/2023-10/07/2023.");
    if (from > to) return fail("Ngày bắt đầu phải trước ngày kết thúc.");
    period = { kind: "range", from, to };
    if (dayCount(period) > MAX_RANGE_DAYS) return fail(`Khoảng thời gian dài nhất là ${MAX_RANGE_DAYS} ngày.`);
    text = text.replace(range[0], " ");
  } else if (single) {
    const day = parseDate(single[1]!);
    if (!day) return fail("Ngày không hợp lệ. Viết theo dạng dd/mm/yyyy, ví dụ 15/06/2023.");
    period = dayPeriod(day);
    text = text.replace(single[1]!, " ");
  }

  const words = fold(text.replace(/(\d)\s*\/\s*(\d)/g, "$1 $2")).split(" ").filter(Boolean);
  // "hom nay" is one keyword typed as two words.
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === "hom" && words[i + 1] === "nay") words.splice(i, 2, "homnay");
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const kind = KINDS[words[i]!];
    if (!kind || period) {
      rest.push(words[i]!);
      continue;
    }
    // Up to two numbers follow a keyword: the period's number and the year ("nam" takes one).
    const numbers: number[] = [];
    const wanted = kind === "year" || kind === "day" ? 1 : 2;
    while (numbers.length < wanted && i + 1 < words.length) {
      const next = words[i + 1]!;
      const value = /^\d{1,4}$/.test(next) ? Number(next) : kind === "quarter" && numbers.length === 0 ? ROMAN[next] : undefined;
      if (value === undefined) break;
      numbers.push(value);
      i++;
    }
    const built = build(kind, numbers, todayDay);
    if (typeof built === "string") return fail(built);
    period = built;
  }
  return { ok: true, args: { period, unitText: rest.length > 0 ? rest.join(" ") : null } };
}

function build(kind: "day" | "week" | "month" | "quarter" | "year", numbers: number[], todayDay: Day): Period | string {
  const thisYear = Number(todayDay.slice(0, 4));
  if (kind === "day") return numbers.length === 0 ? dayPeriod(todayDay) : "Để xem một ngày, viết ngày dạng dd/mm/yyyy.";
  if (numbers.length === 0) return periodContaining(kind, todayDay);
  if (kind === "year") {
    const year = numbers[0]!;
    return validYear(year) ? yearPeriod(year) : "Năm không hợp lệ (ví dụ: nam 2023).";
  }
  const [n, year = thisYear] = numbers as [number, number?];
  if (!validYear(year)) return "Năm không hợp lệ (ví dụ: quy 2 2023).";
  if (kind === "quarter") return n >= 1 && n <= 4 ? quarterPeriod(year, n) : "Quý phải từ 1 đến 4 (ví dụ: quy 2 2023).";
  if (kind === "month") return n >= 1 && n <= 12 ? monthPeriod(year, n) : "Tháng phải từ 1 đến 12 (ví dụ: thang 6 2023).";
  const weeks = isoWeeksInYear(year);
  return n >= 1 && n <= weeks ? weekPeriod(year, n) : `Năm ${year} có ${weeks} tuần (ví dụ: tuan 23 ${year}).`;
}

const validYear = (year: number) => year >= 2000 && year <= 2100;
