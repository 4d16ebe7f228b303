/**
 * REDIS_SENTINELS: the app asks a Sentinel where the master is and talks to it. A real
 * redis-server and a real Sentinel (redis-server --sentinel) on free ports.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { connectRedis, createRedis, describeRedis } from "../../src/redis/connection.js";
import { freePort, startRedisServer, type RedisServerHandle } from "../support/redis.js";

let master: RedisServerHandle;
let sentinel: ChildProcess;
let sentinelPort: number;

beforeAll(async () => {
  master = await startRedisServer();
  sentinelPort = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "sentinel-"));
  const conf = join(dir, "sentinel.conf");
  writeFileSync(conf, [`port ${sentinelPort}`, "bind 127.0.0.1", `dir ${dir}`, `sentinel monitor dvc-test 127.0.0.1 ${master.port} 1`, "sentinel down-after-milliseconds dvc-test 1000", ""].join("\n"));
  sentinel = spawn("redis-server", [conf, "--sentinel"], { stdio: "ignore" });
  process.once("exit", () => sentinel.kill("SIGKILL"));
});

afterAll(async () => {
  sentinel?.kill("SIGTERM");
  await master?.stop();
});

describe("Redis through Sentinel", () => {
  it("finds the master the Sentinel names and works on it", async () => {
    const config = loadConfig({ REDIS_SENTINELS: `127.0.0.1:${sentinelPort}`, REDIS_SENTINEL_NAME: "dvc-test" });
    expect(describeRedis(config.redis.target!)).toBe(`sentinel dvc-test@127.0.0.1:${sentinelPort}`);
    const redis = createRedis(config.redis.target!, "sentinel-test");
    redis.on("error", () => {});
    // The Sentinel may take a moment to come up.
    await expect.poll(async () => connectRedis(redis).then(() => true, () => (redis.disconnect(), false)), { timeout: 10_000, interval: 200 }).toBe(true);
    await redis.set("t:sentinel:k", "v");
    const direct = createRedis({ kind: "single", url: master.url }, "direct");
    await connectRedis(direct);
    expect(await direct.get("t:sentinel:k")).toBe("v");
    await direct.del("t:sentinel:k");
    direct.disconnect();
    redis.disconnect();
  });
});
