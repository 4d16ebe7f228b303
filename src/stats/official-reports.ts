/**
 * What officials ask for, in one place for the Telegram feature, the daily digest and the
 * benchmark: the overview, the period report (as data, for the table, the workbook and the chart)
 * and one commune's detail. Everything is computed from counters for the viewer's scope.
 */
import type { RedisClient } from "../redis/connection.js";
import type { UnitScope } from "../roles/role.js";
import type { UnitCatalogue } from "../units/catalogue.js";
import { buildCommuneDetail, renderCommuneDetail } from "./commune-detail.js";
import type { DocBlock, ReportDoc } from "./report-doc.js";
import { buildOverview, renderOverview } from "./overview.js";
import { buildPeriodReport, type PeriodReport } from "./period-report.js";
import { compare, eachDay, periodContaining, today, type Day, type Period } from "./periods.js";
import { StatsReader } from "./report-query.js";
import { plainNames, type StatsNames } from "./stats-names.js";

export interface OfficialReportsDeps {
  redis: RedisClient;
  prefix: string;
  catalogue: UnitCatalogue;
  names?: StatsNames;
  /** More sections of `/thongke <xã>`, for a commune and the days of the period (questions to officials…). */
  detailSections?: ((unit: string, days: Day[]) => Promise<DocBlock[]>)[];
  now?: () => number;
}

export class OfficialReports {
  readonly reader: StatsReader;
  readonly now: () => number;

  constructor(private readonly deps: OfficialReportsDeps) {
    this.now = deps.now ?? Date.now;
    this.reader = new StatsReader(deps.redis, deps.prefix, deps.catalogue, this.now);
  }

  get catalogue(): UnitCatalogue {
    return this.deps.catalogue;
  }

  /** The Vietnamese day it is now. */
  today(): string {
    return today(this.now());
  }

  /** `/thongke` alone: today, this week, month and quarter so far. */
  async overview(scope: UnitScope): Promise<ReportDoc> {
    return renderOverview(await buildOverview(this.reader, this.today(), scope));
  }

  /** A period against the previous one (a running period is cut at today). */
  async period(period: Period, scope: UnitScope): Promise<PeriodReport> {
    const comparison = compare(period, this.today());
    const ranges = [comparison.current, comparison.previous, ...(comparison.previousWhole ? [comparison.previousWhole] : [])];
    const [current, previous, previousWhole] = await this.reader.tallies(ranges);
    return buildPeriodReport(comparison, { current: current!, previous: previous!, previousWhole }, this.deps.catalogue, scope);
  }

  /** One commune in detail; without a period, this month so far. */
  async detail(code: string, period: Period | null): Promise<ReportDoc> {
    const comparison = compare(period ?? periodContaining("month", this.today()), this.today());
    const detail = await buildCommuneDetail(this.deps.redis, this.reader, code, comparison);
    const doc = renderCommuneDetail(detail, this.deps.names ?? plainNames);
    // Other modules' figures for the same commune and days (questions to officials…).
    for (const section of this.deps.detailSections ?? []) doc.push(...(await section(code, eachDay(comparison.current))));
    return doc;
  }
}
