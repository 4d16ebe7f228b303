/**
 * The BullMQ side: runs are cut into batch jobs with fixed ids, on the app's Redis under the app's
 * prefix. A fixed id per (run, generation, batch) means enqueuing the same run twice (a retry after
 * a crash while starting it) adds nothing; the ledger makes running a batch twice harmless too.
 */
import { Queue, type ConnectionOptions } from "bullmq";
import type { BatchJobData } from "./batch-processor.js";
import { bullPrefix, QUEUE_NAME } from "./keys.js";

export class BroadcastQueue {
  readonly queue: Queue<BatchJobData>;

  constructor(
    connection: ConnectionOptions,
    prefix: string,
    private readonly batchSize: number,
  ) {
    this.queue = new Queue<BatchJobData>(QUEUE_NAME, { connection, prefix: bullPrefix(prefix) });
  }

  /** Adds the batch jobs covering recipients [0, total) of a run, for resume generation `gen`. */
  async enqueueRun(runId: string, total: number, gen: number): Promise<void> {
    const jobs = [];
    for (let from = 0, i = 0; from < total; from += this.batchSize, i++) {
      jobs.push({
        name: "batch",
        data: { runId, from, to: Math.min(total, from + this.batchSize), gen },
        opts: {
          jobId: `r${runId}-g${gen}-b${i}`,
          // Failures of the batch itself (Redis trouble); recipients have their own retry rules.
          attempts: 8,
          backoff: { type: "exponential", delay: 1000 },
          // Kept a day, so the fixed ids keep deduplicating a repeated enqueue.
          removeOnComplete: { age: 86_400 },
          removeOnFail: { age: 7 * 86_400 },
        },
      });
    }
    for (let i = 0; i < jobs.length; i += 500) await this.queue.addBulk(jobs.slice(i, i + 500));
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
