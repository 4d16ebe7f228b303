/**
 * Starting, stopping and resuming runs: what the /thongbao feature and the weekly reminder ticker
 * both need. Starting a run is: create it ("preparing"), snapshot its recipients, enqueue its
 * batches, then mark it "running" (workers hold back batches of a run still preparing). Each step
 * can be repeated safely, so a run whose starter died halfway is finished by `recover()`.
 */
import type { RedisClient } from "../redis/connection.js";
import type { Logger } from "pino";
import type { ChatStateStore } from "../flows/state-store.js";
import type { BroadcastQueue } from "./broadcast-queue.js";
import type { BroadcastKeys } from "./keys.js";
import { recipientAddress } from "./recipient.js";
import type { NewRun, RunStore } from "./run-store.js";
import type { Recipient, SubscriptionStore } from "./subscriptions.js";

/** A run left "preparing" this long was abandoned by a dead instance. */
const ABANDONED_AFTER_MS = 60_000;

export class BroadcastService {
  constructor(
    private readonly deps: {
      redis: RedisClient;
      keys: BroadcastKeys;
      runs: RunStore;
      subscriptions: SubscriptionStore;
      queue: BroadcastQueue;
      stateStore: Pick<ChatStateStore, "read"> | null;
      now: () => number;
      logger: Logger;
    },
  ) {}

  /**
   * Creates and starts a run. `beforeStart` runs once the id is known and before any message goes
   * out (the feature sends the progress message there). Returns the run id, or null when `guard`
   * shows another instance already started this one.
   */
  async launch(run: NewRun, opts: { guard?: { key: string; ttlSeconds: number }; beforeStart?: (id: string) => Promise<void> } = {}): Promise<string | null> {
    const id = await this.deps.runs.create(run, opts.guard);
    if (id === null) return null;
    await opts.beforeStart?.(id);
    await this.#prepare(id);
    return id;
  }

  async #prepare(id: string): Promise<void> {
    const { runs, subscriptions, queue } = this.deps;
    const run = await runs.get(id);
    if (!run || run.status !== "preparing") return;
    const total = await runs.snapshot(id, this.#withChatState(subscriptions.recipients(run.units)));
    await queue.enqueueRun(id, total, run.gen, await runs.segments(id));
    await runs.setStatus(id, "running", ["preparing"]);
    // Nobody to send to: the run is complete at once (no batch would finish it).
    if (total === 0) await runs.finishIfComplete(id, this.deps.now());
    this.deps.logger.info({ run: id, kind: run.kind, total }, "run started");
  }

  /**
   * A subscriber may have switched language since subscribing, and channels with a messaging
   * window need to know when the person last wrote: the bot's chat state knows both.
   */
  async *#withChatState(batches: AsyncIterable<Recipient[]>): AsyncGenerator<Recipient[]> {
    const store = this.deps.stateStore;
    for await (const batch of batches) {
      if (!store) {
        yield batch;
        continue;
      }
      const states = await Promise.all(batch.map((r) => store.read(recipientAddress(r.chatId)).catch(() => null)));
      yield batch.map((r, i) => {
        const state = states[i];
        return state ? { ...r, lang: state.lang ?? r.lang, seenAt: state.at } : r;
      });
    }
  }

  /** Stops a running run; its batches notice within a second. Its retention starts now (a resume within it is fine). */
  async stop(id: string): Promise<boolean> {
    const stopped = await this.deps.runs.setStatus(id, "stopped", ["running", "preparing"]);
    if (stopped) await this.deps.runs.expireEnded(id, this.deps.now());
    return stopped;
  }

  /** Resumes a stopped run: fresh jobs for every batch; recipients already served are skipped. */
  async resume(id: string): Promise<boolean> {
    const { runs, queue } = this.deps;
    if (!(await runs.setStatus(id, "running", ["stopped"]))) return false;
    const gen = await runs.nextGeneration(id);
    const run = await runs.get(id);
    await queue.enqueueRun(id, run?.total ?? 0, gen, await runs.segments(id));
    return true;
  }

  /** Finishes starting runs abandoned by a dead instance (called at start and periodically). */
  async recover(): Promise<void> {
    const now = this.deps.now();
    for (const run of await this.deps.runs.recent(50)) {
      if (run.status !== "preparing" || now - run.createdAt < ABANDONED_AFTER_MS) continue;
      // One instance at a time redoes the preparation.
      const lock = await this.deps.redis.set(`${this.deps.keys.run(run.id)}:recover`, "1", "PX", ABANDONED_AFTER_MS, "NX");
      if (lock !== "OK") continue;
      this.deps.logger.warn({ run: run.id }, "finishing the start of an abandoned run");
      await this.#prepare(run.id);
    }
  }

  /** Runs started from a chat that are still sending (newest first). */
  async active(): Promise<string[]> {
    const recent = await this.deps.runs.recent(50);
    return recent.filter((r) => r.kind === "broadcast" && (r.status === "running" || r.status === "preparing")).map((r) => r.id);
  }
}
