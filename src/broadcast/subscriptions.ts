/**
 * Who wants the task force's messages: chats of every pushing channel that gave consent, by
 * commune. A chat is named by its recipient id (recipient.ts: a bare Telegram chat id, `zalo:<id>`).
 *
 * Consent and its withdrawal are recorded with their time and source, as Decree 13/2023 on personal
 * data asks, and the record of a withdrawal is kept 30 days (it proves what the person chose and
 * when). Only what sending needs is stored: the chat id, the commune code and the language.
 *
 * Layout (issue 14: memory per citizen). A subscription is a field of one of 4,096 bucket hashes,
 * chosen by a hash of the chat id (`sub:{s<n>}`, value "unit|lang|consentAt|wording|source"): a
 * small hash stores its fields packed, about 60 bytes a person instead of a key of its own (190).
 * Each commune's set of recipient ids is the index a broadcast reads, and `subs:units` names the
 * communes that have one. A withdrawal moves the record to that day's hash of withdrawals,
 * `sub:gone:{<day>}`, which expires 30 days after the day.
 *
 * A chat that blocks the bot (403 on a send, a Telegram `my_chat_member` update with status
 * "kicked", a Zalo `unfollow`) is unsubscribed and counted once in `blocked`.
 */
import type { RedisClient } from "../redis/connection.js";
import type { Lang } from "../flows/types.js";
import type { BroadcastKeys } from "./keys.js";
import { execOrThrow } from "../redis/transaction.js";
import { localDay } from "../stats/local-day.js";
import { addDays, dayMs } from "../stats/periods.js";

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

/** A subscription as a bucket field holds it (the chat id is the field's name). */
interface Stored {
  unit: string | null;
  lang: Lang;
  consentAt: number | null;
  consentText: string | null;
  source: ConsentSource | null;
  withdrawnAt?: number;
}

function encode(r: Stored): string {
  return [r.unit ?? "", r.lang, r.consentAt?.toString(36) ?? "", r.consentText ?? "", r.source ?? "", r.withdrawnAt?.toString(36) ?? ""].join("|").replace(/\|+$/, "");
}

function decode(raw: string | null | undefined): Stored | null {
  if (!raw) return null;
  const [unit, lang, consentAt, consentText, source, withdrawnAt] = raw.split("|");
  return {
    unit: unit || null,
    lang: asLang(lang),
    consentAt: consentAt ? parseInt(consentAt, 36) : null,
    consentText: consentText || null,
    source: (source || null) as ConsentSource | null,
    ...(withdrawnAt ? { withdrawnAt: parseInt(withdrawnAt, 36) } : {}),
  };
}

export class SubscriptionStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: BroadcastKeys,
    private readonly now: () => number = Date.now,
  ) {}

  /*
   * The bucket field is the truth; the commune sets are indexes in other Redis Cluster slots, written
   * in an order that keeps them safe to read: a set may hold someone the bucket says is gone or in
   * another commune (recipients() drops them), never miss someone who is subscribed.
   */

  /** Records consent for `chatId` in commune `unit` (moving it from its previous commune, if any). */
  async subscribe(chatId: string, opts: { unit: string; lang: Lang; source: ConsentSource }): Promise<void> {
    const bucket = this.keys.subscriber(chatId);
    const previous = decode(await this.redis.hget(bucket, chatId));
    // The indexes first (together: their order does not matter), then the record.
    await Promise.all([this.redis.sadd(this.keys.unitSubscribers(opts.unit), chatId), this.redis.sadd(this.keys.subscribedUnits, opts.unit)]);
    await this.redis.hset(bucket, chatId, encode({ unit: opts.unit, lang: opts.lang, consentAt: this.now(), consentText: CONSENT_TEXT_VERSION, source: opts.source }));
    if (previous?.unit && previous.unit !== opts.unit) await this.redis.srem(this.keys.unitSubscribers(previous.unit), chatId);
  }

  /**
   * Withdraws consent. Returns false when the chat was not subscribed (nothing changes, nothing is
   * counted twice when a 403 and a my_chat_member update report the same block).
   */
  async unsubscribe(chatId: string, source: ConsentSource): Promise<boolean> {
    const bucket = this.keys.subscriber(chatId);
    const record = decode(await this.redis.hget(bucket, chatId));
    if (!record) return false;
    // The proof of the withdrawal first (writing it twice is harmless), then the one removal that
    // decides, of several callers, which one withdrew.
    await this.#recordWithdrawal(chatId, { ...record, source, withdrawnAt: this.now() });
    if ((await this.redis.hdel(bucket, chatId)) === 0) return false;
    if (source === "blocked" || source === "kicked" || source === "unfollow") await this.redis.hincrby(this.keys.subscriptionStats, "blocked", 1);
    if (record.unit) await this.redis.srem(this.keys.unitSubscribers(record.unit), chatId);
    return true;
  }

  /** The subscription of a chat, or the record of its withdrawal in the last 30 days, or null. */
  async get(chatId: string): Promise<Subscription | null> {
    const on = decode(await this.redis.hget(this.keys.subscriber(chatId), chatId));
    if (on) return { chatId, on: true, ...on, withdrawnAt: null };
    const gone = (await this.#withdrawals(chatId)).sort((a, b) => (b.withdrawnAt ?? 0) - (a.withdrawnAt ?? 0))[0];
    return gone ? { chatId, on: false, ...gone, withdrawnAt: gone.withdrawnAt ?? null } : null;
  }

  /**
   * Deletes everything kept about a chat's subscription, the records of its withdrawals included
   * (a person's request to delete their data). Returns whether it was subscribed.
   */
  async forget(chatId: string): Promise<boolean> {
    const bucket = this.keys.subscriber(chatId);
    const record = decode(await this.redis.hget(bucket, chatId));
    await this.redis.hdel(bucket, chatId);
    if (record?.unit) await this.redis.srem(this.keys.unitSubscribers(record.unit), chatId);
    // One command per day: on a Redis Cluster each day lives in its own slot.
    await Promise.all(this.#withdrawalDays().map((day) => this.redis.hdel(this.keys.withdrawals(day), chatId)));
    return record !== null;
  }

  /**
   * Writes a subscription kept in the older layout (a hash of its own per chat: on, unit, lang,
   * consentAt, consentText, source, withdrawnAt) into this one; an upgrade's `migrate-keys` calls it.
   */
  async adopt(chatId: string, old: Record<string, string>): Promise<void> {
    const record: Stored = { unit: old.unit || null, lang: asLang(old.lang), consentAt: old.consentAt ? Number(old.consentAt) : null, consentText: old.consentText || null, source: (old.source || null) as ConsentSource | null };
    if (old.on === "1") {
      if (record.unit) await this.redis.sadd(this.keys.subscribedUnits, record.unit);
      await this.redis.hsetnx(this.keys.subscriber(chatId), chatId, encode(record));
      return;
    }
    const withdrawnAt = Number(old.withdrawnAt);
    if (Number.isFinite(withdrawnAt)) await this.#recordWithdrawal(chatId, { ...record, withdrawnAt });
  }

  /** Subscribers of the given communes (every subscriber when `units` is null). */
  async count(units: readonly string[] | null): Promise<number> {
    // A chat belongs to one commune, so the sets are disjoint and their sizes add up.
    const sizes = await this.countByUnit(units ?? (await this.#units()));
    return [...sizes.values()].reduce((a, b) => a + b, 0);
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
    for (const unit of units ?? (await this.#units())) {
      let cursor = "0";
      do {
        const [next, ids] = await this.redis.sscan(this.keys.unitSubscribers(unit), cursor, "COUNT", 500);
        cursor = next;
        if (ids.length === 0) continue;
        // Sent together; the client batches them per node.
        const rows = await Promise.all(ids.map((id) => this.redis.hget(this.keys.subscriber(id), id)));
        const batch: Recipient[] = [];
        ids.forEach((chatId, i) => {
          const record = decode(rows[i]);
          // An index entry left behind by a move or a withdrawal: the bucket decides.
          if (record?.unit === unit) batch.push({ chatId, lang: record.lang, unit });
        });
        if (batch.length > 0) yield batch;
      } while (cursor !== "0");
    }
  }

  /** Every commune that has (or had) subscribers. */
  async #units(): Promise<string[]> {
    return (await this.redis.smembers(this.keys.subscribedUnits)).sort();
  }

  /**
   * Keeps the record of a withdrawal in its day's hash (Vietnam's day, as the reports count),
   * until 30 days after that day ends on this store's clock; one already past that is not kept.
   */
  async #recordWithdrawal(chatId: string, record: Stored & { withdrawnAt: number }): Promise<void> {
    const day = localDay(record.withdrawnAt);
    const keptMs = dayMs(addDays(day, 1)) + WITHDRAWN_TTL_SECONDS * 1000 - this.now();
    if (keptMs <= 0) return;
    const gone = this.keys.withdrawals(day);
    await execOrThrow(this.redis.multi().hset(gone, chatId, encode(record)).pexpire(gone, keptMs), "withdrawal");
  }

  /** The days whose withdrawals are still kept: today and the 30 before (and one for the clock's edge). */
  #withdrawalDays(): string[] {
    const today = localDay(this.now());
    return Array.from({ length: WITHDRAWN_TTL_SECONDS / 86_400 + 2 }, (_, i) => addDays(today, -i));
  }

  async #withdrawals(chatId: string): Promise<Stored[]> {
    const rows = await Promise.all(this.#withdrawalDays().map((day) => this.redis.hget(this.keys.withdrawals(day), chatId)));
    return rows.map(decode).filter((r): r is Stored => r !== null);
  }
}
