// Spawns sender-child.ts (with tsx, or a compiled bundle of it) and lets a test or bench wait for it,
// kill it, or stop it.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../../../src/flows/content.js";

export interface SenderChild {
  child: ChildProcess;
  /** Highest RSS (bytes) the child reported so far. */
  peakRss(): number;
  /** SIGKILL: no shutdown code runs, exactly like a crash. */
  kill(): Promise<void>;
  /** SIGTERM: graceful stop. */
  stop(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL("./sender-child.ts", import.meta.url));

export async function spawnSender(
  env: { REDIS_URL?: string; REDIS_CLUSTER_NODES?: string; PREFIX: string; API_ROOT: string; TOKEN: string; TUNING?: object; APP?: "1"; PAID?: string },
  opts: { bundle?: string } = {},
): Promise<SenderChild> {
  // Node itself (with tsx as a loader unless given a compiled bundle), not the tsx wrapper: a SIGKILL
  // to the wrapper would leave its node child running, and the "killed" sender would go on sending.
  const args = opts.bundle ? [opts.bundle] : ["--import", "tsx", SCRIPT];
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, TUNING: JSON.stringify(env.TUNING ?? {}) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let peak = 0;
  let errors = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  void exited.then(() => process.off("exit", killOnExit));
  child.stderr?.on("data", (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sender child did not start:\n${errors}`)), 20_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) {
        if (line === "ready") {
          clearTimeout(timer);
          resolve();
        }
        const rss = /^rss (\d+)$/.exec(line);
        if (rss) peak = Math.max(peak, Number(rss[1]));
      }
    });
    void exited.then(() => reject(new Error(`sender child exited early:\n${errors}`)));
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await exited;
  };
  return { child, peakRss: () => peak, kill: () => end("SIGKILL"), stop: () => end("SIGTERM") };
}

/**
 * Compiles sender-child.ts and what it imports (packages stay external) into one ES module, as a
 * deployment would run it: no TypeScript loader in the process. Written under the project root, two
 * levels down, so the bundled code finds locales/ and content/ as from src/flows/, and one level
 * below the folder its Lua scripts are copied to, as dist/ is for src/redis/lua-script.ts.
 */
export async function bundleSender(): Promise<string> {
  const { build } = await import("esbuild");
  const root = join(PROJECT_ROOT, ".bench-build");
  const outfile = join(root, "child", "sender-child.mjs");
  execFileSync(process.execPath, [join(PROJECT_ROOT, "scripts/copy-assets.mjs"), join(PROJECT_ROOT, "src"), root]);
  await build({ entryPoints: [SCRIPT], outfile, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "warning" });
  return outfile;
}
