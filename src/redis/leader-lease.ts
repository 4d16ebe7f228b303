/**
 * One holder at a time across instances, for work that must run in one place (Telegram allows one
 * long poller per bot): a key in Redis naming the holder, for a term it renews while it works. A
 * holder that dies or stalls past its term loses the lease, and the next instance to ask takes it.
 */
import { randomBytes } from "node:crypto";
import type { RedisClient } from "./connection.js";
import { LuaScript } from "./lua-script.js";

const holdScript = LuaScript.load("redis/lua/lease-hold-1.lua");
const releaseScript = LuaScript.load("redis/lua/lease-release-1.lua");

export class LeaderLease {
  readonly #token = randomBytes(8).toString("hex");

  constructor(
    private readonly redis: RedisClient,
    readonly key: string,
    /** How long a term lasts (ms); the holder must ask again well within it. */
    readonly termMs: number,
  ) {}

  /** Takes the lease or renews it for another term; false while another instance holds it. */
  async hold(): Promise<boolean> {
    return Number(await holdScript.run(this.redis, [this.key], [this.#token, this.termMs])) === 1;
  }

  /** Gives the lease up (a graceful stop), so another instance takes over at once. */
  async release(): Promise<void> {
    await releaseScript.run(this.redis, [this.key], [this.#token]);
  }
}
