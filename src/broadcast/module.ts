/**
 * The broadcast module for the composition root: subscriptions, task-force broadcasts (/thongbao),
 * authenticity checks (/kiemtra), the weekly reminders (/lichnhac) and the BullMQ sender, built
 * from their parts in one place.
 *
 * ```ts
 * const broadcasts = createBroadcastModule({ redis, redisTarget, config, units, texts, roles, channels, staff, stateStore, logger });
 * const assistant = createAssistant({ ..., listeners: broadcasts.listeners });
 * // The channel's own folder adds its commands and pacing, e.g. src/bot/telegram/broadcast-features.ts
 * await broadcasts.start();   // sender worker + reminder ticker
 * …
 * await broadcasts.stop();    // finishes messages in flight, hands the rest back to the queue
 * ```
 *
 * Bulk messages go through each channel's bulk sender (its own client), each channel at its own pace
 * and within its own messaging window, so the bot's replies to citizens never wait behind a
 * broadcast. Nothing here knows which channels those are.
 */
import type { Worker } from "bullmq";
import type { RedisTarget } from "../config.js";
import { createQueueConnection } from "../redis/connection.js";
import type { RedisClient } from "../redis/connection.js";
import type { Logger } from "pino";
import type { EventListener } from "../flows/event-listener.js";
import type { QuietHours } from "../config.js";
import type { ChatStateStore } from "../flows/state-store.js";
import type { Translator } from "../i18n/translator.js";
import type { UnitCatalogue } from "../units/catalogue.js";
import { BatchProcessor, type BatchJobData, type BatchTuning, type ChannelLane } from "./batch-processor.js";
import { BroadcastQueue } from "./broadcast-queue.js";
import { BroadcastService } from "./broadcast-service.js";
import type { BulkChannel, PaidPace, StaffChannel } from "./bulk-channel.js";
import { ComposeStore } from "./compose-store.js";
import { DeliveryLedger } from "./delivery-ledger.js";
import { broadcastKeys, type BroadcastKeys } from "./keys.js";
import { MessageRenderer } from "./message-renderer.js";
import { PaidBudget } from "./paid-budget.js";
import { ProgressReporter } from "./progress.js";
import { ReminderTicker } from "./reminder-ticker.js";
import { ScheduleStore } from "./reminder-schedule.js";
import type { RoleChecker } from "./roles.js";
import { RunStore } from "./run-store.js";
import { SendGate } from "./send-gate.js";
import { createSenderWorker, type WorkerTuning } from "./sender-worker.js";
import { subscriptionListener } from "./subscription-listener.js";
import { SubscriptionCommands } from "./subscription-commands.js";
import { SubscriptionStore } from "./subscriptions.js";

/** What this module uses of the chat state store. */
export type CitizenStates = Pick<ChatStateStore, "read" | "update">;

export interface BroadcastTuning extends BatchTuning, WorkerTuning {
  /** Recipients per BullMQ job. */
  batchSize: number;
  /** A claim older than this belongs to a dead worker (must exceed the HTTP timeout). */
  leaseMs: number;
  /** Least time between two messages to one chat. */
  chatGapMs: number;
  progressIntervalMs: number;
  tickIntervalMs: number;
}

export const DEFAULT_TUNING: BroadcastTuning = {
  batchSize: 100,
  lanes: 4,
  concurrency: 2,
  maxAttempts: 4,
  backoffMs: 1000,
  lateMs: 5,
  statusPollMs: 500,
  quietRecheckMs: 60_000,
  leaseMs: 30_000,
  chatGapMs: 1050,
  lockDurationMs: 30_000,
  stalledIntervalMs: 15_000,
  progressIntervalMs: 3000,
  tickIntervalMs: 30_000,
};

export interface BroadcastModuleOptions {
  /** The app's shared client, for this module's own keys. */
  redis: RedisClient;
  /** The same Redis for BullMQ, which opens connections of its own (it needs blocking ones). */
  redisTarget: RedisTarget;
  /** `quietHours` (null = off) and `redis.prefix`, which prefixes every key, BullMQ's included. */
  config: { quietHours: QuietHours | null; redis: { prefix: string } };
  units: UnitCatalogue;
  texts: Translator;
  roles: RoleChecker;
  /** Each pushing channel's bulk sender (its own client, separate from the one answering citizens). */
  channels: readonly BulkChannel[];
  /** Where the task force who started a broadcast sees its progress (the composing channel), if any. */
  staff: StaffChannel | null;
  /**
   * The citizens' chat state (language, commune): the Assistant's ChatStateStore, or another one on
   * the same Redis and prefix (reads go to Redis; writes are compare-and-set).
   */
  stateStore: CitizenStates;
  logger: Logger;
  /** Clock for quiet hours, schedules and consent times (tests); real time by default. */
  now?: () => number;
  tuning?: Partial<BroadcastTuning>;
  /** Whether this process sends (worker and reminder ticker); default true. */
  sender?: boolean;
}

/** Everything a channel's broadcast commands need, in one bag. */
export interface BroadcastParts {
  keys: BroadcastKeys;
  redis: RedisClient;
  roles: RoleChecker;
  units: UnitCatalogue;
  texts: Translator;
  stateStore: CitizenStates;
  subscriptions: SubscriptionStore;
  /** /dangky, /huy and leaving a channel, for every pushing channel. */
  subscriptionCommands: SubscriptionCommands;
  runs: RunStore;
  compose: ComposeStore;
  service: BroadcastService;
  renderer: MessageRenderer;
  schedule: ScheduleStore;
  /** The shared pace of each pushing channel, by channel id. */
  gates: ReadonlyMap<string, SendGate>;
  /** Channels sending paid (Telegram's paid broadcasts) and their price, for the task force's preview. */
  paid: ReadonlyMap<string, PaidPace>;
  quietHours: QuietHours | null;
  now: () => number;
  logger: Logger;
  tuning: BroadcastTuning;
}

export interface BroadcastModule {
  /** Listeners for the Assistant ({ listeners }): keeps subscriptions in step with onboarding. */
  listeners: EventListener[];
  parts: BroadcastParts;
  ticker: ReminderTicker;
  queue: BroadcastQueue;
  worker: Worker<BatchJobData> | null;
  /** Starts the sender worker and the reminder ticker (when `sender` is on). */
  start(): Promise<void>;
  /** Graceful stop: sends in flight finish, unsent batches go back to the queue for the next start. */
  stop(): Promise<void>;
}

/** A channel's sender with its shared free pace and, when turned on, its paid pace and budget. */
function channelLane(redis: RedisClient, keys: BroadcastKeys, sender: BulkChannel, now: () => number): ChannelLane {
  const gate = new SendGate(redis, keys.gate(sender.channel), sender.ratePerSecond);
  if (!sender.paid) return { sender, gate };
  const { ratePerSecond, priceMilli, monthlyCapMilli } = sender.paid;
  return {
    sender,
    gate,
    paid: {
      gate: new SendGate(redis, keys.paidGate(sender.channel), ratePerSecond),
      budget: new PaidBudget(redis, (month) => keys.paidSpent(sender.channel, month), priceMilli, monthlyCapMilli, now),
    },
  };
}

/**
 * Sends in flight scale with the fastest pace: at 1,000 messages a second and a round trip of up
 * to 250 ms, about 250 must be in flight, spread over the worker's batches (and bigger batches,
 * so a batch is not over before its lanes have started).
 */
export function scaleTuning(tuning: BroadcastTuning, fastestPerSecond: number): BroadcastTuning {
  if (fastestPerSecond <= 0) return tuning;
  const inFlight = Math.ceil(fastestPerSecond * 0.25);
  const lanes = Math.max(tuning.lanes, Math.ceil(inFlight / tuning.concurrency));
  return { ...tuning, lanes, batchSize: Math.max(tuning.batchSize, lanes * 5) };
}

export function createBroadcastModule(opts: BroadcastModuleOptions): BroadcastModule {
  // Tuning given by the caller wins over the scaled defaults.
  const fastestPaid = Math.max(0, ...opts.channels.map((c) => c.paid?.ratePerSecond ?? 0));
  const tuning = { ...scaleTuning(DEFAULT_TUNING, fastestPaid), ...opts.tuning };
  const now = opts.now ?? Date.now;
  const prefix = opts.config.redis.prefix;
  const quietHours = opts.config.quietHours;
  const { redis, logger } = opts;
  const keys = broadcastKeys(prefix);
  // BullMQ's own connection: it waits on blocking commands, so no per-command timeout or retry cap.
  const connection = createQueueConnection(opts.redisTarget, "broadcast");

  const subscriptions = new SubscriptionStore(redis, keys, now);
  const runs = new RunStore(redis, keys);
  const queue = new BroadcastQueue(connection, prefix, tuning.batchSize);
  const service = new BroadcastService({ redis, keys, runs, subscriptions, queue, stateStore: opts.stateStore, now, logger });
  const lanes = new Map(opts.channels.map((sender) => [sender.channel, channelLane(redis, keys, sender, now)]));
  const gates = new Map([...lanes].map(([channel, lane]) => [channel, lane.gate]));
  const renderer = new MessageRenderer(opts.texts, opts.units);
  const schedule = new ScheduleStore(redis, keys.schedule);
  const progress = new ProgressReporter(redis, keys, runs, opts.staff, logger, tuning.progressIntervalMs);
  const ticker = new ReminderTicker({ keys, schedule, service, quietHours, now, logger, intervalMs: tuning.tickIntervalMs });

  let closing = false;
  const processor = new BatchProcessor({
    keys,
    runs,
    ledger: new DeliveryLedger(redis, tuning.leaseMs, tuning.chatGapMs),
    channels: lanes,
    renderer,
    subscriptions,
    progress,
    quietHours,
    now,
    logger,
    tuning,
    closing: () => closing,
  });
  const worker = opts.sender === false ? null : createSenderWorker({ connection, prefix, processor, logger, tuning });

  const parts: BroadcastParts = {
    keys,
    redis,
    roles: opts.roles,
    units: opts.units,
    texts: opts.texts,
    stateStore: opts.stateStore,
    subscriptions,
    subscriptionCommands: new SubscriptionCommands({ subscriptions, stateStore: opts.stateStore, texts: opts.texts, units: opts.units, now }),
    runs,
    compose: new ComposeStore(redis, keys),
    service,
    renderer,
    schedule,
    gates,
    paid: new Map(opts.channels.flatMap((c) => (c.paid ? [[c.channel, c.paid] as const] : []))),
    quietHours,
    now,
    logger,
    tuning,
  };

  return {
    listeners: [subscriptionListener(subscriptions, opts.stateStore, new Set(opts.channels.map((c) => c.channel)), logger)],
    parts,
    ticker,
    queue,
    worker,
    async start() {
      if (!worker) return;
      closing = false;
      void worker.run().catch((err: unknown) => logger.error({ err }, "broadcast worker stopped"));
      await worker.waitUntilReady();
      ticker.start();
    },
    async stop() {
      closing = true;
      await ticker.stop();
      await worker?.close();
      await queue.close();
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
