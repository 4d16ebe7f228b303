/**
 * The Redis client the whole app shares. Commands fail fast while Redis is down (no offline queue,
 * one retry) so a citizen hears "the system is busy" at once instead of waiting; the client keeps
 * reconnecting in the background and the bot recovers by itself. A Redis that is up but frozen (a
 * stopped process, a network stall) does not answer at all: every command gives up after
 * COMMAND_TIMEOUT_MS, so the person still hears "busy" instead of waiting.
 */
import { Redis } from "ioredis";

/** Longer than any command the app sends takes on a healthy Redis, short enough for a person waiting. */
export const COMMAND_TIMEOUT_MS = 2_000;

export function createRedis(url: string, name = "app"): Redis {
  return new Redis(url, {
    connectionName: `tro-ly-dvc:${name}`,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: COMMAND_TIMEOUT_MS,
    // Many chats at once: batch their commands into one round trip.
    enableAutoPipelining: true,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
}

/** Connects and waits until Redis answers, with one clear error when it cannot be reached. */
export async function connectRedis(redis: Redis): Promise<void> {
  await redis.connect();
  await redis.ping();
}

/** Where the app's Redis is, for the start-up log: host and port, never a password. */
export function describeRedis(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}:${u.port || "6379"}${u.pathname && u.pathname !== "/" ? u.pathname : ""}`;
  } catch {
    return "(unparseable REDIS_URL)";
  }
}
