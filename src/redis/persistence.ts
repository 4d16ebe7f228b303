/**
 * Whether Redis keeps what it holds across a restart. Chat places, the session log and officials'
 * counters all live there: a Redis with neither an append-only file nor snapshots loses them all at
 * its next restart, silently. Checked at start-up (a warning in the log) and shown in /healthz.
 */
import type { RedisClient } from "./connection.js";

export interface Persistence {
  /** "aof": append-only file; "rdb": snapshots only (minutes of writes can be lost); "none"; "unknown": CONFIG is not allowed. */
  mode: "aof" | "rdb" | "none" | "unknown";
  /** A sentence for operators when the mode is not "aof". */
  warning?: string;
}

export async function checkPersistence(redis: RedisClient): Promise<Persistence> {
  let appendonly: string | undefined;
  let save: string | undefined;
  try {
    appendonly = ((await redis.config("GET", "appendonly")) as string[])[1];
    save = ((await redis.config("GET", "save")) as string[])[1];
  } catch {
    return { mode: "unknown", warning: "cannot read Redis persistence settings (CONFIG is not allowed): make sure appendonly is on" };
  }
  if (appendonly === "yes") return { mode: "aof" };
  if (save && save.trim() !== "") return { mode: "rdb", warning: "Redis saves snapshots only: a crash loses the writes since the last one; turn on appendonly" };
  return { mode: "none", warning: "Redis keeps nothing on disk (appendonly no, save \"\"): a restart loses every chat's place and every recorded session" };
}
