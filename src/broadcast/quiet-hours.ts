/**
 * Quiet hours: the local (Asia/Ho_Chi_Minh) part of the day when bulk sending pauses, so nobody is
 * woken by a reminder. A range like 21:00-07:00 crosses midnight; from == to is an empty range.
 */
import { DateTime } from "luxon";
import type { QuietHours } from "../config.js";

/** Vietnam has one time zone and no daylight saving; named anyway so the intent is plain. */
export const LOCAL_ZONE = "Asia/Ho_Chi_Minh";

const minuteOfDay = (at: number) => {
  const local = DateTime.fromMillis(at, { zone: LOCAL_ZONE });
  return local.hour * 60 + local.minute;
};

/** True when `at` (ms) falls in the quiet range [from, to); always false when quiet hours are off. */
export function isQuiet(quiet: QuietHours | null, at: number): boolean {
  if (!quiet) return false;
  const m = minuteOfDay(at);
  const { fromMinute: from, toMinute: to } = quiet;
  if (from === to) return false;
  return from < to ? m >= from && m < to : m >= from || m < to;
}

/**
 * Milliseconds from `at` until the quiet range ends (0 when `at` is not quiet). Computed on the
 * local calendar so the answer is exact to the minute whatever the host's time zone.
 */
export function msUntilQuietEnds(quiet: QuietHours | null, at: number): number {
  if (!quiet || !isQuiet(quiet, at)) return 0;
  const local = DateTime.fromMillis(at, { zone: LOCAL_ZONE });
  let end = local.startOf("day").plus({ minutes: quiet.toMinute });
  if (end.toMillis() <= at) end = end.plus({ days: 1 });
  return end.toMillis() - at;
}

/** "07:00" for a minute of the day. */
export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}
