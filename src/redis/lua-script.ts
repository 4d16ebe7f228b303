/**
 * Lua scripts live as `.lua` files beside the code that runs them, under a `lua/` folder of their
 * module, and are loaded here, by one loader. As in BullMQ, a file is named `<name>-<keys>.lua`,
 * where `<keys>` is how many KEYS it takes (a name without a number takes any count); the file
 * begins with a comment documenting its KEYS and ARGV. Every key a script touches is passed in
 * KEYS, never built inside it, so Redis Cluster can route the call and check the keys share a slot.
 *
 * A script runs by its SHA, is sent whole once (and again after a Redis restart: NOSCRIPT), and
 * never mutates the shared client (no ioredis defineCommand).
 *
 * Paths are relative to the source root (src/, or dist/ once built), where the build copies them.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { RedisClient } from "./connection.js";

/** The folder above this one: src/ when run from TypeScript, dist/ once built. */
const SOURCE_ROOT = new URL("../", import.meta.url);

export class LuaScript {
  readonly #sha: string;

  /** How many keys the script takes, or null when its name says "any". */
  readonly numberOfKeys: number | null;

  constructor(
    readonly source: string,
    readonly name = "inline",
  ) {
    this.#sha = createHash("sha1").update(source).digest("hex");
    const count = /-(\d+)\.lua$/.exec(name)?.[1];
    this.numberOfKeys = count === undefined ? null : Number(count);
  }

  /** Loads `path` (e.g. "broadcast/lua/claim-5.lua") from the source root, once, at start-up. */
  static load(path: string): LuaScript {
    return new LuaScript(readFileSync(new URL(path, SOURCE_ROOT), "utf8"), path);
  }

  /** Runs the script with `keys` and `args`; the reply is whatever the script returns. */
  async run(redis: RedisClient, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    if (this.numberOfKeys !== null && keys.length !== this.numberOfKeys) {
      throw new Error(`${this.name} takes ${this.numberOfKeys} keys, got ${keys.length}`);
    }
    try {
      return await redis.evalsha(this.#sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith("NOSCRIPT")) throw err;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}
