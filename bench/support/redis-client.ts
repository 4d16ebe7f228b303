// Opens the shared ioredis client for a bench, failing fast instead of retrying forever.
import { Redis } from "ioredis";

export async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    throw new Error(`cannot reach Redis at ${url}: ${(err as Error).message}`, { cause: err });
  }
  return redis;
}
