/**
 * Command-line tools: `npm run cli -- <command> [args]`. Commands are listed in one table below,
 * each implemented in its own file under src/cli/. Configuration comes from the same environment as
 * the app (REDIS_URL, REDIS_PREFIX, UNITS_FILE…), read once with `loadConfig`.
 */
import { pathToFileURL } from "node:url";
import type { RedisClient } from "./redis/connection.js";
import type { CliCommand, CliContext } from "./cli/command.js";
import { contentCommand } from "./cli/content-export.js";
import { evalCommand } from "./cli/eval.js";
import { importCommand } from "./cli/import.js";
import { migrateKeysCommand } from "./cli/migrate-keys.js";
import { loadConfig } from "./config.js";
import { connectRedis, createRedis } from "./redis/connection.js";
import { ensureLocalRedis, type LocalRedis } from "./redis/local-server.js";

/** Every subcommand; add new ones here. */
export const COMMANDS: readonly CliCommand[] = [importCommand, contentCommand, evalCommand, migrateKeysCommand];

function usage(): string {
  const lines = COMMANDS.map((c) => `  ${`${c.name} ${c.usage}`.padEnd(28)} ${c.summary}`);
  return ["Cách dùng: npm run cli -- <lệnh> [tham số]", "", "Các lệnh:", ...lines].join("\n");
}

/** Runs one command line; returns the exit code. Exported for tests. */
export async function runCli(argv: string[], env: Record<string, string | undefined>, io = { out: console.log, err: console.error }): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Không có lệnh "${name}".\n\n${usage()}`);
    return 2;
  }
  const config = loadConfig(env);
  let redis: RedisClient | null = null;
  let local: LocalRedis | null = null;
  const ctx: CliContext = {
    config,
    out: io.out,
    err: io.err,
    now: Date.now,
    async redis() {
      if (!redis) {
        // Same as `npm start`: no REDIS_URL means the local Redis (started here if it is not running).
        local = config.redis.target ? null : await ensureLocalRedis(config.dataDir);
        redis = createRedis(config.redis.target ?? { kind: "single", url: local!.url }, "cli");
        redis.on("error", () => {}); // connectRedis reports the failure once
        await connectRedis(redis);
      }
      return redis;
    },
  };
  try {
    return await command.run(args, ctx);
  } finally {
    const open = redis as RedisClient | null;
    await open?.quit().catch(() => open.disconnect());
    await (local as LocalRedis | null)?.stop();
  }
}

// Only when run as a script, so tests can import runCli.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCli(process.argv.slice(2), process.env)
    .then((code) => process.exit(code))
    .catch((err: unknown) => {
      console.error(err instanceof Error && ["ConfigError", "CatalogueError", "RedisUnavailableError"].includes(err.name) ? err.message : err);
      process.exit(1);
    });
}
