/**
 * Officials' commands for channels without Telegram's buttons and HTML (Zalo): `/kichhoat CODE`
 * redeems an invitation for the person's channel-qualified id (`zalo:<id>`), `/thongke` gives the
 * same figures as on Telegram (overview, a period, a commune) as a report document, `/xuatbaocao`
 * the same Excel and CSV files, `/baocaongay bat|tat` the daily digest. The role is checked on every
 * call, as on Telegram; anyone without it gets "for officials" and nothing more.
 */
import type { Invitations } from "../roles/invitations.js";
import { ALL_UNITS } from "../roles/role.js";
import type { RoleStore } from "../roles/role-store.js";
import type { UnitScope } from "../roles/role.js";
import type { DailyDigest } from "../stats/daily-digest.js";
import { reportCsv } from "../stats/export-csv.js";
import { reportWorkbook } from "../stats/export-xlsx.js";
import { periodContaining, type Period } from "../stats/periods.js";
import type { OfficialReports } from "../stats/official-reports.js";
import { parseReportArgs } from "../stats/report-args.js";
import type { ReportDoc } from "../stats/report-doc.js";
import { renderPeriodReport } from "../stats/report-render.js";
import { T } from "./officials-texts.js";

/** What `/thongke <args>` asks for, for a viewer of `scope`: a message to show, or the report. */
export type ReportAnswer = { error: string } | { kind: "overview" | "detail"; doc: ReportDoc } | { kind: "period"; doc: ReportDoc; period: Period };

/** The part of `/thongke` every channel shares: read the arguments, check the scope, build the report. */
export async function reportFor(reports: OfficialReports, scope: UnitScope, args: string): Promise<ReportAnswer> {
  const parsed = parseReportArgs(args, reports.today());
  if (!parsed.ok) return { error: parsed.error };
  const { period, unitText } = parsed.args;
  if (unitText) {
    const match = reports.catalogue.resolve(unitText);
    // A province: the same reports, for its communes (those the viewer may see).
    const province = match ? null : reports.catalogue.provinceNamed(unitText);
    if (province) {
      const codes = scope === "all" ? province.codes : province.codes.filter((c) => scope.includes(c));
      if (codes.length === 0) return { error: T.outOfScope((scope as readonly string[]).map((c) => reports.catalogue.byCode(c)?.name ?? c).join(", ")) };
      if (period) return { kind: "period", doc: renderPeriodReport(await reports.period(period, codes)), period };
      return { kind: "overview", doc: await reports.overview(codes) };
    }
    if (!match) return { error: T.unknownUnit(unitText) };
    if (scope !== "all" && !scope.includes(match.unit.code)) return { error: T.outOfScope(scope.map((c) => reports.catalogue.byCode(c)?.name ?? c).join(", ")) };
    return { kind: "detail", doc: await reports.detail(match.unit.code, period) };
  }
  if (period) return { kind: "period", doc: renderPeriodReport(await reports.period(period, scope)), period };
  return { kind: "overview", doc: await reports.overview(scope) };
}

export interface ExportFile {
  name: string;
  bytes: Buffer;
  caption?: string;
}

/** `/xuatbaocao`'s files for every channel: the district's Excel sheet, and the same figures as CSV. */
export async function reportExport(reports: OfficialReports, scope: UnitScope, period: Period): Promise<{ files: ExportFile[]; doc: ReportDoc }> {
  const report = await reports.period(period, scope);
  const stamp = `${report.comparison.current.from}_${report.comparison.current.to}`;
  return {
    files: [
      { name: `bao-cao-truc-tuyen_${stamp}.xlsx`, bytes: await reportWorkbook(report, reports.now()), caption: T.exportCaption(report.currentName) },
      { name: `bao-cao-truc-tuyen_${stamp}.csv`, bytes: Buffer.from(reportCsv(report), "utf8") },
    ],
    doc: renderPeriodReport(report),
  };
}

/** One piece of an answer, shown by the channel in its own way. */
export type OfficialReply =
  | { text: string }
  | { doc: ReportDoc }
  /** A file, with the report as text for a channel that cannot send it. */
  | { file: ExportFile; fallback: ReportDoc };

export interface OfficialsCommandsDeps {
  roles: RoleStore;
  invitations: Invitations;
  reports: OfficialReports;
  /** The daily digest; without it /baocaongay says it is not available. */
  digest?: DailyDigest;
}

const COMMAND = /^\/(kichhoat|thongke|xuatbaocao|baocaongay)(?:\s+(.*))?$/is;

export class OfficialsCommands {
  constructor(private readonly deps: OfficialsCommandsDeps) {}

  /**
   * Answers an officials' command typed by `userId` (channel-qualified, e.g. "zalo:123"); null when
   * the text is not one of these commands.
   */
  async handle(userId: string, text: string): Promise<OfficialReply[] | null> {
    const m = COMMAND.exec(text.trim());
    if (!m) return null;
    const [command, rest = ""] = [m[1]!.toLowerCase(), m[2]?.trim() ?? ""];
    try {
      if (command === "kichhoat") return [{ text: await this.#redeem(userId, rest) }];
      const scope = await this.deps.roles.scopeOf(userId);
      if (!scope) return [{ text: T.denied }];
      if (command === "thongke") return [await this.#thongke(scope, rest)];
      if (command === "xuatbaocao") return await this.#export(scope, rest);
      return [{ text: await this.#digest(userId, rest) }];
    } catch {
      return [{ text: T.busy }];
    }
  }

  async #redeem(userId: string, typed: string): Promise<string> {
    if (!typed) return T.redeemUsage;
    const result = await this.deps.invitations.redeem(userId, typed);
    if (!result.ok) return result.reason === "too_many_attempts" ? T.redeemTooMany : T.redeemUnknown;
    const unit = result.unit === null ? null : result.unit === ALL_UNITS ? "mọi xã" : (this.deps.reports.catalogue.byCode(result.unit)?.name ?? result.unit);
    return T.redeemOk(result.role, unit).replace(/Các lệnh dành cho bạn đã có trong menu lệnh; /, "");
  }

  async #thongke(scope: UnitScope, args: string): Promise<OfficialReply> {
    const answer = await reportFor(this.deps.reports, scope, args);
    return "error" in answer ? { text: answer.error } : { doc: answer.doc };
  }

  async #export(scope: UnitScope, args: string): Promise<OfficialReply[]> {
    const { reports } = this.deps;
    const parsed = parseReportArgs(args, reports.today());
    if (!parsed.ok) return [{ text: parsed.error }];
    const { files, doc } = await reportExport(reports, scope, parsed.args.period ?? periodContaining("quarter", reports.today()));
    return files.map((file) => ({ file, fallback: doc }));
  }

  async #digest(userId: string, arg: string): Promise<string> {
    if (!this.deps.digest) return T.digestUnavailable;
    const word = arg.toLowerCase();
    const on = ["bat", "bật", "on", "1"].includes(word);
    const off = ["tat", "tắt", "off", "0"].includes(word);
    if (!on && !off) return T.digestUsage;
    await this.deps.digest.setSubscribed(userId, on);
    return on ? T.digestOn : T.digestOff;
  }
}
