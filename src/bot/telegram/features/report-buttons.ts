/**
 * Buttons under officials' reports. Callback data carries the period itself (Telegram allows 64
 * bytes), e.g. `tk:c:quarter.20230401.20230630`, so a press needs no server-side memory; the
 * sender's role is checked again on every press.
 */
import { InlineKeyboard } from "grammy";
import { dayCount, isValidDay, periodContaining, type Period, type PeriodKind } from "../../../stats/periods.js";
import { MAX_RANGE_DAYS } from "../../../stats/report-args.js";
import { T } from "../../officials-texts.js";

export const CALLBACK_PREFIX = "tk:";
const KINDS: readonly PeriodKind[] = ["day", "week", "month", "quarter", "year", "range"];

const compact = (day: string) => day.replace(/-/g, "");
const expand = (s: string) => `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;

export function encodePeriod(period: Period): string {
  return `${period.kind}.${compact(period.from)}.${compact(period.to)}`;
}

/**
 * The period in callback data, or null when it is not one we wrote: a button is typed input like
 * any other, so it gets the checks a typed period gets (real days, a range no longer than
 * MAX_RANGE_DAYS, a quarter that is a quarter).
 */
export function decodePeriod(token: string): Period | null {
  const m = /^([a-z]+)\.(\d{8})\.(\d{8})$/.exec(token);
  if (!m || !KINDS.includes(m[1] as PeriodKind)) return null;
  const period = { kind: m[1] as PeriodKind, from: expand(m[2]!), to: expand(m[3]!) };
  if (!isValidDay(period.from) || !isValidDay(period.to) || period.from > period.to) return null;
  if (period.kind === "range") return dayCount(period) <= MAX_RANGE_DAYS ? period : null;
  const real = periodContaining(period.kind, period.from);
  return real.from === period.from && real.to === period.to ? period : null;
}

export type ReportAction = { a: "period"; kind: "week" | "month" | "quarter" | "year" } | { a: "chart" | "export"; period: Period };

export function parseReportCallback(data: string): ReportAction | null {
  if (!data.startsWith(CALLBACK_PREFIX)) return null;
  const [what, arg = ""] = [data.slice(3, 4), data.slice(5)];
  if (what === "p" && (arg === "week" || arg === "month" || arg === "quarter" || arg === "year")) return { a: "period", kind: arg };
  const period = decodePeriod(arg);
  if (!period) return null;
  if (what === "c") return { a: "chart", period };
  if (what === "x") return { a: "export", period };
  return null;
}

/** Period buttons, then chart and export of `period` when given. */
export function reportKeyboard(period: Period | null): InlineKeyboard {
  const kb = new InlineKeyboard()
    .text(T.buttons.week, `${CALLBACK_PREFIX}p:week`)
    .text(T.buttons.month, `${CALLBACK_PREFIX}p:month`)
    .text(T.buttons.quarter, `${CALLBACK_PREFIX}p:quarter`)
    .text(T.buttons.year, `${CALLBACK_PREFIX}p:year`);
  if (period) {
    kb.row()
      .text(T.buttons.chart, `${CALLBACK_PREFIX}c:${encodePeriod(period)}`)
      .text(T.buttons.export, `${CALLBACK_PREFIX}x:${encodePeriod(period)}`);
  }
  return kb;
}
