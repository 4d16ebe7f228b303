/**
 * Officials' feature: statistics (/thongke, /xuatbaocao, chart and export buttons), the daily
 * digest switch (/baocaongay), invitations (/kichhoat for anyone; /moi for admins) and role
 * management (/quyen, /thuhoi, /nhatky for admins).
 *
 * Every privileged command and button checks the sender's role on the server, on every call,
 * before anything else: anyone without it gets "Lệnh này dành cho cán bộ." and nothing more (no
 * figures, no commune names). Officials' commands work in private chats only, so figures are never
 * posted into a group. Callback queries arrive already answered (see bot.ts).
 */
import { Composer, InputFile, type Api, type InlineKeyboard } from "grammy";
import { displayCode } from "../../../roles/invite-code.js";
import type { Invitations } from "../../../roles/invitations.js";
import { ALL_UNITS, ROLE_NAMES, parseRole, type Role, type UnitScope } from "../../../roles/role.js";
import { ProtectedAdminError, type RoleStore } from "../../../roles/role-store.js";
import type { DailyDigest } from "../../../stats/daily-digest.js";
import { formatExportTime } from "../../../stats/export-xlsx.js";
import type { OfficialReports } from "../../../stats/official-reports.js";
import { periodContaining, type Period } from "../../../stats/periods.js";
import { parseReportArgs } from "../../../stats/report-args.js";
import { reportChartPng } from "../../../stats/report-chart.js";
import { renderPeriodReport } from "../../../stats/report-render.js";
import type { BotContext } from "../context.js";
import { syncMenu, type MenuOptions } from "./officials-menu.js";
import { reportExport, reportFor } from "../../officials-commands.js";
import { escapeHtml, packHtml, type HtmlBlock } from "../report-html.js";
import { T } from "../../officials-texts.js";
import { parseReportCallback, reportKeyboard } from "./report-buttons.js";

export interface OfficialsDeps {
  roles: RoleStore;
  invitations: Invitations;
  reports: OfficialReports;
  /** The daily digest; without it /baocaongay says it is not available. */
  digest?: DailyDigest;
  /** Command menu of role holders (citizen commands to keep, other features' commands per role). */
  menu?: MenuOptions;
}


type Ctx = BotContext & { from: NonNullable<BotContext["from"]> };

/** Builds the feature composer; install it through createTelegramBot's `features`. */
export function officialsFeature(deps: OfficialsDeps): Composer<BotContext> {
  const { roles, invitations, reports } = deps;
  const composer = new Composer<BotContext>();

  // Groups never reach here with a command (bot.ts answers them): no figures, no hint of who is an official.
  const pm = composer.chatType("private");

  /** Runs `handler` with the sender's scope, or answers "for officials" when there is none. */
  const withScope = (handler: (ctx: Ctx, scope: UnitScope) => Promise<unknown>) => (ctx: BotContext) =>
    guarded(ctx, async () => {
      if (!ctx.from) return;
      const scope = await roles.scopeOf(String(ctx.from.id));
      if (!scope) return ctx.reply(T.denied);
      await handler(ctx as Ctx, scope);
    });
  const asAdmin = (handler: (ctx: Ctx) => Promise<unknown>) => (ctx: BotContext) =>
    guarded(ctx, async () => {
      if (!ctx.from) return;
      if (!(await roles.has(String(ctx.from.id), "admin"))) return ctx.reply(T.denied);
      await handler(ctx as Ctx);
    });

  pm.command("thongke", withScope((ctx, scope) => thongke(ctx, scope, String(ctx.match ?? ""))));

  pm.command(
    "xuatbaocao",
    withScope(async (ctx, scope) => {
      const parsed = parseReportArgs(String(ctx.match ?? ""), reports.today());
      if (!parsed.ok) return ctx.reply(parsed.error);
      await sendExport(ctx, scope, parsed.args.period ?? periodContaining("quarter", reports.today()));
    }),
  );

  pm.command(
    "baocaongay",
    withScope(async (ctx) => {
      if (!deps.digest) return ctx.reply(T.digestUnavailable);
      const arg = String(ctx.match ?? "").trim().toLowerCase();
      const on = ["bat", "bật", "on", "1"].includes(arg);
      const off = ["tat", "tắt", "off", "0"].includes(arg);
      if (!on && !off) return ctx.reply(T.digestUsage);
      await deps.digest.setSubscribed(String(ctx.from.id), on);
      await ctx.reply(on ? T.digestOn : T.digestOff);
    }),
  );

  pm.callbackQuery(/^tk:/, withScope(async (ctx, scope) => {
    const action = parseReportCallback(ctx.callbackQuery?.data ?? "");
    if (!action) return ctx.reply(T.staleButton);
    if (action.a === "period") return sendPeriod(ctx, scope, periodContaining(action.kind, reports.today()));
    if (action.a === "export") return sendExport(ctx, scope, action.period);
    const report = await reports.period(action.period, scope);
    await ctx.replyWithChatAction("upload_photo").catch(() => {});
    await ctx.replyWithPhoto(new InputFile(await reportChartPng(report), "bieu-do.png"), { caption: T.chartCaption(report.currentName, report.previousName) });
  }));

  pm.command("kichhoat", (ctx) =>
    guarded(ctx, async () => {
      const typed = String(ctx.match ?? "").trim();
      if (!typed) return ctx.reply(T.redeemUsage);
      const userId = String(ctx.from.id);
      const name = [ctx.from.first_name, ctx.from.last_name].filter(Boolean).join(" ") + (ctx.from.username ? ` (@${ctx.from.username})` : "");
      const result = await invitations.redeem(userId, typed, { name });
      if (!result.ok) return ctx.reply(result.reason === "too_many_attempts" ? T.redeemTooMany : T.redeemUnknown);
      await updateMenu(ctx.api, userId, ctx);
      await ctx.reply(T.redeemOk(result.role, unitName(result.unit)));
    }),
  );

  pm.command(
    "moi",
    asAdmin(async (ctx) => {
      const words = String(ctx.match ?? "").trim().split(/\s+/).filter(Boolean);
      // Roles may be typed as several words ("tổ công tác"): take the longest prefix that is one.
      let role: Role | null = null;
      let rest: string[] = [];
      for (let n = Math.min(3, words.length); n >= 1 && !role; n--) {
        role = parseRole(words.slice(0, n).join(" "));
        rest = words.slice(n);
      }
      if (!role) return ctx.reply(T.inviteUsage);
      let unit: string | null = null;
      if (role === "official" && rest.length > 0) {
        const match = reports.catalogue.resolve(rest.join(" "));
        if (!match) return ctx.reply(T.unknownUnit(rest.join(" ")));
        unit = match.unit.code;
      }
      const invitation = await invitations.create(role, unit, String(ctx.from.id));
      const shownUnit = role === "official" ? escapeHtml(unitName(invitation.unit) ?? "") : null;
      await ctx.reply(T.inviteCreated(invitation.code, role, shownUnit, formatExportTime(invitation.expiresAt)), { parse_mode: "HTML" });
    }),
  );

  pm.command(
    "loimoi",
    asAdmin(async (ctx) => {
      const lines = (await invitations.pending()).map((i) => {
        const unit = i.role === "official" ? ` (${escapeHtml(unitName(i.unit) ?? "")})` : "";
        return `• <code>${displayCode(i.code)}</code>: ${ROLE_NAMES[i.role]}${unit}, tạo bởi ${escapeHtml(i.by)}, hết hạn ${formatExportTime(i.expiresAt)}`;
      });
      await replyBlocks(ctx, [{ kind: "html", html: [T.pendingTitle, ...(lines.length > 0 ? [...lines, T.pendingHint] : [T.pendingEmpty])].join("\n") }]);
    }),
  );

  pm.command(
    "huymoi",
    asAdmin(async (ctx) => {
      const typed = String(ctx.match ?? "").trim();
      if (!typed) return ctx.reply(T.cancelUsage);
      await ctx.reply((await invitations.cancel(typed)) ? T.inviteCancelled : T.cancelUnknown);
    }),
  );

  pm.command(
    "quyen",
    asAdmin(async (ctx) => {
      const holders = await roles.list();
      const lines = holders.map((h) => {
        const who = h.name ? `${escapeHtml(h.name)}, mã ${h.userId}` : `mã ${h.userId}`;
        const what = h.roles.map((r) => (r === "official" && h.officialScope ? `${ROLE_NAMES[r]} (${escapeHtml(scopeName(h.officialScope))})` : ROLE_NAMES[r]));
        return `• ${who}: ${what.join(", ")}${h.configured ? " (cấu hình sẵn)" : ""}`;
      });
      const others = holders.some((h) => !h.configured);
      await replyBlocks(ctx, [{ kind: "html", html: [T.holdersTitle, ...lines, ...(others ? [] : [T.noHolders])].join("\n") }]);
    }),
  );

  pm.command(
    "thuhoi",
    asAdmin(async (ctx) => {
      const [user, ...roleWords] = String(ctx.match ?? "").trim().split(/\s+/).filter(Boolean);
      const role = roleWords.length > 0 ? parseRole(roleWords.join(" ")) : undefined;
      if (!user || !/^\d{1,20}$/.test(user) || role === null) return ctx.reply(T.revokeUsage);
      try {
        const removed = await roles.revoke(user, { role, by: String(ctx.from.id) });
        // Codes made by someone who is no longer an admin die with the role (redeeming checks it too).
        const cancelled = (await roles.has(user, "admin")) ? 0 : await invitations.cancelBy(user);
        if (removed.length === 0 && cancelled === 0) return ctx.reply(T.revokeNone(user));
        await updateMenu(ctx.api, user, ctx);
        await ctx.reply([T.revoked(user, removed), ...(cancelled > 0 ? [T.invitesCancelled(cancelled)] : [])].join("\n"));
      } catch (err) {
        if (err instanceof ProtectedAdminError) return ctx.reply(T.revokeProtected);
        throw err;
      }
    }),
  );

  pm.command(
    "nhatky",
    asAdmin(async (ctx) => {
      const entries = await roles.audit(15);
      const lines = entries.map((e) => {
        const unit = e.role === "official" && e.unit ? ` (${e.unit === ALL_UNITS ? "mọi xã" : e.unit})` : "";
        const verb = e.action === "grant" ? "cấp" : "thu hồi";
        return `• ${formatExportTime(e.at)}: ${verb} ${ROLE_NAMES[e.role] ?? e.role}${escapeHtml(unit)} cho ${escapeHtml(e.user)}, bởi ${escapeHtml(e.by || "?")} (${escapeHtml(e.via)})`;
      });
      await replyBlocks(ctx, [{ kind: "html", html: [T.auditTitle, ...(lines.length > 0 ? lines : [T.auditEmpty])].join("\n") }]);
    }),
  );

  return composer;

  // ── helpers ─────────────────────────────────────────────────────────────────────────────────

  async function thongke(ctx: Ctx, scope: UnitScope, text: string) {
    const answer = await reportFor(reports, scope, text);
    if ("error" in answer) return ctx.reply(answer.error);
    if (answer.kind === "detail") return replyBlocks(ctx, answer.doc);
    const keyboard = reportKeyboard(answer.kind === "period" ? answer.period : periodContaining("quarter", reports.today()));
    await replyBlocks(ctx, answer.doc, keyboard);
  }

  async function sendPeriod(ctx: Ctx, scope: UnitScope, period: Period) {
    const report = await reports.period(period, scope);
    await replyBlocks(ctx, renderPeriodReport(report), reportKeyboard(period));
  }

  async function sendExport(ctx: Ctx, scope: UnitScope, period: Period) {
    await ctx.replyWithChatAction("upload_document").catch(() => {});
    const { files } = await reportExport(reports, scope, period);
    for (const file of files) await ctx.replyWithDocument(new InputFile(file.bytes, file.name), file.caption ? { caption: file.caption } : {});
  }

  function unitName(code: string | null): string | null {
    if (code === null) return null;
    return code === ALL_UNITS ? "mọi xã" : (reports.catalogue.byCode(code)?.name ?? code);
  }

  function scopeName(scope: UnitScope): string {
    return scope === "all" ? "mọi xã" : scope.map((code) => unitName(code)).join(", ");
  }

  async function updateMenu(api: Api, userId: string, ctx: BotContext) {
    await syncMenu(api, roles, userId, deps.menu).catch((err: unknown) => ctx.log.warn({ err, userId }, "could not update the command menu"));
  }
}

/** Sends blocks as as many HTML messages as needed; the keyboard goes under the last one. */
async function replyBlocks(ctx: BotContext, blocks: readonly HtmlBlock[], keyboard?: InlineKeyboard): Promise<void> {
  const messages = packHtml(blocks);
  for (const [i, text] of messages.entries()) {
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: i === messages.length - 1 ? keyboard : undefined });
  }
}

/** Any failure (Redis down…) becomes one polite line; the details go to the log. */
async function guarded(ctx: BotContext, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (err) {
    ctx.log.error({ err }, "officials' command failed");
    await ctx.reply(T.busy).catch(() => {});
  }
}
