// One tiny JSON-on-Redis store shared by every peer, so all contenders pay the same
// storage cost on the same ioredis client. It implements both grammY's StorageAdapter
// (read/write/delete) and Telegraf's AsyncSessionStore (get/set/delete).
import type { RedisClient } from "../../src/redis/connection.js";

export class RedisJsonStore<T> {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    /** Safety net only: the bench deletes its keys by SCAN at the end anyway. */
    private readonly ttlSeconds = 3600,
  ) {}

  async read(key: string): Promise<T | undefined> {
    const raw = await this.redis.get(this.prefix + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  async write(key: string, value: T): Promise<void> {
    await this.redis.set(this.prefix + key, JSON.stringify(value), "EX", this.ttlSeconds);
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  // Telegraf's SessionStore names.
  get(key: string): Promise<T | undefined> {
    return this.read(key);
  }

  set(key: string, value: T): Promise<void> {
    return this.write(key, value);
  }
}
