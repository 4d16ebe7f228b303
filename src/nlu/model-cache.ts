/**
 * Trained weights kept on disk, keyed by a hash of exactly what they were trained on (every
 * sample's features and the settings), so a changed bank, lexicon or feature rule can never be
 * served stale weights, and a process whose content did not change loads in milliseconds instead
 * of training for seconds (start-up, and every test file that loads the content).
 *
 * Losing the cache costs one training; a read-only disk only means training every start.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface ModelCache {
  read(key: string): unknown;
  write(key: string, model: unknown): void;
}

export function cacheKey(...parts: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);
}

export function fileModelCache(dir: string): ModelCache {
  const file = (key: string) => join(dir, `intent-model-${key}.json`);
  return {
    read(key) {
      try {
        return JSON.parse(readFileSync(file(key), "utf8")) as unknown;
      } catch {
        return undefined; // absent or half-written by a process that died: train again
      }
    },
    write(key, model) {
      try {
        mkdirSync(dir, { recursive: true });
        // Written aside and renamed, so a reader never sees half a file.
        const temporary = `${file(key)}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(model));
        renameSync(temporary, file(key));
      } catch {
        // A read-only disk: keep the trained model in memory only.
      }
    },
  };
}
