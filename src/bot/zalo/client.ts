/**
 * The OA's API client with its token keeper: one per process, shared by the channel (answers) and
 * its bulk sender (reminders, broadcasts), so both use the one token pair kept in Redis.
 */
import type { RedisClient } from "../../redis/connection.js";
import type { Logger } from "pino";
import type { ZaloConfig } from "../../config.js";
import { ZaloOaApi } from "./api.js";
import { ZaloTokenKeeper } from "./token-keeper.js";

export interface ZaloClient {
  tokens: ZaloTokenKeeper;
  api: ZaloOaApi;
}

export function createZaloClient(opts: { config: ZaloConfig; redis: RedisClient; prefix: string; logger: Logger; fetch?: typeof fetch }): ZaloClient {
  const { config } = opts;
  const tokens = new ZaloTokenKeeper({
    redis: opts.redis,
    prefix: opts.prefix,
    appId: config.appId,
    appSecret: config.appSecret,
    seedRefreshToken: config.refreshToken,
    oauthRoot: config.oauthRoot,
    logger: opts.logger,
    fetch: opts.fetch,
  });
  return { tokens, api: new ZaloOaApi(config.apiRoot, tokens, opts.fetch) };
}
