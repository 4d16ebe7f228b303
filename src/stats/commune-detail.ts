/**
 * `/thongke <commune>`: one commune in detail for a period — filings and accounts (guided and
 * imported), by field and procedure, by channel, filings done on Thursdays ("Ngày thứ Năm chuyển
 * đổi số"), and the steps where people most often stopped before finishing a guide.
 *
 * Reads counters only: per day of the period, the day's guided hash, the commune's imported cells,
 * and the step counters (one pipeline), plus the previous period's filings through StatsReader.
 * Codes of old units that roll up into the commune count as the commune.
 */
import type { RedisClient } from "../redis/connection.js";
import { formatCount, formatPercent } from "./mono-table.js";
import { eachDay, formatRange, isoWeekday, today, type Comparison } from "./periods.js";
import type { StatsReader } from "./report-query.js";
import { heading, paragraph, title, type ReportDoc } from "./report-doc.js";
import { REPORT_KINDS, type ReportKind } from "./stats-keys.js";
import type { StatsNames } from "./stats-names.js";
import { rangeParts } from "./range-parts.js";
import { DONE_STEP } from "./step-tracker.js";

export interface CommuneDetail {
  code: string;
  name: string;
  comparison: Comparison;
  filings: { guided: number; imported: number; previous: number };
  accounts: { guided: number; imported: number };
  /** Guided sessions that only gave information (no filing, no account). */
  info: number;
  /** Guided sessions where someone filed for a relative or was helped. */
  assisted: number;
  byField: Map<string, number>;
  byProcedure: Map<string, number>;
  byChannel: Map<string, number>;
  /** Online filings (guided + imported) on Thursdays, and all of them. */
  thursday: { filings: number; total: number };
  /** Per flow: sessions that reached its first step (the most reached step) and completed ones. */
  flows: Map<string, { started: number; done: number }>;
  /** Where sessions stand without having finished: flow|step → count, and how many reached it. */
  stops: { flow: string; step: string; stopped: number; reached: number }[];
}

const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);

export async function buildCommuneDetail(redis: RedisClient, reader: StatsReader, code: string, comparison: Comparison): Promise<CommuneDetail> {
  const { keys, rollup } = reader;
  const unit = reader.catalogue.byCode(code);
  // The commune itself (its steps may be counted before any session is) and the old units rolled into it.
  const codes = [...new Set([code, ...(await reader.unitCodes()).filter((c) => rollup.rowOf(c) === code)])];
  const importFields = codes.flatMap((c) => REPORT_KINDS.map((k) => `${c}|${k}`));
  const days = eachDay(comparison.current);

  // Sent together (the client batches them per node); no multi-key command, so any slot layout works.
  // The breakdowns come from the fewest counters covering the period (whole years, whole months,
  // then days), as the reports' totals do: a year is one hash pair, not 365.
  const parts = rangeParts(comparison.current, today(reader.now()));
  const spans = [
    ...parts.years.map((y) => [keys.guidedYear(y), keys.importYear(y)] as const),
    ...parts.months.map((m) => [keys.guidedMonth(m), keys.importMonth(m)] as const),
    ...parts.days.map((d) => [keys.guidedDay(d), keys.importDay(d)] as const),
  ];
  const reads = spans.flatMap(([guided, imported]) => [redis.hgetall(guided), importFields.length ? redis.hmget(imported, ...importFields) : Promise.resolve([])]);
  // Thursdays against the other days need each day's filings: two small reads a day, this commune's fields only.
  // (Guided and imported days name a commune's filings the same way.)
  const filingFields = codes.map((c) => `${c}|online_filing`);
  const daily = days.map((day) => Promise.all([redis.hmget(keys.guidedDay(day), ...filingFields), redis.hmget(keys.importDay(day), ...filingFields)]));
  // Step counters are kept per commune (only this one's, and the old units rolled into it, are read),
  // as whole months where the period covers them and days for the rest.
  const months = [...parts.years.flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, "0")}`)), ...parts.months];
  const stepReads = codes.flatMap((c) => [
    ...months.map((m) => [redis.hgetall(keys.stepsMonth(m, c)), redis.hgetall(keys.stopsMonth(m, c))] as const),
    ...parts.days.map((d) => [redis.hgetall(keys.steps(d, c)), redis.hgetall(keys.stops(d, c))] as const),
  ]);
  const [replies, [previous], steps, perDay] = await Promise.all([
    Promise.all(reads as Promise<unknown>[]),
    reader.tallies([comparison.previous]),
    Promise.all(stepReads.map(([reachedRead, stoppedRead]) => Promise.all([reachedRead, stoppedRead]))),
    Promise.all(daily),
  ]);
  const reply = (i: number) => replies[i];

  const detail: CommuneDetail = {
    code,
    name: unit?.name ?? code,
    comparison,
    filings: { guided: 0, imported: 0, previous: previous!.get(code, "online_filing") },
    accounts: { guided: 0, imported: 0 },
    info: 0,
    assisted: 0,
    byField: new Map(),
    byProcedure: new Map(),
    byChannel: new Map(),
    thursday: { filings: 0, total: 0 },
    flows: new Map(),
    stops: [],
  };
  const mine = (unitCode: string) => rollup.rowOf(unitCode) === code;
  const reached = new Map<string, number>();
  const stopped = new Map<string, number>();

  spans.forEach((_, d) => {
    for (const [field, raw] of Object.entries(reply(d * 2) as Record<string, string>)) {
      const [unitCode = "", outcome = "", breakdown] = field.split("|");
      if (!mine(unitCode)) continue;
      const n = Number(raw);
      if (breakdown === undefined) {
        if (outcome === "online_filing") detail.filings.guided += n;
        else if (outcome === "account") detail.accounts.guided += n;
        else if (outcome === "info") detail.info += n;
      } else if (breakdown === "assisted") detail.assisted += n;
      else if (breakdown.startsWith("f:")) add(detail.byField, breakdown.slice(2), n);
      else if (breakdown.startsWith("p:")) add(detail.byProcedure, breakdown.slice(2), n);
      else if (breakdown.startsWith("c:")) add(detail.byChannel, breakdown.slice(2), n);
    }
    (reply(d * 2 + 1) as (string | null)[]).forEach((raw, i) => {
      if (raw === null) return;
      const kind = importFields[i]!.split("|")[1] as ReportKind;
      if (kind === "online_filing") detail.filings.imported += Number(raw);
      else detail.accounts.imported += Number(raw);
    });
  });
  days.forEach((day, d) => {
    const [guided, imported] = perDay[d]!;
    const dayFilings = [...guided, ...imported].reduce((sum, raw) => sum + Number(raw ?? 0), 0);
    detail.thursday.total += dayFilings;
    if (isoWeekday(day) === 4) detail.thursday.filings += dayFilings;
  });
  for (const [reachedHere, stoppedHere] of steps) {
    for (const [field, raw] of Object.entries(reachedHere)) add(reached, field, Number(raw));
    for (const [field, raw] of Object.entries(stoppedHere)) add(stopped, field, Number(raw));
  }

  for (const [flowStep, n] of reached) {
    const [flow = "", step = ""] = flowStep.split("|");
    const entry = detail.flows.get(flow) ?? { started: 0, done: 0 };
    if (step === DONE_STEP) entry.done += n;
    else entry.started = Math.max(entry.started, n);
    detail.flows.set(flow, entry);
  }
  for (const [flowStep, n] of stopped) {
    if (n <= 0) continue;
    const [flow = "", step = ""] = flowStep.split("|");
    detail.stops.push({ flow, step, stopped: n, reached: reached.get(flowStep) ?? n });
  }
  detail.stops.sort((a, b) => b.stopped - a.stopped || a.flow.localeCompare(b.flow) || a.step.localeCompare(b.step));
  return detail;
}

const sorted = (map: Map<string, number>) => [...map].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const CHANNEL_NAMES: Record<string, string> = { telegram: "Telegram", zalo: "Zalo", web: "Trang web" };
const pct = (part: number, whole: number) => (whole > 0 ? `${formatCount(Math.round((part / whole) * 100))}%` : "–");

/** The detail as a document; at most `top` lines per breakdown. */
export function renderCommuneDetail(detail: CommuneDetail, names: StatsNames, top = 5): ReportDoc {
  const c = detail.comparison;
  const f = detail.filings;
  const filings = f.guided + f.imported;
  const a = detail.accounts;
  const doc: ReportDoc = [
    title(`${detail.name}: chi tiết`),
    paragraph(`Kỳ này: ${formatRange(c.current)}; kỳ trước: ${formatRange(c.previous)}.`),
    paragraph(
      `Hồ sơ nộp trực tuyến: ${formatCount(filings)} (qua trợ lý ${formatCount(f.guided)}, nhập từ nguồn khác ${formatCount(f.imported)}); kỳ trước ${formatCount(f.previous)}, tăng ${formatPercent(f.previous, filings)}.`,
      `Tài khoản đã hướng dẫn: ${formatCount(a.guided + a.imported)} (qua trợ lý ${formatCount(a.guided)}, nhập ${formatCount(a.imported)}).`,
      `Tài khoản so với hồ sơ: ${formatCount(a.guided + a.imported)} tài khoản / ${formatCount(filings)} hồ sơ.`,
      `Chỉ tra cứu thông tin: ${formatCount(detail.info)}. Làm hộ người thân: ${formatCount(detail.assisted)}.`,
      `Hồ sơ vào ngày thứ Năm: ${formatCount(detail.thursday.filings)}/${formatCount(detail.thursday.total)} (${pct(detail.thursday.filings, detail.thursday.total)}).`,
    ),
  ];
  const section = (name: string, lines: string[]) => {
    if (lines.length > 0) doc.push(heading(name), paragraph(...lines));
  };
  const counts = (entries: [string, number][], name: (code: string) => string) => entries.slice(0, top).map(([code, n]) => `• ${name(code)}: ${formatCount(n)}`);
  section("Theo lĩnh vực (lượt hướng dẫn)", counts(sorted(detail.byField), names.field));
  section("Theo thủ tục", counts(sorted(detail.byProcedure), names.procedure));
  section("Theo kênh", counts(sorted(detail.byChannel), (ch) => CHANNEL_NAMES[ch] ?? ch));

  const flows = [...detail.flows].filter(([, v]) => v.started > 0 || v.done > 0).sort((x, y) => y[1].started - x[1].started);
  section(
    "Hoàn thành hướng dẫn",
    flows.slice(0, top).map(([flow, v]) => `• ${names.flow(flow)}: bắt đầu ${formatCount(v.started)}, xong ${formatCount(v.done)} (${pct(v.done, v.started)})`),
  );
  const stops = detail.stops.filter((s) => !names.step(s.flow, s.step).end).slice(0, top);
  const stopLines = stops.map((s) => `• ${names.flow(s.flow)}, ${names.step(s.flow, s.step).label}: ${formatCount(s.stopped)} người dừng / ${formatCount(s.reached)} người tới`);
  section("Dừng giữa chừng nhiều nhất", stopLines.length > 0 ? stopLines : ["Chưa có ai dừng giữa chừng trong kỳ này."]);
  return doc;
}
