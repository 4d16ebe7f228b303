// Vitest global setup: one redis-server for the whole run (or REDIS_URL), handed to tests via provide().
// Tests isolate themselves with key prefixes, so nothing here ever flushes a database.
import type { TestProject } from "vitest/node";
import { startRedisServer, type RedisServerHandle } from "./redis.js";

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

let server: RedisServerHandle | undefined;

export async function setup(project: TestProject): Promise<void> {
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
}
