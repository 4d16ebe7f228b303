/**
 * What we hold about a person, and deleting it at their request (Law 91/2025 on personal data: a
 * person may see and delete their data). For one chat:
 *
 *   chat state        language, commune, reminders consent, place in a guide   (flows/state-store)
 *   subscription      reminders and the task force's messages, with consent times (broadcast)
 *   question threads  their questions to officials and the answers            (handoff)
 *   stall entries     where a guide stopped, and the guides they were nudged about (handoff)
 *   session log       completed guides, under a pseudonym (keyed hash, no id)  (stats)
 *
 * Deleting removes all of it, the session-log entries included (found by the pseudonym), and the
 * person's line in the recipient lists and delivery ledgers of broadcasts that have ended (a run still
 * sending keeps its list until it ends: its batches count positions in it; it expires 30 days after).
 * What stays is what holds no person: the per-day counters of reports. A question already shown in
 * an official's chat stays in that chat.
 */
import type { RedisClient } from "../redis/connection.js";
import { broadcastKeys } from "../broadcast/keys.js";
import { recipientId } from "../broadcast/recipient.js";
import { SubscriptionStore } from "../broadcast/subscriptions.js";
import type { ChatAddress, ChatStateStore } from "../flows/state-store.js";
import type { ChatState, Lang } from "../flows/types.js";
import { handoffKeys } from "../handoff/keys.js";
import type { TicketStore } from "../handoff/ticket-store.js";
import type { SessionLog } from "../stats/session-log.js";
import { userHash } from "../stats/user-hash.js";

/** Stream entries read per round trip when looking for a person's sessions. */
const SCAN_CHUNK = 1000;

export interface PersonalSummary {
  state: Pick<ChatState, "lang" | "unit" | "remind" | "remindAt" | "stats" | "statsAt" | "flow" | "step"> | null;
  subscribed: { on: boolean; since: number | null } | null;
  threads: string[];
  /** Completed guides kept in the session log under the person's pseudonym. */
  sessions: number;
}

export class PersonalData {
  readonly #subscriptions: SubscriptionStore;

  constructor(
    private readonly deps: {
      redis: RedisClient;
      prefix: string;
      hashSecret: string;
      stateStore: Pick<ChatStateStore, "read" | "forget">;
      tickets: TicketStore;
      /** Where completed guides are logged under the person's pseudonym. */
      sessionLog: Pick<SessionLog, "streamKey" | "retainedDays" | "personFields">;
      now?: () => number;
    },
  ) {
    this.#subscriptions = new SubscriptionStore(deps.redis, broadcastKeys(deps.prefix), deps.now);
  }

  /** The language the person chose, if the chat still has a state. */
  async language(chat: ChatAddress): Promise<Lang | undefined> {
    return (await this.deps.stateStore.read(chat))?.lang;
  }

  async summary(chat: ChatAddress): Promise<PersonalSummary> {
    const state = await this.deps.stateStore.read(chat);
    const sub = await this.#subscriptions.get(recipientId(chat));
    let sessions = 0;
    await this.#eachSession(chat, async () => void sessions++);
    return {
      state: state ? { lang: state.lang, unit: state.unit, remind: state.remind, remindAt: state.remindAt, stats: state.stats, statsAt: state.statsAt, flow: state.flow, step: state.step } : null,
      subscribed: sub && { on: sub.on, since: sub.consentAt },
      threads: await this.deps.tickets.ofCitizen(recipientId(chat)),
      sessions,
    };
  }

  /** Deletes everything held about the chat; says what went. */
  async erase(chat: ChatAddress): Promise<{ sessions: number; threads: number; subscribed: boolean; runs: number }> {
    const { redis, prefix } = this.deps;
    const to = recipientId(chat);
    const bc = broadcastKeys(prefix);
    const hd = handoffKeys(prefix);
    // One key at a time: on a Redis Cluster they live in different slots. The subscription goes
    // first, so nothing more is sent even if the rest were cut short (asking again finishes it).
    const subscribed = await this.#subscriptions.forget(to);
    await redis.del(bc.chatPace(to));
    await redis.del(hd.nudged(to));
    // Stall entries of this person (members start with the recipient id).
    for (const [member] of await this.#stallOf(to)) await redis.multi().zrem(hd.stall, member).hdel(hd.stallAt, member).exec();
    const threads = await this.deps.tickets.eraseCitizen(to);
    const byStream = new Map<string, string[]>();
    await this.#eachSession(chat, async (stream, id) => void byStream.set(stream, [...(byStream.get(stream) ?? []), id]));
    for (const [stream, ids] of byStream) for (let i = 0; i < ids.length; i += 500) await redis.xdel(stream, ...ids.slice(i, i + 500));
    const sessions = [...byStream.values()].reduce((n, ids) => n + ids.length, 0);
    // One key at a time: on a Redis Cluster they live in different slots.
    for (const { key, field } of this.deps.sessionLog.personFields(userHash(this.deps.hashSecret, chat.channel, chat.id), this.#now())) await redis.hdel(key, field);
    const runs = await this.#eraseFromEndedRuns(to);
    await this.deps.stateStore.forget(chat);
    return { sessions, threads, subscribed, runs };
  }

  /** The person's entry in the recipient list and ledger of every run that has ended. */
  async #eraseFromEndedRuns(to: string): Promise<number> {
    const { redis, prefix } = this.deps;
    const bc = broadcastKeys(prefix);
    let runs = 0;
    for (const id of await redis.zrange(bc.runs, "0", "-1")) {
      const status = await redis.hget(bc.run(id), "status");
      if (status !== "done" && status !== "stopped") continue;
      if ((await redis.hdel(bc.ledger(id), to)) === 0) continue;
      const entries = await redis.lrange(bc.recipients(id), "0", "-1");
      for (const entry of entries.filter((e) => e.startsWith(`${to}|`))) await redis.lrem(bc.recipients(id), 0, entry);
      runs++;
    }
    return runs;
  }

  async #stallOf(to: string): Promise<[string][]> {
    const found: [string][] = [];
    let cursor = "0";
    do {
      const [next, items] = await this.deps.redis.zscan(handoffKeys(this.deps.prefix).stall, cursor, "MATCH", `${to.replace(/[*?[\]\\]/g, "\\$&")}|*`, "COUNT", 500);
      cursor = next;
      for (let i = 0; i < items.length; i += 2) found.push([items[i]!]);
    } while (cursor !== "0");
    return found;
  }

  /** Calls `each` with the stream and id of every session-log entry of the chat's pseudonym, day by day. */
  async #eachSession(chat: ChatAddress, each: (stream: string, id: string) => Promise<void>): Promise<void> {
    const user = userHash(this.deps.hashSecret, chat.channel, chat.id);
    // The days side by side (one stream each, in as many slots): one round trip, not 181.
    const days = this.deps.sessionLog.retainedDays(this.#now());
    await Promise.all(
      days.map(async (day) => {
        const stream = this.deps.sessionLog.streamKey(day);
        let start = "-";
        for (;;) {
          const entries = (await this.deps.redis.xrange(stream, start, "+", "COUNT", SCAN_CHUNK)) as [string, string[]][];
          for (const [id, fields] of entries) if (fields[fields.indexOf("user") + 1] === user) await each(stream, id);
          if (entries.length < SCAN_CHUNK) break;
          start = `(${entries.at(-1)![0]}`;
        }
      }),
    );
  }

  #now(): number {
    return (this.deps.now ?? Date.now)();
  }
}
