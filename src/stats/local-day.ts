/**
 * Days are Asia/Ho_Chi_Minh days. Vietnam has kept UTC+7 without daylight saving since 1975, so a
 * fixed offset is exact and far cheaper than a time-zone database lookup on every session.
 */
export const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(ms: number): string {
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
