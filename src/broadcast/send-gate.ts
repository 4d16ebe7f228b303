/**
 * The shared pace of bulk sending, kept in Redis so every instance obeys one budget: at most
 * `ratePerSecond` messages per second overall, evenly spaced (no bursts, which Telegram punishes),
 * and a pause for everyone when Telegram answers 429.
 *
 * It is a virtual schedule (GCRA): `next` is the earliest free slot. Reserving a slot moves `next`
 * on by one interval and tells the caller how long to wait for it. Because slots are spaced by the
 * interval whatever happens, a process that stalls and wakes up late gives its slot up (see
 * `reserve`) rather than sending a burst of overdue messages.
 *
 * Replies to citizens go first: the bot calls `yieldSlot` for each reply it sends, which records a
 * debt of one slot; the next bulk message about to go out (on any instance) pays it by giving up
 * its slot. The debt is paid at claim time, right before sending, not by moving the schedule,
 * because slots already reserved ahead by other lanes would otherwise still go out. Unpaid debt
 * expires after a second (no broadcast running, nothing to slow down).
 *
 * The pause (`pauseUntil`) and the debt are checked together right before each send (`check`), so
 * slots reserved before a 429 do not slip through during the pause.
 */
import type { RedisClient } from "../redis/connection.js";
import { LuaScript } from "../redis/lua-script.js";

const reserveScript = LuaScript.load("broadcast/lua/reserve-slot-1.lua");

const debtScript = LuaScript.load("broadcast/lua/owe-slot-1.lua");

const pauseScript = LuaScript.load("broadcast/lua/pause-1.lua");

const checkScript = LuaScript.load("broadcast/lua/gate-check-2.lua");

/**
 * Sleeps until `due` (a `performance.now()` time). False when this process woke more than `lateMs`
 * after it (an event-loop stall): sending then would bunch messages together, so the caller takes a
 * later slot instead.
 */
export async function arrive(due: number, lateMs: number): Promise<boolean> {
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return performance.now() - due <= lateMs;
}

export class SendGate {
  readonly intervalMs: number;

  readonly #maxDebt: number;

  constructor(
    private readonly redis: RedisClient,
    private readonly key: string,
    ratePerSecond: number,
  ) {
    this.intervalMs = 1000 / ratePerSecond;
    this.#maxDebt = Math.ceil(ratePerSecond);
  }

  /** The key holding the slots owed to replies (checked by the claim script). */
  get debtKey(): string {
    return `${this.key}:debt`;
  }

  /**
   * Reserves the next free slot and tells when it comes (a `performance.now()` time). The caller
   * prepares during the wait and sends at the slot (see `arrive`), so what it does before sending
   * does not delay the message by a varying amount and bunch messages together.
   */
  async nextSlot(): Promise<number> {
    const wait = Number(await reserveScript.run(this.redis, [this.key], [this.intervalMs]));
    return performance.now() + wait;
  }

  /**
   * Before a bulk message: the pause left after a 429 (ms), -1 when this slot goes to a reply the
   * bot sent (a debt paid), or 0 to send now.
   */
  async check(): Promise<number> {
    return Number(await checkScript.run(this.redis, [this.key, this.debtKey], []));
  }

  /** A reply to a citizen is going out: bulk owes it one slot (fire and forget, never waited for). */
  yieldSlot(): void {
    debtScript.run(this.redis, [this.debtKey], [this.#maxDebt]).catch(() => undefined);
  }

  /** Pauses every instance's bulk sending for `ms` (Telegram's retry_after); returns the pause left. */
  async pause(ms: number): Promise<number> {
    return Number(await pauseScript.run(this.redis, [this.key], [Math.ceil(ms)]));
  }
}
