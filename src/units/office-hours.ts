/**
 * When a commune's officials are at work, to tell a citizen who asks a question when a person will
 * answer. Vietnamese communes keep the state's working hours unless their catalogue entry says
 * otherwise: Monday to Friday, 7:30–11:30 and 13:30–17:00 (Vietnam time, UTC+7, no daylight saving).
 */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

export interface OfficeHours {
  /** ISO weekdays (1 Monday … 7 Sunday). */
  days: number[];
  /** Periods of a working day, minutes after midnight, [from, to). */
  periods: [number, number][];
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = { days: [1, 2, 3, 4, 5], periods: [[7 * 60 + 30, 11 * 60 + 30], [13 * 60 + 30, 17 * 60]] };

/** Reads "07:30-11:30, 13:30-17:00"; null when malformed. */
export function parsePeriods(text: string): [number, number][] | null {
  const periods: [number, number][] = [];
  for (const part of text.split(",")) {
    const m = /^\s*([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-3]):([0-5]\d)\s*$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]) * 60 + Number(m[2]);
    const to = Number(m[3]) * 60 + Number(m[4]);
    if (to <= from) return null;
    periods.push([from, to]);
  }
  return periods.length > 0 ? periods : null;
}

/** The Vietnamese wall clock at `ms`: minute of the day, ISO weekday, day number since 1970. */
export function localClock(ms: number): { minute: number; weekday: number; dayNumber: number } {
  const dayNumber = Math.floor((ms + VIETNAM_OFFSET_MS) / DAY_MS);
  // 1 January 1970 was a Thursday (ISO 4).
  return { minute: Math.floor((ms + VIETNAM_OFFSET_MS - dayNumber * DAY_MS) / 60_000), weekday: ((dayNumber + 3) % 7) + 1, dayNumber };
}

export function isOpen(hours: OfficeHours, ms: number): boolean {
  const { minute, weekday } = localClock(ms);
  return hours.days.includes(weekday) && hours.periods.some(([from, to]) => minute >= from && minute < to);
}

/** The next moment (ms) the office opens after `ms`, or `ms` itself when it is open. */
export function nextOpening(hours: OfficeHours, ms: number): number {
  if (isOpen(hours, ms)) return ms;
  const { dayNumber, minute } = localClock(ms);
  for (let d = 0; d <= 7; d++) {
    const day = dayNumber + d;
    if (!hours.days.includes(((day + 3) % 7) + 1)) continue;
    const from = hours.periods.map(([f]) => f).sort((a, b) => a - b).find((f) => d > 0 || f > minute);
    if (from !== undefined) return day * DAY_MS + from * 60_000 - VIETNAM_OFFSET_MS;
  }
  return ms;
}

/** A unit's hours: its own periods on Monday to Friday, or the state's. */
export function hoursOf(unit: { hours?: string } | undefined): OfficeHours {
  const periods = unit?.hours ? parsePeriods(unit.hours) : null;
  return periods ? { days: DEFAULT_OFFICE_HOURS.days, periods } : DEFAULT_OFFICE_HOURS;
}
