/**
 * Exactly once per recipient: a Redis hash per run holds each recipient's delivery state, and every
 * change to it is one atomic script that also updates the run's counters.
 *
 *   (absent)        not tried yet
 *   r<n>            tried n times, failed in a way worth retrying; nothing in flight
 *   c<n>:<expires>  claimed: attempt n is in flight until `expires` (ms, Redis clock)
 *   ok | blocked | gone | outOfWindow | failed | unsure   final
 *
 * Claiming is the only way to send, and a claim succeeds only from "absent" or "r<n>", so two
 * instances (or a job BullMQ hands out twice) never send the same recipient twice. The outcome is
 * written by the claim's owner only. A claim whose owner died mid-request (SIGKILL) expires; nobody
 * can know whether Telegram delivered that one message, so it becomes "unsure" and is reported,
 * never resent: a duplicate official message is worse than one reported as uncertain. Only a
 * request in flight at the moment of the crash can end up there.
 *
 * Right before the claim, the chat's pace (one message per second per chat) is taken in the chat's
 * slot (SET NX with its gap); the channel's pause (429) and the slots owed to replies are
 * checked by its send gate right before sending (send-gate.ts). On a Redis Cluster these live in
 * other slots than the run, so they are steps, not one script: a 429 landing between the check and
 * the send can let one message through early, which Telegram answers with a 429 that pauses
 * everyone, never a duplicate.
 *
 * Each outcome is counted twice in the run's hash: in total (`ok`) and per channel (`ok@zalo`), so
 * reports can say how many were reached on Telegram and on Zalo.
 */
import type { RedisClient } from "../redis/connection.js";
import { LuaScript } from "../redis/lua-script.js";

/** Final outcomes, which are also the names of the run's counters. */
export type Outcome = "ok" | "blocked" | "gone" | "outOfWindow" | "failed" | "unsure";

export const OUTCOMES: readonly Outcome[] = ["ok", "blocked", "gone", "outOfWindow", "failed", "unsure"];

export type ClaimResult =
  | { kind: "claimed"; attempt: number; token: string }
  /** This chat got a message less than a second ago; try again in `ms`. */
  | { kind: "chatBusy"; ms: number }
  /** Another live worker holds the claim for `ms` more. */
  | { kind: "busy"; ms: number }
  /** Already final (counted before). */
  | { kind: "done" }
  /** The claim of a dead worker expired: now final as "unsure"; `done` is the run's new done count. */
  | { kind: "unsure"; done: number };

const claimScript = LuaScript.load("broadcast/lua/claim-2.lua");

const finishScript = LuaScript.load("broadcast/lua/finish-send-2.lua");

const settleScript = LuaScript.load("broadcast/lua/settle-2.lua");

const releaseScript = LuaScript.load("broadcast/lua/release-1.lua");

export interface LedgerKeys {
  /** The recipient's channel, for the per-channel counters. */
  channel: string;
  ledger: string;
  chatPace: string;
  run: string;
}

export class DeliveryLedger {
  constructor(
    private readonly redis: RedisClient,
    private readonly leaseMs: number,
    private readonly chatGapMs: number,
  ) {}

  /** Tries to take `recipient` for one send attempt (see ClaimResult). */
  async claim(keys: LedgerKeys, recipient: string): Promise<ClaimResult> {
    // The chat's pace is taken first, in one command: a claim that then fails leaves the chat
    // quiet for a second, which delays nobody (it was just served or is being served).
    if ((await this.redis.set(keys.chatPace, "1", "PX", this.chatGapMs, "NX")) !== "OK") {
      return { kind: "chatBusy", ms: Math.max(await this.redis.pttl(keys.chatPace), 1) };
    }
    const reply = (await claimScript.run(this.redis, [keys.ledger, keys.run], [recipient, this.leaseMs, keys.channel])) as [string, number, string?];
    const [kind, n, token] = reply;
    switch (kind) {
      case "claimed":
        return { kind, attempt: n, token: token! };
      case "busy":
        return { kind, ms: n };
      case "unsure":
        return { kind, done: n };
      default:
        return { kind: "done" };
    }
  }

  /**
   * Records the final outcome of a claimed attempt. Returns the run's new done count, or -1 when
   * the claim was no longer ours (nothing counted twice). `costMilli` is what the message cost (a
   * paid broadcast), added to the run's spending with the outcome, so it is counted once too.
   */
  async finish(keys: LedgerKeys, recipient: string, token: string, outcome: Outcome, costMilli = 0): Promise<number> {
    return Number(await finishScript.run(this.redis, [keys.ledger, keys.run], [recipient, token, outcome, keys.channel, costMilli]));
  }

  /**
   * Records an outcome known without sending (out of window). Returns the run's new done count, or
   * -1 when the recipient was claimed or final already.
   */
  async settle(keys: LedgerKeys, recipient: string, outcome: Outcome): Promise<number> {
    return Number(await settleScript.run(this.redis, [keys.ledger, keys.run], [recipient, outcome, keys.channel]));
  }

  /** Gives a claim back after a failure worth retrying; `attempts` is how many count so far. */
  async release(keys: LedgerKeys, recipient: string, token: string, attempts: number): Promise<void> {
    await releaseScript.run(this.redis, [keys.ledger], [recipient, token, attempts]);
  }

  /** States of several recipients at once (null = not tried), to skip finished ones quickly. */
  async states(ledgerKey: string, recipients: string[]): Promise<(string | null)[]> {
    if (recipients.length === 0) return [];
    return this.redis.hmget(ledgerKey, ...recipients);
  }
}

/** True for a state that will not change any more. */
export function isFinal(state: string | null): boolean {
  return state !== null && !state.startsWith("c") && !state.startsWith("r");
}
