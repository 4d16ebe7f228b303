/**
 * The Redis client the whole app shares: one node, a Cluster or a Sentinel group (config.ts,
 * RedisTarget), all behind one type. Commands fail fast while Redis is down (no offline queue, one
 * retry) so a citizen hears "the system is busy" at once instead of waiting; the client keeps
 * reconnecting in the background and the bot recovers by itself. A Redis that is up but frozen (a
 * stopped process, a network stall) does not answer at all: every command gives up after
 * COMMAND_TIMEOUT_MS, so the person still hears "busy" instead of waiting.
 *
 * On a Cluster every multi-key command, script and transaction of the app keeps its keys in one
 * slot (see the key builders: one hash tag per chat, run, day, stream…), so the same code runs on
 * both; test/redis/cluster.test.ts and the cluster test run hold it.
 */
import { Cluster, Redis, type RedisOptions } from "ioredis";
import type { RedisTarget } from "../config.js";

/** Longer than any command the app sends takes on a healthy Redis, short enough for a person waiting. */
export const COMMAND_TIMEOUT_MS = 2_000;

/** A connection to one node, a Sentinel-managed master or a Cluster: the commands are the same. */
export type RedisClient = Redis | Cluster;

const retryStrategy = (attempt: number) => Math.min(attempt * 200, 2_000);

function nodeOptions(name: string): RedisOptions {
  return {
    connectionName: `tro-ly-dvc:${name}`,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: COMMAND_TIMEOUT_MS,
    // Many chats at once: batch their commands into one round trip (per node on a Cluster).
    enableAutoPipelining: true,
    retryStrategy,
  };
}

export function createRedis(target: RedisTarget, name = "app"): RedisClient {
  switch (target.kind) {
    case "single":
      return new Redis(target.url, nodeOptions(name));
    case "sentinel":
      return new Redis({ ...nodeOptions(name), sentinels: target.sentinels, name: target.name, password: target.password ?? undefined, sentinelPassword: target.password ?? undefined });
    case "cluster": {
      const { lazyConnect, enableOfflineQueue, enableAutoPipelining, ...redisOptions } = nodeOptions(name);
      return new Cluster(target.nodes, {
        lazyConnect,
        enableOfflineQueue,
        enableAutoPipelining,
        redisOptions: { ...redisOptions, password: target.password ?? undefined },
        clusterRetryStrategy: retryStrategy,
        // Reads go to masters: a replica may lag behind a write the same person just made.
        scaleReads: "master",
      });
    }
  }
}

/**
 * A connection for BullMQ, which blocks on its queue: commands wait for a reconnect instead of
 * failing, and none times out. The caller closes it after the queue and workers.
 */
export function createQueueConnection(target: RedisTarget, name: string): RedisClient {
  const options: RedisOptions = { connectionName: `tro-ly-dvc:${name}`, maxRetriesPerRequest: null, retryStrategy };
  switch (target.kind) {
    case "single":
      return new Redis(target.url, options);
    case "sentinel":
      return new Redis({ ...options, sentinels: target.sentinels, name: target.name, password: target.password ?? undefined, sentinelPassword: target.password ?? undefined });
    case "cluster":
      return new Cluster(target.nodes, { redisOptions: { ...options, password: target.password ?? undefined }, clusterRetryStrategy: retryStrategy, scaleReads: "master" });
  }
}

/** A connection of its own for blocking reads (XREADGROUP BLOCK): no command timeout, waits for a reconnect. */
export function blockingDuplicate(redis: RedisClient): RedisClient {
  const options = { commandTimeout: undefined, enableOfflineQueue: true, maxRetriesPerRequest: null };
  return redis instanceof Cluster ? redis.duplicate(undefined, { enableOfflineQueue: true, redisOptions: { ...redis.options.redisOptions, ...options } }) : redis.duplicate(options);
}

/** Connects and waits until Redis answers, with one clear error when it cannot be reached. */
export async function connectRedis(redis: RedisClient): Promise<void> {
  await redis.connect();
  await redis.ping();
}

/** The nodes that hold data: every master of a Cluster, or the one node. */
export function dataNodes(redis: RedisClient): Redis[] {
  return redis instanceof Cluster ? redis.nodes("master") : [redis];
}

/** Where the app's Redis is, for the start-up log: hosts and ports, never a password. */
export function describeRedis(target: RedisTarget): string {
  if (target.kind === "cluster") return `cluster ${target.nodes.map((n) => `${n.host}:${n.port}`).join(",")}`;
  if (target.kind === "sentinel") return `sentinel ${target.name}@${target.sentinels.map((n) => `${n.host}:${n.port}`).join(",")}`;
  try {
    const u = new URL(target.url);
    return `${u.protocol}//${u.hostname}:${u.port || "6379"}${u.pathname && u.pathname !== "/" ? u.pathname : ""}`;
  } catch {
    return "(unparseable REDIS_URL)";
  }
}
