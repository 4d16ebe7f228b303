/**
 * Sends one batch of a run: the heart of bulk sending, without BullMQ in it (the worker adapts it),
 * so its rules are plain to read and to test.
 *
 * For each recipient not yet final, a lane reserves a slot of the shared pace of the recipient's
 * channel (send-gate.ts), claims the recipient (delivery-ledger.ts) while the slot comes, sends at
 * the slot, and records the outcome. A few lanes run at once so a channel's round trip (100-300 ms) does not cap the rate;
 * each channel's gate keeps its own total pace.
 *
 *   outside the channel's messaging window            → final "outOfWindow", nothing sent
 *   ok / 403 blocked (unsubscribes) / 400 chat gone   → final
 *   Zalo -230 (no interaction for 7 days)             → final "outOfWindow", no retry
 *   another 400 (the message itself is refused)       → final "failed", no retry
 *   429                                               → everyone pauses retry_after; same recipient again
 *   5xx, network                                      → retried with backoff, "failed" after maxAttempts
 *
 * A channel with a paid pace (Telegram's paid broadcasts) sends each message paid while the month's
 * budget covers it, on the paid gate, and unpaid on the free gate once it does not; the price is
 * given back for a message that did not go out, and the run counts what its delivered messages cost.
 *
 * The batch ends early when the run is stopped or quiet hours begin; the caller then re-queues it
 * (quiet hours, or a recipient still claimed by a live instance) or drops it (stopped: a resume
 * enqueues fresh jobs).
 */
import type { Logger } from "pino";
import type { QuietHours } from "../config.js";
import { isFinal, type DeliveryLedger, type LedgerKeys, type Outcome } from "./delivery-ledger.js";
import type { BroadcastKeys } from "./keys.js";
import type { MessageRenderer } from "./message-renderer.js";
import type { ProgressReporter } from "./progress.js";
import { isQuiet, msUntilQuietEnds } from "./quiet-hours.js";
import type { Run, RunStore } from "./run-store.js";
import { arrive, type SendGate } from "./send-gate.js";
import type { Recipient, SubscriptionStore } from "./subscriptions.js";
import type { BulkChannel } from "./bulk-channel.js";
import type { PaidBudget } from "./paid-budget.js";
import { recipientAddress } from "./recipient.js";

/** One pushing channel as the processor uses it: its sender and its shared pace. */
export interface ChannelLane {
  sender: BulkChannel;
  gate: SendGate;
  /** The channel's paid pace and the budget paying for it, when turned on. */
  paid?: { gate: SendGate; budget: PaidBudget };
}

/** One BullMQ job: recipients [from, to) of a run's snapshot. */
export interface BatchJobData {
  runId: string;
  from: number;
  to: number;
  gen: number;
}

export type BatchResult =
  | { kind: "done" }
  | { kind: "stopped" }
  /** Run it again after `delayMs` (quiet hours, a live claim elsewhere, a run still preparing, shutdown). */
  | { kind: "later"; delayMs: number; reason: "quiet" | "busy" | "preparing" | "closing" };

export interface BatchTuning {
  /** Sends in flight at once per batch. */
  lanes: number;
  /** Attempts for 5xx and network errors before a recipient counts as failed. */
  maxAttempts: number;
  /** First retry delay; doubles each time. */
  backoffMs: number;
  /** A slot this late (event-loop stall) is given up rather than used (no bursts). */
  lateMs: number;
  /** How often a batch looks at the run's status (to notice a stop). */
  statusPollMs: number;
  /** Longest single wait during quiet hours before looking at the clock again. */
  quietRecheckMs: number;
}

export interface BatchDeps {
  keys: BroadcastKeys;
  runs: RunStore;
  ledger: DeliveryLedger;
  /** The pushing channels of this process, by channel id. */
  channels: ReadonlyMap<string, ChannelLane>;
  renderer: MessageRenderer;
  subscriptions: SubscriptionStore;
  progress: ProgressReporter;
  quietHours: QuietHours | null;
  now: () => number;
  logger: Logger;
  tuning: BatchTuning;
  /** True once the module is shutting down: batches hand their rest back to the queue. */
  closing: () => boolean;
}

/**
 * A recipient is claimed this long before its slot: enough for the claim's two round trips, and
 * short, because a claim held when the process is killed counts as "unsure" (never resent): a long
 * lead would leave every waiting lane's recipient unsure, not only the sends in flight.
 */
const CLAIM_LEAD_MS = 20;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

interface Pending {
  recipient: Recipient;
  /** Not before this (performance.now() ms). */
  at: number;
}

export class BatchProcessor {
  constructor(private readonly deps: BatchDeps) {}

  async process(data: BatchJobData): Promise<BatchResult> {
    const { runs, ledger, tuning, now, quietHours } = this.deps;
    const run = await runs.get(data.runId);
    if (!run || run.status === "done" || run.status === "stopped") return { kind: "stopped" };
    if (run.status === "preparing") return { kind: "later", delayMs: 1000, reason: "preparing" };
    if (isQuiet(quietHours, now())) return this.#quiet(run);
    if (run.quietUntil) await runs.setQuietUntil(run.id, null);

    const all = await runs.recipients(run.id, data.from, data.to);
    const ledgerKey = this.deps.keys.ledger(run.id);
    const states = await ledger.states(ledgerKey, all.map((r) => r.chatId));
    const queue: Pending[] = all.filter((_, i) => !isFinal(states[i] ?? null)).map((recipient) => ({ recipient, at: 0 }));
    if (queue.length === 0) {
      await this.#afterOutcome(run, -1);
      return { kind: "done" };
    }

    let stop: "stopped" | "quiet" | "closing" | null = null;
    let busyUntil = 0;
    let statusCheckedAt = performance.now();
    let statusCheck: Promise<void> | null = null;
    const watchStatus = () => {
      if (performance.now() - statusCheckedAt < tuning.statusPollMs) return statusCheck;
      statusCheckedAt = performance.now();
      statusCheck = runs.status(run.id).then((s) => {
        if (s !== "running") stop ??= "stopped";
      });
      return statusCheck;
    };

    const lane = async () => {
      while (stop === null) {
        if (this.deps.closing()) stop = "closing";
        else if (isQuiet(quietHours, now())) stop = "quiet";
        else await watchStatus();
        if (stop !== null) break;
        // Earliest-due first; wait for a deferred recipient when nothing else is ready.
        const i = queue.findIndex((p) => p.at <= performance.now());
        if (i === -1) {
          if (queue.length === 0) break;
          await sleep(Math.min(...queue.map((p) => p.at)) - performance.now());
          continue;
        }
        const [item] = queue.splice(i, 1);
        const outcome = await this.#sendOne(run, item!.recipient);
        if (outcome.kind === "again") queue.push({ recipient: item!.recipient, at: performance.now() + outcome.afterMs });
        else if (outcome.kind === "busy") busyUntil = Math.max(busyUntil, outcome.ms);
      }
    };
    await Promise.all(Array.from({ length: Math.min(tuning.lanes, queue.length) }, lane));

    if (stop === "stopped") return { kind: "stopped" };
    if (stop === "quiet") return this.#quiet(run);
    if (stop === "closing") return { kind: "later", delayMs: 0, reason: "closing" };
    if (busyUntil > 0) return { kind: "later", delayMs: busyUntil + 50, reason: "busy" };
    return { kind: "done" };
  }

  async #quiet(run: Run): Promise<BatchResult> {
    const { quietHours, now, runs, tuning, progress } = this.deps;
    const t = now();
    const left = msUntilQuietEnds(quietHours, t);
    if (run.quietUntil !== t + left) {
      await runs.setQuietUntil(run.id, t + left);
      await progress.tick(run.id, true);
    }
    return { kind: "later", delayMs: Math.min(left, tuning.quietRecheckMs), reason: "quiet" };
  }

  /** One attempt for one recipient; tells the lane whether to come back to it. */
  async #sendOne(run: Run, recipient: Recipient): Promise<{ kind: "settled" } | { kind: "again"; afterMs: number } | { kind: "busy"; ms: number }> {
    const { ledger, renderer, tuning, keys, now } = this.deps;
    const address = recipientAddress(recipient.chatId);
    const lane = this.deps.channels.get(address.channel);
    const lk: LedgerKeys = {
      channel: address.channel,
      ledger: keys.ledger(run.id),
      chatPace: keys.chatPace(recipient.chatId),
      run: keys.run(run.id),
    };
    if (!lane) {
      // Subscribers of a channel this deployment no longer runs: counted, never silently dropped.
      this.deps.logger.warn({ run: run.id, channel: address.channel }, "no sender for this channel; recipient counted as failed");
      await this.#afterOutcome(run, await ledger.settle(lk, recipient.chatId, "failed"));
      return { kind: "settled" };
    }
    const { sender, gate } = lane;
    // Only those the channel may still write to: the others are counted, not tried.
    if (sender.windowMs !== null && !(recipient.seenAt !== undefined && now() - recipient.seenAt <= sender.windowMs)) {
      await this.#afterOutcome(run, await ledger.settle(lk, recipient.chatId, "outOfWindow"));
      return { kind: "settled" };
    }
    // Paid while the month's budget covers it; the price goes back unless the message went out.
    const paidMonth = lane.paid ? (await lane.paid.budget.spend())?.month : undefined;
    let charged = paidMonth !== undefined;
    const refund = async () => {
      if (!charged) return;
      charged = false;
      await lane.paid!.budget.refund(paidMonth!);
    };
    // The slot first, the claim while waiting for it, so the message leaves right at its slot.
    const due = await (charged ? lane.paid!.gate : gate).nextSlot();
    await sleep(due - CLAIM_LEAD_MS - performance.now());
    const claim = await ledger.claim(lk, recipient.chatId);
    if (claim.kind !== "claimed") {
      await refund();
      switch (claim.kind) {
        case "chatBusy":
          return { kind: "again", afterMs: claim.ms };
        case "busy":
          return { kind: "busy", ms: claim.ms };
        case "done":
          return { kind: "settled" };
        case "unsure":
          this.deps.logger.warn({ run: run.id, chat: recipient.chatId }, "a send was in flight when its worker died; counted as unsure, not resent");
          await this.#afterOutcome(run, claim.done);
          return { kind: "settled" };
      }
    }
    // A slot missed (a stall), a pause (429) or a slot owed to a reply: the claim goes back uncounted.
    const onTime = await arrive(due, tuning.lateMs);
    const held = onTime ? await gate.check() : 0;
    if (!onTime || held !== 0) {
      await refund();
      await ledger.release(lk, recipient.chatId, claim.token, claim.attempt - 1);
      return { kind: "again", afterMs: Math.max(held, 0) };
    }

    const result = await sender.send(address.id, renderer.render(run, recipient), { paid: charged });
    if (result.kind !== "ok") await refund();
    const finish = async (outcome: Outcome) => {
      const done = await ledger.finish(lk, recipient.chatId, claim.token, outcome, charged ? lane.paid!.budget.priceMilli : 0);
      await this.#afterOutcome(run, done);
      return { kind: "settled" as const };
    };
    switch (result.kind) {
      case "ok":
        return finish("ok");
      case "blocked":
        await this.deps.subscriptions.unsubscribe(recipient.chatId, "blocked");
        return finish("blocked");
      case "gone":
        await this.deps.subscriptions.unsubscribe(recipient.chatId, "gone");
        return finish("gone");
      case "outOfWindow":
        return finish("outOfWindow");
      case "rejected":
        this.deps.logger.warn({ run: run.id, chat: recipient.chatId, channel: address.channel, description: result.description }, "message refused by the channel");
        return finish("failed");
      case "rateLimited": {
        // The whole sender pauses, on every instance; this attempt does not count against the recipient.
        const left = await gate.pause(result.retryAfterMs);
        await ledger.release(lk, recipient.chatId, claim.token, claim.attempt - 1);
        return { kind: "again", afterMs: left };
      }
      case "retry": {
        if (claim.attempt >= tuning.maxAttempts) {
          this.deps.logger.warn({ run: run.id, chat: recipient.chatId, description: result.description }, "giving up after repeated failures");
          return finish("failed");
        }
        await ledger.release(lk, recipient.chatId, claim.token, claim.attempt);
        return { kind: "again", afterMs: tuning.backoffMs * 2 ** (claim.attempt - 1) };
      }
    }
  }

  async #afterOutcome(run: Run, done: number): Promise<void> {
    const { progress, runs, now } = this.deps;
    if (done >= 0 && done < run.total) {
      await progress.tick(run.id);
      return;
    }
    if (await runs.finishIfComplete(run.id, now())) await progress.finish(run.id);
  }
}
