/**
 * `npm start`: reads the environment, builds the app (src/app.ts) and stops it gracefully on
 * SIGINT/SIGTERM. A wrong setting stops it with one line naming what to fix.
 */
import { createApp } from "./app.js";
import { loadConfig } from "./config.js";

/** Errors whose message is already the one line a person needs to read. */
const friendlyErrors = new Set(["ConfigError", "FlowDefinitionError", "CatalogueError", "LocaleError", "RedisUnavailableError"]);

async function main(): Promise<void> {
  const app = await createApp(loadConfig(process.env));
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, "shutting down");
    await app.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((err: unknown) => {
  if (err instanceof Error && friendlyErrors.has(err.name)) console.error(`Cannot start: ${err.message}`);
  else console.error("Cannot start:", err);
  process.exit(1);
});
