/**
 * One chat's updates run one at a time and in order, whichever instance received them: behind a
 * load balancer, two instances may each get an update of the same chat at once. Each update waits
 * in the chat's sorted set in Redis (by its order: Telegram's update_id, Zalo's event time) and
 * runs when it is the first waiting and no other update of the chat holds the chat's lease.
 *
 * An update arriving waits SETTLE_MS first, so updates sent together (Telegram delivers over
 * several connections) are all in the set before the first runs. A lease outlives no crash: it
 * expires after LEASE_MS, and a waiter of a dead instance is dropped at its deadline. Past
 * MAX_WAIT_MS an update runs anyway (logged): late is better than lost. Exactly-once stays with
 * the chat state's update ids; this only orders.
 */
import { randomBytes } from "node:crypto";
import type { ChatAddress } from "../flows/state-store.js";
import type { RedisClient } from "../redis/connection.js";
import { LuaScript } from "../redis/lua-script.js";
import { execOrThrow } from "../redis/transaction.js";

const takeScript = LuaScript.load("bot/lua/take-turn-2.lua");
const endScript = LuaScript.load("bot/lua/end-turn-2.lua");

export interface ChatTurnsTuning {
  settleMs: number;
  leaseMs: number;
  maxWaitMs: number;
}

export const DEFAULT_TURNS: ChatTurnsTuning = { settleMs: 20, leaseMs: 15_000, maxWaitMs: 20_000 };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ChatTurns {
  readonly #tuning: ChatTurnsTuning;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    tuning: Partial<ChatTurnsTuning> = {},
    private readonly onLate: (chat: ChatAddress) => void = () => {},
  ) {
    this.#tuning = { ...DEFAULT_TURNS, ...tuning };
  }

  /** One hash tag per chat, as its state record. */
  keys(chat: ChatAddress): { waiting: string; lease: string } {
    const base = `${this.prefix}turns:{${chat.channel}:${chat.id}}`;
    return { waiting: base, lease: `${base}:lease` };
  }

  async run<T>(chat: ChatAddress, order: number, task: () => Promise<T>): Promise<T> {
    const { settleMs, leaseMs, maxWaitMs } = this.#tuning;
    const keys = this.keys(chat);
    const start = Date.now();
    const member = `${order}|${start + maxWaitMs + leaseMs}|${randomBytes(4).toString("hex")}`;
    const token = randomBytes(8).toString("hex");
    await execOrThrow(this.redis.multi().zadd(keys.waiting, order, member).pexpire(keys.waiting, maxWaitMs + leaseMs), "chat turn");
    await sleep(settleMs);
    for (let pause = 2; ; pause = Math.min(pause * 2, 25)) {
      if (Number(await takeScript.run(this.redis, [keys.waiting, keys.lease], [member, token, leaseMs, Date.now()])) === 1) break;
      if (Date.now() - start > maxWaitMs) {
        this.onLate(chat);
        break;
      }
      await sleep(pause);
    }
    try {
      return await task();
    } finally {
      await endScript.run(this.redis, [keys.waiting, keys.lease], [member, token]).catch(() => undefined);
    }
  }
}
