/**
 * The Redis client the whole app shares. Commands fail fast while Redis is down (no offline queue,
 * one retry) so a citizen hears "the system is busy" at once instead of waiting; the client keeps
 * reconnecting in the background and the bot recovers by itself.
 */
import { Redis } from "ioredis";

export function createRedis(url: string, name = "app"): Redis {
  return new Redis(url, {
    connectionName: `tro-ly-dvc:${name}`,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
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
