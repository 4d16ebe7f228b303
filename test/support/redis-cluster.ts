// A local Redis Cluster for the cluster test run: three masters (no replicas) on free ports, made
// with `redis-cli --cluster create`, as .ci/run and a developer's machine both have redis-server.
import { spawn, execFile, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createServer } from "node:net";

const run = promisify(execFile);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface LocalCluster {
  /** "127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3", as REDIS_CLUSTER_NODES takes it. */
  nodes: string;
  stop(): Promise<void>;
}

/** Whether a port can be bound now (a node also needs port + 10000 for its cluster bus). */
function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A node port below 55536 whose bus port is free too. */
async function clusterPort(taken: number[]): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 30_000);
    if (!taken.includes(port) && (await canBind(port)) && (await canBind(port + 10_000))) return port;
  }
}

export async function startLocalCluster(masters = 3): Promise<LocalCluster> {
  const dir = mkdtempSync(join(tmpdir(), "redis-cluster-"));
  const ports: number[] = [];
  const children: ChildProcess[] = [];
  for (let i = 0; i < masters; i++) {
    const port = await clusterPort(ports);
    ports.push(port);
    const child = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--cluster-enabled", "yes", "--cluster-config-file", join(dir, `nodes-${port}.conf`), "--dir", dir, "--save", "", "--appendonly", "no"],
      { stdio: "ignore" },
    );
    const killOnExit = () => child.kill("SIGKILL");
    process.once("exit", killOnExit);
    child.once("exit", () => process.off("exit", killOnExit));
    children.push(child);
  }
  const nodes = ports.map((p) => `127.0.0.1:${p}`);
  for (const port of ports) {
    for (let tries = 0; ; tries++) {
      const pong = await run("redis-cli", ["-p", String(port), "ping"]).then((r) => r.stdout.trim(), () => "");
      if (pong === "PONG") break;
      if (tries > 100) throw new Error(`cluster node ${port} did not start`);
      await sleep(50);
    }
  }
  await run("redis-cli", ["--cluster", "create", ...nodes, "--cluster-replicas", "0", "--cluster-yes"]);
  for (let tries = 0; ; tries++) {
    const states = await Promise.all(ports.map((p) => run("redis-cli", ["-p", String(p), "cluster", "info"]).then((r) => /cluster_state:ok/.test(r.stdout), () => false)));
    if (states.every(Boolean)) break;
    if (tries > 200) throw new Error("the local cluster did not reach cluster_state:ok");
    await sleep(50);
  }
  return {
    nodes: nodes.join(","),
    async stop() {
      await Promise.all(children.map((c) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : (c.once("exit", () => resolve()), c.kill("SIGTERM"))))));
    },
  };
}
