/**
 * The BullMQ worker that runs batch jobs through the BatchProcessor. A batch that must wait (quiet
 * hours, a recipient claimed by another live instance, a run still being prepared) is moved back to
 * the delayed set and the worker takes other jobs meanwhile; BullMQ's stalled-job check hands the
 * batches of a killed process to the survivors.
 */
import { DelayedError, Worker, type ConnectionOptions, type Job } from "bullmq";
import type { Logger } from "pino";
import type { BatchJobData, BatchProcessor } from "./batch-processor.js";
import { bullPrefix, QUEUE_NAME } from "./keys.js";

export interface WorkerTuning {
  /** Batches in progress at once in this process. */
  concurrency: number;
  /** BullMQ lock; a killed worker's batches are taken over after about this long. */
  lockDurationMs: number;
  stalledIntervalMs: number;
}

export function createSenderWorker(opts: {
  connection: ConnectionOptions;
  prefix: string;
  processor: BatchProcessor;
  logger: Logger;
  tuning: WorkerTuning;
}): Worker<BatchJobData> {
  const worker = new Worker<BatchJobData>(
    QUEUE_NAME,
    async (job: Job<BatchJobData>, token?: string) => {
      const result = await opts.processor.process(job.data);
      if (result.kind !== "later") return result.kind;
      await job.moveToDelayed(Date.now() + result.delayMs, token);
      // Tells BullMQ the job was moved on purpose, neither completed nor failed.
      throw new DelayedError();
    },
    {
      connection: opts.connection,
      prefix: bullPrefix(opts.prefix),
      autorun: false,
      concurrency: opts.tuning.concurrency,
      lockDuration: opts.tuning.lockDurationMs,
      stalledInterval: opts.tuning.stalledIntervalMs,
      // Batches are idempotent (the ledger), so a batch may stall many times without harm.
      maxStalledCount: 100,
    },
  );
  worker.on("failed", (job, err) => opts.logger.warn({ err, job: job?.id, attempts: job?.attemptsMade }, "broadcast batch failed"));
  worker.on("error", (err) => opts.logger.warn({ err: err.message }, "broadcast worker problem"));
  return worker;
}
