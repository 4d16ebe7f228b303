/**
 * The optional daily digest: officials who ask for it (/baocaongay bat) get yesterday's figures
 * every morning at 7:00 Vietnamese time — the same table as `/thongke`, for yesterday against the
 * day before, within their own scope.
 *
 * Several instances of the app may run: a per-day marker (SET NX) lets exactly one of them send.
 * A digest missed while every instance was down is not sent later (yesterday's figures at noon
 * help nobody). Someone whose role was revoked is dropped from the list at the next run.
 */
import type { RedisClient } from "../redis/connection.js";
import type { Logger } from "pino";
import type { RoleStore } from "../roles/role-store.js";
import { VIETNAM_OFFSET_MS } from "./local-day.js";
import type { OfficialReports } from "./official-reports.js";
import { addDays, dayPeriod, formatDay, today } from "./periods.js";
import { title, type ReportDoc } from "./report-doc.js";
import { renderPeriodReport } from "./report-render.js";

export const DIGEST_HOUR = 7;

export interface DailyDigestDeps {
  redis: RedisClient;
  prefix: string;
  roles: RoleStore;
  reports: OfficialReports;
  /**
   * Sends the report to a person's private chat, rendered by the channel their id names (a bare id:
   * Telegram, HTML; `zalo:<id>`: the OA, plain text).
   */
  send(userId: string, doc: ReportDoc): Promise<unknown>;
  logger?: Logger;
  now?: () => number;
}

/** Milliseconds from `nowMs` to the next 7:00 in Vietnam. */
export function msUntilNextDigest(nowMs: number, hour = DIGEST_HOUR): number {
  const local = nowMs + VIETNAM_OFFSET_MS;
  const dayStart = local - (local % 86_400_000);
  let next = dayStart + hour * 3_600_000;
  if (next <= local) next += 86_400_000;
  return next - local;
}

export class DailyDigest {
  #timer: NodeJS.Timeout | null = null;
  readonly #now: () => number;

  constructor(private readonly deps: DailyDigestDeps) {
    this.#now = deps.now ?? Date.now;
  }

  get #subscribersKey(): string {
    return `${this.deps.prefix}digest:subscribers`;
  }

  async setSubscribed(userId: string, on: boolean): Promise<void> {
    if (on) await this.deps.redis.sadd(this.#subscribersKey, userId);
    else await this.deps.redis.srem(this.#subscribersKey, userId);
  }

  async subscribers(): Promise<string[]> {
    return (await this.deps.redis.smembers(this.#subscribersKey)).sort();
  }

  /**
   * Sends yesterday's digest to every subscriber, unless another run already did today.
   * Returns how many people it was sent to (0 when another instance had it).
   */
  async runOnce(): Promise<number> {
    const day = today(this.#now());
    const marker = `${this.deps.prefix}digest:sent:${day}`;
    if ((await this.deps.redis.set(marker, "1", "EX", 2 * 86_400, "NX")) !== "OK") return 0;
    const yesterday = addDays(day, -1);
    let sent = 0;
    for (const userId of await this.subscribers()) {
      try {
        const scope = await this.deps.roles.scopeOf(userId);
        if (!scope) {
          await this.setSubscribed(userId, false);
          continue;
        }
        const report = await this.deps.reports.period(dayPeriod(yesterday), scope);
        await this.deps.send(userId, [title(`Báo cáo hằng ngày: số liệu ngày ${formatDay(yesterday)}`), ...renderPeriodReport(report)]);
        sent++;
      } catch (err) {
        // One blocked chat must not stop the others.
        this.deps.logger?.warn({ err, userId }, "daily digest not delivered");
      }
    }
    return sent;
  }

  /** Schedules the digest every day at 7:00 until `stop`. */
  start(): void {
    const schedule = () => {
      this.#timer = setTimeout(() => {
        this.runOnce()
          .catch((err: unknown) => this.deps.logger?.error({ err }, "daily digest failed"))
          .finally(() => {
            if (this.#timer) schedule();
          });
      }, msUntilNextDigest(this.#now()));
      this.#timer.unref();
    };
    schedule();
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
