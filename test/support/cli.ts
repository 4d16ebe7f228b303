/** Runs the CLI in-process against the test Redis under `prefix`, capturing what it prints. */
import { runCli } from "../../src/cli.js";
import { redisEnv } from "./redis.js";

export async function runCliCaptured(prefix: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { ...redisEnv(), REDIS_PREFIX: prefix }, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
