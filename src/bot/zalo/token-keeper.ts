/**
 * The OA's access token, one keeper per deployment. Zalo's refresh tokens are single-use (each
 * refresh returns a new pair) and live three months, access tokens about 25 hours. So:
 * - the pair lives in Redis, shared by every instance and kept across restarts; ZALO_REFRESH_TOKEN is
 *   only the seed used while no pair is stored;
 * - a refresh is single-flight across processes (a Redis lock): the others wait and read the new pair;
 * - the new pair is stored before it is used, so a crash never loses the only valid refresh token;
 * - a refresh Zalo refuses is one clear log line and shows in /healthz.
 */
import type { RedisClient } from "../../redis/connection.js";
import type { Logger } from "pino";

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires (ms). */
  expiresAt: number;
}

export class ZaloAuthError extends Error {
  override name = "ZaloAuthError";
}

const LOCK_MS = 15_000;
/** Refresh a little before expiry, so no send meets an expired token in the normal course. */
const EARLY_MS = 10 * 60_000;

export interface TokenKeeperOptions {
  redis: RedisClient;
  prefix: string;
  appId: string;
  appSecret: string;
  seedRefreshToken: string;
  oauthRoot: string;
  logger: Logger;
  now?: () => number;
  fetch?: typeof fetch;
}

export class ZaloTokenKeeper {
  /** The last refusal from Zalo, for /healthz (null when the last refresh worked). */
  lastError: string | null = null;
  readonly #o: TokenKeeperOptions;
  readonly #now: () => number;

  constructor(opts: TokenKeeperOptions) {
    this.#o = opts;
    this.#now = opts.now ?? Date.now;
  }

  get #key(): string {
    return `${this.#o.prefix}zalo:token`;
  }

  async #stored(): Promise<TokenPair | null> {
    const raw = await this.#o.redis.get(this.#key);
    return raw ? (JSON.parse(raw) as TokenPair) : null;
  }

  /** A usable access token: the stored one, or a fresh one when it is missing or about to expire. */
  async accessToken(): Promise<string> {
    const pair = await this.#stored();
    if (pair && pair.expiresAt - EARLY_MS > this.#now()) return pair.accessToken;
    return (await this.refresh(pair?.accessToken ?? null)).accessToken;
  }

  /**
   * Refreshes the pair, once across every process: `stale` is the access token the caller saw fail
   * (or null); if another process already replaced it, that new pair is returned without a refresh.
   */
  async refresh(stale: string | null): Promise<TokenPair> {
    const lockKey = `${this.#key}:lock`;
    const deadline = this.#now() + LOCK_MS * 2;
    for (;;) {
      const current = await this.#stored();
      if (current && current.accessToken !== stale && current.expiresAt - EARLY_MS > this.#now()) return current;
      if ((await this.#o.redis.set(lockKey, "1", "PX", LOCK_MS, "NX")) === "OK") {
        try {
          const again = await this.#stored();
          if (again && again.accessToken !== stale && again.expiresAt - EARLY_MS > this.#now()) return again;
          return await this.#exchange(again?.refreshToken ?? this.#o.seedRefreshToken);
        } finally {
          await this.#o.redis.del(lockKey);
        }
      }
      if (this.#now() > deadline) throw new ZaloAuthError("timed out waiting for another instance to refresh the Zalo token");
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async #exchange(refreshToken: string): Promise<TokenPair> {
    const body = new URLSearchParams({ refresh_token: refreshToken, app_id: this.#o.appId, grant_type: "refresh_token" });
    const res = await (this.#o.fetch ?? fetch)(`${this.#o.oauthRoot}/v4/oa/access_token`, {
      method: "POST",
      headers: { secret_key: this.#o.appSecret, "content-type": "application/x-www-form-urlencoded" },
      body,
      signal: AbortSignal.timeout(15_000),
    });
    const data = (await res.json().catch(() => ({}))) as { access_token?: string; refresh_token?: string; expires_in?: string | number; error?: number; error_name?: string; error_description?: string };
    if (!data.access_token || !data.refresh_token) {
      this.lastError = `Zalo refused the token refresh (${data.error ?? res.status} ${data.error_name ?? data.error_description ?? ""}): set a new ZALO_REFRESH_TOKEN from the OA's app and restart`.trim();
      this.#o.logger.error({ error: data.error ?? res.status }, this.lastError);
      throw new ZaloAuthError(this.lastError);
    }
    const pair: TokenPair = { accessToken: data.access_token, refreshToken: data.refresh_token, expiresAt: this.#now() + Number(data.expires_in ?? 90_000) * 1000 };
    // Stored before it is used: the old refresh token is already spent.
    await this.#o.redis.set(this.#key, JSON.stringify(pair));
    this.lastError = null;
    this.#o.logger.info("zalo access token refreshed");
    return pair;
  }
}
