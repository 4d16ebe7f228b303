/**
 * A gentle hand for those who stop halfway: a citizen who stops inside a guide and does not come
 * back within a delay (default 24 h) gets at most one nudge for that guide ("Bác đang làm dở…
 * Làm tiếp? / Hỏi cán bộ / Thôi"), only if they consented to messages (the reminders consent), the
 * channel may write to them (Zalo: within its window), and not in quiet hours.
 *
 *   hd:stall           sorted set "<recipient>|<session>" by when a nudge becomes due
 *   hd:stall:at        hash of the same members → "<flow>|<step>|<unit>" (where they stopped)
 *   hd:nudged:<rcpt>   set of the guides this person was nudged about (kept 90 days): never twice
 *
 * Every step moves the due time on; finishing the guide removes it. A due entry is taken by one
 * instance (ZREM decides), so several instances never nudge twice.
 */
import type { RedisClient } from "../redis/connection.js";
import { recipientAddress, recipientId } from "../broadcast/recipient.js";
import type { EventListener } from "../flows/event-listener.js";
import type { ChatStateStore } from "../flows/state-store.js";
import type { ChatState } from "../flows/types.js";
import { localDay } from "../stats/local-day.js";
import { handoffKeys, type HandoffKeys } from "./keys.js";

const NUDGED_TTL_SECONDS = 90 * 86_400;
const BATCH = 100;

export interface Nudge {
  recipient: string;
  flow: string;
  state: ChatState;
}

export interface StallNudgeDeps {
  redis: RedisClient;
  prefix: string;
  /** How long after the last step a nudge is due (ms). */
  delayMs: number;
  /** Channels that may write first, and how long after the person's last message (null: any time). */
  windows: ReadonlyMap<string, number | null>;
  stateStore: Pick<ChatStateStore, "read">;
  /** Whether bulk messages must wait now (quiet hours). */
  quiet: (now: number) => boolean;
  send: (nudge: Nudge) => Promise<void>;
  now?: () => number;
}

export class StallNudges {
  readonly #keys: HandoffKeys;
  readonly #now: () => number;

  constructor(private readonly deps: StallNudgeDeps) {
    this.#keys = handoffKeys(deps.prefix);
    this.#now = deps.now ?? Date.now;
  }

  /** Keeps where each guide in progress stands, on channels that can write first. */
  listener(): EventListener {
    return async (chat, event) => {
      if (!this.deps.windows.has(chat.channel)) return;
      const to = recipientId(chat);
      if (event.type === "step_reached" && event.end) {
        // An end screen: nothing left to nudge about.
        const member = `${to}|${event.sessionId}`;
        await this.deps.redis.multi().zrem(this.#keys.stall, member).hdel(this.#keys.stallAt, member).exec();
      } else if (event.type === "step_reached") {
        const member = `${to}|${event.sessionId}`;
        await this.deps.redis
          .multi()
          .zadd(this.#keys.stall, this.#now() + this.deps.delayMs, member)
          .hset(this.#keys.stallAt, member, `${event.flow}|${event.step}|${event.unit ?? "-"}`)
          .exec();
      } else if (event.type === "session_completed") {
        const { session } = event;
        const member = `${to}|${session.sessionId}`;
        await this.deps.redis.multi().zrem(this.#keys.stall, member).hdel(this.#keys.stallAt, member).exec();
        // Finished after a nudge: the nudge helped.
        if (await this.deps.redis.sismember(this.#keys.nudged(to), session.flow)) await this.#count(session.unit ?? "-", "resumed");
      }
    };
  }

  /** Sends the nudges that are due; returns how many went out. */
  async tick(): Promise<number> {
    const now = this.#now();
    if (this.deps.quiet(now)) return 0;
    const due = await this.deps.redis.zrangebyscore(this.#keys.stall, "-inf", now, "LIMIT", 0, BATCH);
    let sent = 0;
    for (const member of due) {
      // Whoever removes the entry nudges; another instance finds it gone.
      if ((await this.deps.redis.zrem(this.#keys.stall, member)) !== 1) continue;
      const at = await this.deps.redis.hget(this.#keys.stallAt, member);
      await this.deps.redis.hdel(this.#keys.stallAt, member);
      const bar = member.lastIndexOf("|");
      const [recipient, session] = [member.slice(0, bar), member.slice(bar + 1)];
      const [flow = "", , unit = "-"] = (at ?? "").split("|");
      if (await this.#nudge(recipient, session, flow, unit, now)) sent++;
    }
    return sent;
  }

  async #nudge(recipient: string, session: string, flow: string, unit: string, now: number): Promise<boolean> {
    const address = recipientAddress(recipient);
    const window = this.deps.windows.get(address.channel);
    const state = await this.deps.stateStore.read(address);
    // Still stopped in that guide, consented to messages, and the channel may still write to them.
    if (!state || state.sid !== session || state.flow !== flow || state.remind !== true) return false;
    if (now - state.at < this.deps.delayMs) return false;
    if (window === undefined || (window !== null && now - state.at > window)) return false;
    if ((await this.deps.redis.sadd(this.#keys.nudged(recipient), flow)) !== 1) return false;
    await this.deps.redis.expire(this.#keys.nudged(recipient), NUDGED_TTL_SECONDS);
    await this.deps.send({ recipient, flow, state });
    await this.#count(unit, "nudged");
    return true;
  }

  async #count(unit: string, what: "nudged" | "resumed"): Promise<void> {
    await this.deps.redis.hincrby(this.#keys.stats(localDay(this.#now())), `${unit}|${what}`, 1);
  }
}
