/**
 * A subcommand of `npm run cli -- <name> …`. Each lives in its own file under src/cli/ and is listed
 * once in src/cli.ts; the context gives it the configuration, output streams and, on demand, Redis.
 */
import type { RedisClient } from "../redis/connection.js";
import type { Config } from "../config.js";

export interface CliContext {
  config: Config;
  /** Normal output (stdout). */
  out(line: string): void;
  /** Problems (stderr). */
  err(line: string): void;
  /** Connects on first use; the CLI closes it when the command ends. */
  redis(): Promise<RedisClient>;
  now(): number;
}

export interface CliCommand {
  name: string;
  /** Arguments after the name, e.g. "FILE.csv". */
  usage: string;
  summary: string;
  /** Returns the process exit code. */
  run(args: string[], ctx: CliContext): Promise<number>;
}
