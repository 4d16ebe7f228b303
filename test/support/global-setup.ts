// Vitest global setup: one redis-server for the whole run (or REDIS_URL), handed to tests via provide().
// In the cluster run (TEST_REDIS=cluster) a local 3-master Redis Cluster: the one .ci/run starts
// (TEST_REDIS_CLUSTER_NODES), or one started here. Tests isolate themselves with key prefixes, so nothing here ever
// flushes a database.
import type { TestProject } from "vitest/node";
import { startRedisServer, type RedisServerHandle } from "./redis.js";
import { startLocalCluster, type LocalCluster } from "./redis-cluster.js";

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string;
    /** Set in the cluster run: the cluster's nodes as REDIS_CLUSTER_NODES takes them. */
    redisClusterNodes: string | null;
  }
}

let server: RedisServerHandle | undefined;
let cluster: LocalCluster | undefined;

export async function setup(project: TestProject): Promise<void> {
  let nodes: string | null = null;
  if (process.env.TEST_REDIS === "cluster") {
    nodes = process.env.TEST_REDIS_CLUSTER_NODES || null;
    if (!nodes) {
      cluster = await startLocalCluster();
      nodes = cluster.nodes;
    }
  }
  project.provide("redisClusterNodes", nodes);
  const fromEnv = process.env.REDIS_URL;
  if (fromEnv) {
    project.provide("redisUrl", fromEnv);
    return;
  }
  server = await startRedisServer();
  project.provide("redisUrl", server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  server = undefined;
  await cluster?.stop();
  cluster = undefined;
}
