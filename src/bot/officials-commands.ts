/**
 * Officials' commands for channels without Telegram's buttons and HTML (Zalo): `/kichhoat CODE`
 * redeems an invitation for the person's channel-qualified id (`zalo:<id>`), `/thongke` gives the
 * same figures as on Telegram (overview, a period, a commune) as plain text. The role is checked on
 * every call, as on Telegram; anyone without it gets "for officials" and nothing more.
 */
import type { Invitations } from "../roles/invitations.js";
import { ALL_UNITS } from "../roles/role.js";
import type { RoleStore } from "../roles/role-store.js";
import type { UnitScope } from "../roles/role.js";
import { plainMessages, type Block } from "../stats/html-blocks.js";
import type { Period } from "../stats/periods.js";
import type { OfficialReports } from "../stats/official-reports.js";
import { parseReportArgs } from "../stats/report-args.js";
import { renderPeriodReport } from "../stats/report-render.js";
import { T } from "./officials-texts.js";

/** What `/thongke <args>` asks for, for a viewer of `scope`: a message to show, or the report's blocks. */
export type ReportAnswer = { error: string } | { kind: "overview" | "detail"; blocks: Block[] } | { kind: "period"; blocks: Block[]; period: Period };

/** The part of `/thongke` every channel shares: read the arguments, check the scope, build the report. */
export async function reportFor(reports: OfficialReports, scope: UnitScope, args: string): Promise<ReportAnswer> {
  const parsed = parseReportArgs(args, reports.today());
  if (!parsed.ok) return { error: parsed.error };
  const { period, unitText } = parsed.args;
  if (unitText) {
    const match = reports.catalogue.resolve(unitText);
    if (!match) return { error: T.unknownUnit(unitText) };
    if (scope !== "all" && !scope.includes(match.unit.code)) return { error: T.outOfScope(scope.map((c) => reports.catalogue.byCode(c)?.name ?? c).join(", ")) };
    return { kind: "detail", blocks: await reports.detail(match.unit.code, period) };
  }
  if (period) return { kind: "period", blocks: renderPeriodReport(await reports.period(period, scope)), period };
  return { kind: "overview", blocks: await reports.overview(scope) };
}

export interface OfficialsCommandsDeps {
  roles: RoleStore;
  invitations: Invitations;
  reports: OfficialReports;
}

export class OfficialsCommands {
  constructor(private readonly deps: OfficialsCommandsDeps) {}

  /**
   * Answers an officials' command typed by `userId` (channel-qualified, e.g. "zalo:123"), as plain
   * texts of at most `limit` characters; null when the text is not one of these commands.
   */
  async handle(userId: string, text: string, limit: number): Promise<string[] | null> {
    const m = /^\/(kichhoat|thongke)(?:\s+(.*))?$/is.exec(text.trim());
    if (!m) return null;
    const [command, rest = ""] = [m[1]!.toLowerCase(), m[2]?.trim() ?? ""];
    try {
      if (command === "kichhoat") return [await this.#redeem(userId, rest)];
      return await this.#thongke(userId, rest, limit);
    } catch {
      return [T.busy];
    }
  }

  async #redeem(userId: string, typed: string): Promise<string> {
    if (!typed) return T.redeemUsage;
    const result = await this.deps.invitations.redeem(userId, typed);
    if (!result.ok) return result.reason === "too_many_attempts" ? T.redeemTooMany : T.redeemUnknown;
    const unit = result.unit === null ? null : result.unit === ALL_UNITS ? "mọi xã" : (this.deps.reports.catalogue.byCode(result.unit)?.name ?? result.unit);
    return T.redeemOk(result.role, unit).replace(/Các lệnh dành cho bạn đã có trong menu lệnh; /, "");
  }

  async #thongke(userId: string, args: string, limit: number): Promise<string[]> {
    const scope = await this.deps.roles.scopeOf(userId);
    if (!scope) return [T.denied];
    const answer = await reportFor(this.deps.reports, scope, args);
    return "error" in answer ? [answer.error] : plainMessages(answer.blocks, limit);
  }
}
