/**
 * Who wants the task force's messages: chats of every pushing channel that gave consent, by
 * commune. A chat is named by its recipient id (recipient.ts: a bare Telegram chat id, `zalo:<id>`).
 *
 * Consent and its withdrawal are recorded with their time and source, as Decree 13/2023 on personal
 * data asks, and the record is kept after withdrawal (it proves what the person chose and when).
 * Only what sending needs is stored: the chat id, the commune code and the language.
 *
 * A chat that blocks the bot (403 on a send, a Telegram `my_chat_member` update with status
 * "kicked", a Zalo `unfollow`) is unsubscribed and counted once in `blocked`.
 */
import { LuaScript } from "../redis/lua-script.js";
import type { RedisClient } from "../redis/connection.js";
import type { Lang } from "../flows/types.js";
import type { BroadcastKeys } from "./keys.js";
import { execOrThrow } from "../redis/transaction.js";

/** How a subscription was given or withdrawn. */
export type ConsentSource = "onboarding" | "command" | "blocked" | "kicked" | "gone" | "unfollow";

export interface Subscription {
  chatId: string;
  on: boolean;
  unit: string | null;
  lang: Lang;
  /** When consent was last given (ms), or null if never. */
  consentAt: number | null;
  /** When it was last withdrawn (ms), or null. */
  withdrawnAt: number | null;
  /** The wording of the consent question agreed to (CONSENT_TEXT_VERSION then), or null for older records. */
  consentText: string | null;
  source: ConsentSource | null;
}

/** One recipient as a run's snapshot stores it. */
export interface Recipient {
  /** The recipient id (recipient.ts). */
  chatId: string;
  lang: Lang;
  unit: string | null;
  /** When the person last wrote to the bot (ms), if known: channels with a messaging window need it. */
  seenAt?: number;
}

const asLang = (v: string | null | undefined): Lang => (v === "km" || v === "en" ? v : "vi");

/**
 * Which wording of the consent question the person agreed to (onboarding-remind / unit-remind in
 * locales/): kept with the consent as proof of what they were told. Change it with the texts.
 */
export const CONSENT_TEXT_VERSION = "2026-12-02";

/** How long the record of a withdrawn consent is kept. */
export const WITHDRAWN_TTL_SECONDS = 30 * 86_400;

const withdrawScript = LuaScript.load("broadcast/lua/withdraw-1.lua");

export class SubscriptionStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: BroadcastKeys,
    private readonly now: () => number = Date.now,
  ) {}

  /*
   * The subscriber's hash is the truth; the sets (everyone, per commune) are indexes in other Redis
   * Cluster slots, written in an order that keeps them safe to read: a set may hold someone the hash
   * says is off or in another commune (recipients() drops them), never miss someone who is on.
   */

  /** Records consent for `chatId` in commune `unit` (moving it from its previous commune, if any). */
  async subscribe(chatId: string, opts: { unit: string; lang: Lang; source: ConsentSource }): Promise<void> {
    const key = this.keys.subscriber(chatId);
    const previous = await this.redis.hget(key, "unit");
    // Both indexes first (together: their order does not matter), then the hash.
    await Promise.all([this.redis.sadd(this.keys.unitSubscribers(opts.unit), chatId), this.redis.sadd(this.keys.subscribers, chatId)]);
    await execOrThrow(
      this.redis
        .multi()
        .hset(key, { on: "1", unit: opts.unit, lang: opts.lang, consentAt: String(this.now()), consentText: CONSENT_TEXT_VERSION, source: opts.source })
        // Kept as long as the consent stands.
        .persist(key),
      "subscription",
    );
    if (previous && previous !== opts.unit) await this.redis.srem(this.keys.unitSubscribers(previous), chatId);
  }

  /**
   * Withdraws consent. Returns false when the chat was not subscribed (nothing changes, nothing is
   * counted twice when a 403 and a my_chat_member update report the same block).
   */
  async unsubscribe(chatId: string, source: ConsentSource): Promise<boolean> {
    // The record of the withdrawal is kept a while (proof that we stopped), then nothing remains.
    const unit = (await withdrawScript.run(this.redis, [this.keys.subscriber(chatId)], [this.now(), source, WITHDRAWN_TTL_SECONDS])) as string | null;
    if (unit === null) return false;
    if (source === "blocked" || source === "kicked" || source === "unfollow") await this.redis.hincrby(this.keys.subscriptionStats, "blocked", 1);
    await this.redis.srem(this.keys.subscribers, chatId);
    if (unit) await this.redis.srem(this.keys.unitSubscribers(unit), chatId);
    return true;
  }

  /** Keeps the language of a subscriber in step with the one they chose in the bot. */
  async setLang(chatId: string, lang: Lang): Promise<void> {
    if ((await this.redis.hget(this.keys.subscriber(chatId), "on")) === "1") await this.redis.hset(this.keys.subscriber(chatId), "lang", lang);
  }

  async get(chatId: string): Promise<Subscription | null> {
    const h = await this.redis.hgetall(this.keys.subscriber(chatId));
    if (!h.on) return null;
    return {
      chatId,
      on: h.on === "1",
      unit: h.unit ?? null,
      lang: asLang(h.lang),
      consentAt: h.consentAt ? Number(h.consentAt) : null,
      withdrawnAt: h.withdrawnAt ? Number(h.withdrawnAt) : null,
      consentText: h.consentText ?? null,
      source: (h.source as ConsentSource | undefined) ?? null,
    };
  }

  /** Subscribers of the given communes (every subscriber when `units` is null). */
  async count(units: readonly string[] | null): Promise<number> {
    if (units === null) return this.redis.scard(this.keys.subscribers);
    // A chat belongs to one commune, so the sets are disjoint and their sizes add up.
    const sizes = await Promise.all(units.map((u) => this.redis.scard(this.keys.unitSubscribers(u))));
    return sizes.reduce((a, b) => a + b, 0);
  }

  /** How many subscribers each commune has. */
  async countByUnit(units: readonly string[]): Promise<Map<string, number>> {
    const sizes = await Promise.all(units.map((u) => this.redis.scard(this.keys.unitSubscribers(u))));
    return new Map(units.map((u, i) => [u, sizes[i] ?? 0]));
  }

  /** How many chats were unsubscribed because they blocked the bot. */
  async blockedCount(): Promise<number> {
    return Number((await this.redis.hget(this.keys.subscriptionStats, "blocked")) ?? 0);
  }

  /**
   * The current recipients of the given communes (all when null), with language and commune, read
   * in chunks so 100,000 subscribers never mean one huge reply.
   */
  async *recipients(units: readonly string[] | null): AsyncGenerator<Recipient[]> {
    const sets = units === null ? [{ set: this.keys.subscribers, unit: null }] : units.map((u) => ({ set: this.keys.unitSubscribers(u), unit: u }));
    for (const { set, unit: setUnit } of sets) {
      let cursor = "0";
      do {
        const [next, ids] = await this.redis.sscan(set, cursor, "COUNT", 500);
        cursor = next;
        if (ids.length === 0) continue;
        // Sent together; the client batches them per node.
        const rows = await Promise.all(ids.map((id) => this.redis.hmget(this.keys.subscriber(id), "on", "lang", "unit")));
        const batch: Recipient[] = [];
        ids.forEach((chatId, i) => {
          const [on, lang, unit] = rows[i] ?? [];
          // An index entry left behind by a move or a withdrawal: the hash decides.
          if (on === "1" && (setUnit === null || unit === setUnit)) batch.push({ chatId, lang: asLang(lang), unit: unit ?? null });
        });
        if (batch.length > 0) yield batch;
      } while (cursor !== "0");
    }
  }
}
