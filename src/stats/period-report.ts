/**
 * The period report: the shape of the table officials already write (STT, unit, previous period,
 * this period, increase), built from tallies for the rows a viewer may see, with the total of
 * every commune, the dates compared, and the split between guided and imported figures.
 */
import type { UnitScope } from "../roles/role.js";
import type { UnitCatalogue } from "../units/catalogue.js";
import { periodName, previousPeriod, type Comparison, type DayRange } from "./periods.js";
import { OTHER_ROW } from "./rollup.js";
import type { Tally } from "./tally.js";

/** Name of the row that gathers figures belonging to no current commune. */
export const OTHER_ROW_NAME = "Khác/chưa rõ xã";

export interface ReportLine {
  stt: number;
  /** Unit code, or OTHER_ROW. */
  code: string;
  name: string;
  /** The province the commune belongs to (the catalogue's own for the "other" row). */
  province: string;
  previous: number;
  current: number;
  /** This period's figure by source. */
  currentSplit: { guided: number; imported: number };
}

export interface PeriodReport {
  comparison: Comparison;
  /** "quý 2/2023"; "quý 2/2023 (đến 15/05/2023)" is for the renderer to say. */
  currentName: string;
  previousName: string;
  lines: ReportLine[];
  /** The rows the viewer sees, together (never communes outside their scope). */
  total: { previous: number; current: number };
  /** This period's total by source. */
  currentSplit: { guided: number; imported: number };
  accounts: { previous: number; current: number };
  /** For a period still running: the whole previous period's total. */
  wholePrevious?: { range: DayRange; total: number };
}

/** Row codes a viewer sees, in catalogue order; "other" only for viewers of every commune, when non-empty. */
export function visibleRows(catalogue: UnitCatalogue, scope: UnitScope, tallies: readonly Tally[]): { code: string; name: string }[] {
  const rows = catalogue.units.filter((u) => scope === "all" || scope.includes(u.code)).map((u) => ({ code: u.code, name: u.name }));
  if (scope === "all" && tallies.some((t) => t.rows.has(OTHER_ROW))) rows.push({ code: OTHER_ROW, name: OTHER_ROW_NAME });
  return rows;
}

/**
 * Builds the report from tallies of [current, previous] (and the whole previous period when the
 * comparison has one).
 */
export function buildPeriodReport(
  comparison: Comparison,
  tallies: { current: Tally; previous: Tally; previousWhole?: Tally },
  catalogue: UnitCatalogue,
  scope: UnitScope,
): PeriodReport {
  const { current, previous } = tallies;
  const rows = visibleRows(catalogue, scope, [current, previous, ...(tallies.previousWhole ? [tallies.previousWhole] : [])]);
  const codes = rows.map((r) => r.code);
  const lines = rows.map((row, i) => ({
    stt: i + 1,
    code: row.code,
    name: row.name,
    province: catalogue.byCode(row.code) ? catalogue.provinceOf(catalogue.byCode(row.code)!) : catalogue.province,
    previous: previous.get(row.code, "online_filing"),
    current: current.get(row.code, "online_filing"),
    currentSplit: { guided: current.get(row.code, "online_filing", "guided"), imported: current.get(row.code, "online_filing", "imported") },
  }));
  const report: PeriodReport = {
    comparison,
    currentName: periodName(comparison.period),
    previousName: periodName(previousPeriod(comparison.period)),
    lines,
    total: { previous: previous.sum(codes, "online_filing"), current: current.sum(codes, "online_filing") },
    currentSplit: { guided: current.sum(codes, "online_filing", "guided"), imported: current.sum(codes, "online_filing", "imported") },
    accounts: { previous: previous.sum(codes, "account"), current: current.sum(codes, "account") },
  };
  if (comparison.previousWhole && tallies.previousWhole) {
    report.wholePrevious = { range: comparison.previousWhole, total: tallies.previousWhole.sum(codes, "online_filing") };
  }
  return report;
}
