// Redis helpers for tests: the shared server from the global setup, per-test key prefixes, and
// throwaway redis-server processes for tests that simulate an outage.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Cluster, Redis } from "ioredis";
import { inject } from "vitest";
import type { RedisTarget } from "../../src/config.js";
import { dataNodes, type RedisClient } from "../../src/redis/connection.js";
import { localDay } from "../../src/stats/local-day.js";
import { StatsKeys } from "../../src/stats/stats-keys.js";

/** URL of the single redis-server shared by the whole test run (see global-setup.ts). */
export function redisUrl(): string {
  return inject("redisUrl");
}

/**
 * The Redis the run's Redis tests use: the single server, or in the cluster run (TEST_REDIS=cluster)
 * a local 3-master Redis Cluster.
 */
export function testRedisTarget(): RedisTarget {
  const nodes = inject("redisClusterNodes");
  return nodes ? { kind: "cluster", nodes: nodes.split(",").map((n) => ({ host: n.split(":")[0]!, port: Number(n.split(":")[1]) })), password: null } : { kind: "single", url: redisUrl() };
}

/** True in the cluster run. */
export const onCluster = (): boolean => Boolean(inject("redisClusterNodes"));

/** The environment that points the app at the run's Redis (loadConfig). */
export function redisEnv(): Record<string, string> {
  const nodes = inject("redisClusterNodes");
  return nodes ? { REDIS_CLUSTER_NODES: nodes } : { REDIS_URL: redisUrl() };
}

/** Today's stream of completed sessions under `prefix` (the session log keeps one per Vietnamese day). */
export function sessionStreamToday(prefix: string): string {
  return new StatsKeys(prefix).sessions(localDay(Date.now()));
}

/** A key prefix no other test uses, e.g. "t:session:3f9a1c2b:". */
export function uniquePrefix(name?: string): string {
  // Only safe characters, so the prefix never acts as a SCAN glob pattern.
  const label = name ? `${name.replace(/[^A-Za-z0-9_-]/g, "_")}:` : "";
  return `t:${label}${randomBytes(6).toString("hex")}:`;
}

/**
 * A client for the run's Redis (the shared server or the cluster), or for the server at `url`; the
 * caller must quit() it.
 */
export function newRedis(url?: string): RedisClient {
  if (url) return new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1 });
  const target = testRedisTarget();
  return target.kind === "cluster" ? new Cluster(target.nodes, { redisOptions: { maxRetriesPerRequest: 1 } }) : new Redis(redisUrl(), { lazyConnect: false, maxRetriesPerRequest: 1 });
}

/** Every key matching `pattern` on every node that holds data (KEYS asks only one node of a cluster). */
export async function allKeys(redis: RedisClient, pattern: string): Promise<string[]> {
  if (redis instanceof Cluster && redis.status !== "ready") await redis.ping();
  const found: string[] = [];
  for (const node of dataNodes(redis)) {
    let cursor = "0";
    do {
      const [next, keys] = await node.scan(cursor, "MATCH", pattern, "COUNT", 500);
      cursor = next;
      found.push(...keys);
    } while (cursor !== "0");
  }
  return found;
}

/** Deletes only the keys under `prefix` (never FLUSHDB: other test files share the server). */
export async function cleanupPrefix(redis: RedisClient, prefix: string): Promise<number> {
  if (prefix.length < 3) throw new Error(`refusing to clean up the too-broad prefix "${prefix}"`);
  const keys = await allKeys(redis, `${prefix.replace(/[*?[\]\\]/g, "\\$&")}*`);
  let deleted = 0;
  // A key per command (on a cluster they live in different slots), sent a batch at a time.
  for (let i = 0; i < keys.length; i += 500) deleted += (await Promise.all(keys.slice(i, i + 500).map((key) => redis.unlink(key)))).reduce((a, b) => a + b, 0);
  return deleted;
}

export interface RedisServerHandle {
  readonly url: string;
  readonly port: number;
  /** True while the process is up. */
  readonly running: boolean;
  /** Graceful shutdown (SIGTERM); resolves once the process has exited. */
  stop(): Promise<void>;
  /** Abrupt death (SIGKILL), like a crashed or partitioned Redis. */
  kill(): Promise<void>;
  /** Starts the server again on the same port (stopping it first if it is still up). */
  restart(): Promise<void>;
  /** Stops the process without ending it (SIGSTOP): connections stay open and nothing answers. */
  freeze(): void;
  /** Lets a frozen server go on (SIGCONT). */
  thaw(): void;
}

/** Asks the OS for a free port; another process could grab it before we bind, so callers retry. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no port assigned"))));
    });
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// A single connection attempt, without ioredis' own reconnect loop, so the caller controls timing.
async function pingOnce(port: number): Promise<boolean> {
  const client = new Redis({
    host: "127.0.0.1",
    port,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 500,
  });
  client.on("error", () => {}); // connection refused is expected while the server boots
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

interface Proc {
  child: ChildProcess;
  exited: Promise<void>;
  output: () => string;
}

function spawnRedis(port: number, persistDir?: string): Proc {
  // No persistence unless asked (then an append-only file synced on every write, like production),
  // and a temp dir so nothing can ever land in the repository.
  const persistence = persistDir ? ["--appendonly", "yes", "--appendfsync", "always", "--dir", persistDir] : ["--appendonly", "no", "--dir", tmpdir()];
  const child = spawn(
    "redis-server",
    ["--save", "", ...persistence, "--port", String(port), "--bind", "127.0.0.1"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  // Never leave a redis-server behind if the test process exits without teardown.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      process.off("exit", killOnExit);
      resolve();
    });
    child.once("error", (error) => {
      log += `\n${String(error)}`;
      process.off("exit", killOnExit);
      resolve();
    });
  });
  return { child, exited, output: () => log };
}

// Starts redis-server on `port` and waits for PONG; rejects with the server's log if it dies.
async function bootOn(port: number, persistDir?: string, timeoutMs = 10_000): Promise<Proc> {
  const proc = spawnRedis(port, persistDir);
  let dead = false;
  void proc.exited.then(() => (dead = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (dead) break;
    if (await pingOnce(port)) return proc;
    await sleep(50);
  }
  proc.child.kill("SIGKILL");
  await proc.exited;
  throw new Error(`redis-server on port ${port} did not start:\n${proc.output()}`);
}

async function ending(proc: Proc, signal: NodeJS.Signals): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill(signal);
  await proc.exited;
}

/** Starts a throwaway redis-server on a free port (or `port`), separate from the shared one. */
/**
 * Starts a throwaway redis-server. With `persist: true` it keeps an append-only file in a fresh temp
 * directory, so data survives kill() and restart() as it would in production.
 */
export async function startRedisServer(opts: { port?: number; persist?: boolean } = {}): Promise<RedisServerHandle> {
  const persistDir = opts.persist ? mkdtempSync(join(tmpdir(), "redis-test-")) : undefined;
  let proc: Proc | undefined;
  let port = opts.port ?? 0;
  // A free port can be taken between probing and binding, so try a few.
  for (let attempt = 0; !proc; attempt++) {
    const candidate = opts.port ?? (await freePort());
    try {
      proc = await bootOn(candidate, persistDir);
      port = candidate;
    } catch (error) {
      if (opts.port !== undefined || attempt >= 2) throw error;
    }
  }
  let current: Proc = proc;
  const handle: RedisServerHandle = {
    url: `redis://127.0.0.1:${port}`,
    port,
    get running() {
      return current.child.exitCode === null && current.child.signalCode === null;
    },
    stop: () => ending(current, "SIGTERM"),
    kill: () => ending(current, "SIGKILL"),
    async restart() {
      await ending(current, "SIGTERM");
      current = await bootOn(port, persistDir);
    },
    freeze: () => void current.child.kill("SIGSTOP"),
    thaw: () => void current.child.kill("SIGCONT"),
  };
  return handle;
}

export async function stopRedisServer(server: RedisServerHandle): Promise<void> {
  await server.stop();
}
