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

  /**
   * Adds the batch jobs covering recipients [0, total) of a run, for resume generation `gen`. The
   * run is sharded by commune: `starts` are the positions where each commune's recipients begin in
   * the snapshot (RunStore.segments), and no batch crosses one, so a batch is one commune's (a large
   * commune gets several); any instance takes any batch.
   */
  async enqueueRun(runId: string, total: number, gen: number, starts: readonly number[] = [0]): Promise<void> {
    const jobs = [];
    const bounds = [...new Set([0, ...starts.filter((s) => s > 0 && s < total), total])].sort((a, b) => a - b);
    let i = 0;
    for (let seg = 0; seg + 1 < bounds.length; seg++) {
      for (let from = bounds[seg]!; from < bounds[seg + 1]!; from += this.batchSize, i++) {
        const to = Math.min(bounds[seg + 1]!, from + this.batchSize);
        jobs.push({
          name: "batch",
          data: { runId, from, to, gen },
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
    }
    for (let i = 0; i < jobs.length; i += 500) await this.queue.addBulk(jobs.slice(i, i + 500));
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
