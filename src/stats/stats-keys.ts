/**
 * Redis key names of the statistics, in one place: the recorder, the importer, the step tracker and
 * the reports must agree on them. Every key starts with the deployment's prefix (REDIS_PREFIX).
 *
 * Hash tags (Redis Cluster): everything a completed session or a step writes atomically shares its
 * day's slot, `{<day>}` (the day's counters, its session stream, its once-markers); the few
 * catalogue-wide keys share `{stats}`. A year's
 * roll-ups (its months and itself, guided and imported) share `{y:<year>}`, so a completed session
 * rolls up into its month and year in one script. Session writes
 * are a few a second even nationally, so one slot per day is no hot spot, and a report reads one
 * slot per day.
 */
import type { Day } from "./periods.js";

/** The two kinds a report counts: online filings (the report's figure) and accounts guided. */
export const REPORT_KINDS = ["online_filing", "account"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export class StatsKeys {
  constructor(readonly prefix: string) {}

  /** Guided sessions (session-log.ts): fields `<unit>|<outcome>` plus breakdowns. */
  guidedDay(day: Day): string {
    return `${this.prefix}stats:day:{${day}}`;
  }

  /** Figures imported from elsewhere (import.ts): fields `<unit>|<kind>`, each set, never added. */
  importDay(day: Day): string {
    return `${this.prefix}stats:import:day:{${day}}`;
  }

  /** Every unit code ever counted, so reports find units no longer in the catalogue. */
  get units(): string {
    return `${this.prefix}{stats}:units`;
  }

  /** Bumped by every import, so readers know cached past days may have changed. */
  get importGeneration(): string {
    return `${this.prefix}{stats}:import:gen`;
  }

  /** One entry per import run: file name, content hash, rows, who and when. */
  get imports(): string {
    return `${this.prefix}{stats}:imports`;
  }

  /**
   * Steps reached in one commune on one day: fields `<flow>|<step>`, and `<flow>|#done` per
   * completed session. One small hash per commune-day (Redis keeps small hashes compact, and a
   * commune's report reads only its own), in the day's slot.
   */
  steps(day: Day, unit: string): string {
    return `${this.prefix}stats:steps:{${day}}:${unit}`;
  }

  /** Sessions of one commune whose last step so far is this one, by the day they reached it: fields `<flow>|<step>`. */
  stops(day: Day, unit: string): string {
    return `${this.prefix}stats:stops:{${day}}:${unit}`;
  }

  /** A commune's step arrivals in one month (`YYYY-MM`), rolled up as they happen: the day hash's fields. */
  stepsMonth(month: string, unit: string): string {
    return `${this.prefix}stats:steps:{m:${month}}:${unit}`;
  }

  stopsMonth(month: string, unit: string): string {
    return `${this.prefix}stats:stops:{m:${month}}:${unit}`;
  }

  /** The moves of a session applied to one month's step counters, so a retried event counts once there too. */
  sessionMovesMonth(month: string, sessionId: string): string {
    return `${this.prefix}stats:ev:{m:${month}}:${sessionId}`;
  }

  /** Where a session stood, as the step tracker kept it before the chat state did (read, then dropped). */
  legacyPosition(sessionId: string): string {
    return `${this.prefix}stats:pos:{${sessionId}}`;
  }

  /** The moves of a session applied to one day's counters (hash `<n>:in|out`), so a retried event counts once. */
  sessionMoves(day: Day, sessionId: string): string {
    return `${this.prefix}stats:ev:{${day}}:${sessionId}`;
  }

  /** Completed sessions of one day (stream; one entry per session, with the pseudonym when consented). */
  sessions(day: Day): string {
    return `${this.prefix}stats:sessions:{${day}}`;
  }

  /**
   * The sessions logged that day (hash: session id → whether it counted), so a retry logs nothing
   * twice. One hash per day rather than a key per session: a key costs about 60 bytes of its own.
   */
  once(day: Day): string {
    return `${this.prefix}stats:once:{${day}}`;
  }

  /**
   * The guides each person (by pseudonym) completed that day (hash: pseudonym → "flow,flow"), so a
   * repeat is not counted again; one hash per day, a field per person.
   */
  seen(day: Day): string {
    return `${this.prefix}stats:seen:{${day}}`;
  }

  /** Guided sessions of a month (`YYYY-MM`), rolled up as they are recorded: the day hash's fields. */
  guidedMonth(month: string): string {
    return `${this.prefix}stats:month:{y:${month.slice(0, 4)}}:${month}`;
  }

  /** Imported figures of a month, recomputed from its days by every import. */
  importMonth(month: string): string {
    return `${this.prefix}stats:import:month:{y:${month.slice(0, 4)}}:${month}`;
  }

  guidedYear(year: string): string {
    return `${this.prefix}stats:year:{y:${year}}`;
  }

  importYear(year: string): string {
    return `${this.prefix}stats:import:year:{y:${year}}`;
  }

  /** Marker: this session was rolled up into its month and year (so a retry adds nothing). */
  rolled(year: string, sessionId: string): string {
    return `${this.prefix}stats:rolled:{y:${year}}:${sessionId}`;
  }
}
