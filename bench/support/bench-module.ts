// A bench section run by bench/run.ts: it measures and prints its own Markdown section.
export interface BenchModule {
  /** Short id, usable as a filter: `npx tsx bench/run.ts flow`. */
  id: string;
  title: string;
  run(redisUrl: string): Promise<void>;
}
