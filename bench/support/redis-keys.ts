// Redis key helpers: SCAN by prefix, size accounting and cleanup. Never FLUSHDB.
import { randomBytes } from "node:crypto";
import type { RedisClient } from "../../src/redis/connection.js";

/** A fresh namespace for one bench run, e.g. `bench:3f9a1c0d:`. */
export function benchPrefix(): string {
  return `bench:${randomBytes(4).toString("hex")}:`;
}

/** Escapes glob metacharacters so a literal prefix can be used in SCAN MATCH. */
function globEscape(s: string): string {
  return s.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}

/** All keys starting with `prefix` (SCAN, never KEYS). */
export async function scanKeys(redis: RedisClient, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  const pattern = `${globEscape(prefix)}*`;
  let cursor = "0";
  do {
    const [next, batch] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== "0");
  return [...new Set(keys)];
}

/** Deletes every key under `prefix`; returns how many were removed. */
export async function deleteByPrefix(redis: RedisClient, prefix: string): Promise<number> {
  const keys = await scanKeys(redis, prefix);
  let removed = 0;
  for (let i = 0; i < keys.length; i += 500) {
    removed += await redis.unlink(...keys.slice(i, i + 500));
  }
  return removed;
}

export interface KeySizes {
  keys: number;
  /** Payload bytes: STRLEN for strings, field+value lengths for hashes, else MEMORY USAGE. */
  valueBytes: number;
  /** Redis' own estimate (MEMORY USAGE), including key name and object overhead. */
  memoryBytes: number;
  /** Payload bytes of each key, largest first. */
  perKey: number[];
}

/** Sums the sizes of every key under `prefix`. */
export async function measureKeys(redis: RedisClient, prefix: string): Promise<KeySizes> {
  const keys = await scanKeys(redis, prefix);
  const sizes: KeySizes = { keys: keys.length, valueBytes: 0, memoryBytes: 0, perKey: [] };
  for (const key of keys) {
    const type = await redis.type(key);
    const memory = (await redis.memory("USAGE", key, "SAMPLES", 0)) ?? 0;
    sizes.memoryBytes += memory;
    let bytes = memory;
    if (type === "string") {
      bytes = await redis.strlen(key);
    } else if (type === "hash") {
      bytes = 0;
      const flat = await redis.hgetall(key);
      for (const [f, v] of Object.entries(flat)) bytes += Buffer.byteLength(f) + Buffer.byteLength(v);
    }
    sizes.valueBytes += bytes;
    sizes.perKey.push(bytes);
  }
  sizes.perKey.sort((a, b) => b - a);
  return sizes;
}
