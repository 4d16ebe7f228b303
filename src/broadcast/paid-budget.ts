/**
 * The money side of paid broadcasts: a channel that can send faster for a fee (Telegram's
 * `allow_paid_broadcast`: up to 1,000 messages a second at 0.1 Star each) spends from a budget per
 * calendar month (Vietnam time), shared by every instance in Redis. A message is paid for only
 * when the budget still covers it; otherwise it goes out unpaid, at the channel's free pace, so a
 * broadcast never stops because the money ran out, it only slows down.
 *
 * Amounts are kept in milli-Stars (integers): 0.1 Star is 100.
 */
import type { RedisClient } from "../redis/connection.js";
import { LuaScript } from "../redis/lua-script.js";
import { localDay } from "../stats/local-day.js";

const spendScript = LuaScript.load("broadcast/lua/spend-1.lua");

/** A month's spending is kept a little over a year, for the yearly accounts. */
export const SPENDING_TTL_SECONDS = 400 * 86_400;

/** "2026-12" for an instant, in Vietnam time (the same days the reports count). */
export function vietnamMonth(at: number): string {
  return localDay(at).slice(0, 7);
}

export const MILLI = 1000;

export class PaidBudget {
  constructor(
    private readonly redis: RedisClient,
    /** The spending counter of a month; shares the channel gate's hash tag. */
    private readonly keyOf: (month: string) => string,
    /** Price of one message, milli-Stars. */
    readonly priceMilli: number,
    /** Most that may be spent in one calendar month, milli-Stars. */
    readonly capMilli: number,
    private readonly now: () => number,
  ) {}

  /** Takes one message's price from this month's budget; false when it no longer fits. */
  async spend(): Promise<{ month: string } | null> {
    const month = vietnamMonth(this.now());
    const after = Number(await spendScript.run(this.redis, [this.keyOf(month)], [this.priceMilli, this.capMilli, SPENDING_TTL_SECONDS]));
    return after < 0 ? null : { month };
  }

  /** Gives one message's price back to the month it was taken from (the message did not go out). */
  async refund(month: string): Promise<void> {
    await this.redis.decrby(this.keyOf(month), this.priceMilli);
  }

  /** What the month has spent so far, milli-Stars. */
  async spent(month = vietnamMonth(this.now())): Promise<number> {
    return Number((await this.redis.get(this.keyOf(month))) ?? 0);
  }
}
