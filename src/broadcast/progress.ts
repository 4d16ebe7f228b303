/**
 * Keeps the task force informed: one progress message edited in place ("đã gửi 1.234/5.000") at
 * most every few seconds across all instances, then a final report, sent once (the instance that
 * finishes the run sends it). Reminder runs have no task-force chat and are only logged.
 */
import type { RedisClient } from "../redis/connection.js";
import type { Logger } from "pino";
import type { StaffChannel } from "./bulk-channel.js";
import type { BroadcastKeys } from "./keys.js";
import type { Run, RunStore } from "./run-store.js";
import { tf } from "./taskforce-texts.js";

export class ProgressReporter {
  readonly #lastLocal = new Map<string, number>();

  constructor(
    private readonly redis: RedisClient,
    private readonly keys: BroadcastKeys,
    private readonly runs: RunStore,
    private readonly staff: StaffChannel | null,
    private readonly logger: Logger,
    private readonly intervalMs = 3000,
  ) {}

  /** Updates the progress message if nobody did in the last interval (`force` skips the check). */
  async tick(runId: string, force = false): Promise<void> {
    if (!force) {
      // A local check first, so most messages cost no Redis call at all.
      const now = performance.now();
      if (now - (this.#lastLocal.get(runId) ?? -Infinity) < this.intervalMs / 3) return;
      this.#lastLocal.set(runId, now);
      const mine = await this.redis.set(this.keys.progressThrottle(runId), "1", "PX", this.intervalMs, "NX");
      if (mine !== "OK") return;
    }
    const run = await this.runs.get(runId);
    if (run) await this.#edit(run, tf.progress(run));
  }

  /** The run is complete: last edit of the progress message and the report. */
  async finish(runId: string): Promise<void> {
    this.#lastLocal.delete(runId);
    const run = await this.runs.get(runId);
    if (!run) return;
    this.logger.info({ run: run.id, kind: run.kind, total: run.total, ...run.counts }, "run finished");
    if (!run.chatId || !this.staff) return;
    await this.#edit(run, tf.progress(run));
    await this.staff.notify(run.chatId, tf.report(run)).catch((err: unknown) => this.logger.warn({ err, run: run.id }, "could not send the report"));
  }

  async #edit(run: Run, text: string): Promise<void> {
    if (!run.chatId || !run.progressMessageId || !this.staff) return;
    // Progress is a courtesy: a failed edit (429, "not modified") is skipped, never retried.
    await this.staff.edit(run.chatId, run.progressMessageId, text).catch((err: unknown) => {
      this.logger.debug({ err, run: run.id }, "progress edit skipped");
    });
  }
}
