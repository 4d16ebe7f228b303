// Timing helpers: wall clock + process CPU time, and a bounded-concurrency pool.
import { performance } from "node:perf_hooks";

export interface Measured<T> {
  result: T;
  wallMs: number;
  /** user + system CPU time of this process, in microseconds */
  cpuUs: number;
}

/** Runs `fn` once and reports its wall-clock and process CPU time. */
export async function measure<T>(fn: () => Promise<T>): Promise<Measured<T>> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { result, wallMs, cpuUs: cpu.user + cpu.system };
}

/**
 * Runs `worker` over all `items` with at most `concurrency` in flight at once.
 * Each item is handled by exactly one worker call, so work for one item (e.g. the
 * updates of one chat) stays sequential while different items overlap.
 */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    for (;;) {
      const i = next++;
      if (i >= items.length) return;
      results[i] = await worker(items[i] as T, i);
    }
  });
  await Promise.all(lanes);
  return results;
}

export function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => start + i);
}
