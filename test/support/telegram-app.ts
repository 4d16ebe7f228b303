// The whole app (createApp) with Telegram pointed at a fake Bot API, on a fresh prefix of the test
// Redis: started before a test file's tests, stopped and its keys removed after them.
import type { RedisClient } from "../../src/redis/connection.js";
import { pino } from "pino";
import { afterAll, beforeAll } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig, type Config } from "../../src/config.js";
import { startFakeBotApi, type FakeBotApi } from "./fake-bot-api.js";
import { cleanupPrefix, newRedis, redisEnv, uniquePrefix } from "./redis.js";

export interface TelegramApp {
  prefix: string;
  fake: FakeBotApi;
  redis: RedisClient;
  config: Config;
  app: App;
}

export interface TelegramAppOptions {
  /** More configuration (BOT_ADMINS, STALL_NUDGE_HOURS…); quiet hours are off unless set here. */
  env?: Record<string, string>;
  /** Runs before the app starts, e.g. to grant roles. */
  seed?: (redis: RedisClient, prefix: string) => Promise<void>;
}

/** Its fields are set once the file's `beforeAll` has run: read them inside tests and hooks. */
export function telegramAppForFile(name: string, opts: TelegramAppOptions = {}): TelegramApp {
  const world = { prefix: uniquePrefix(name) } as TelegramApp;
  beforeAll(async () => {
    world.fake = await startFakeBotApi();
    world.redis = newRedis();
    world.config = loadConfig({
      ...redisEnv(),
      REDIS_PREFIX: world.prefix,
      PORT: "0",
      TELEGRAM_BOT_TOKEN: world.fake.token,
      TELEGRAM_API_ROOT: world.fake.apiRoot,
      QUIET_HOURS: "",
      ...opts.env,
    });
    await opts.seed?.(world.redis, world.prefix);
    world.app = await createApp(world.config, { logger: pino({ level: process.env.TEST_LOG ?? "silent" }) });
  });
  afterAll(async () => {
    await world.app?.stop();
    await world.fake?.close();
    await cleanupPrefix(world.redis, world.prefix);
    await world.redis?.quit();
  });
  return world;
}
