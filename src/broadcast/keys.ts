/**
 * Every Redis key the broadcast module writes, named in one place. All of them start with the
 * deployment's prefix (`REDIS_PREFIX`), BullMQ's included, so several deployments or test runs can
 * share one Redis and a SCAN on the prefix finds everything.
 */

/** The BullMQ queue that carries broadcast and reminder batches. */
export const QUEUE_NAME = "broadcast";

/**
 * BullMQ builds its keys as `<prefix>:<queue>:…`, so "dvc:" becomes "dvc:{bull}:broadcast:…": the
 * braces keep a queue's keys in one Redis Cluster slot, as BullMQ's scripts need.
 */
export function bullPrefix(prefix: string): string {
  return `${prefix}{bull}`;
}

/**
 * How many hashes the subscriptions are spread over. Enough that each stays small (packed by Redis,
 * ≤ 128 fields by default) up to half a million subscribers; a national deployment raises Redis's
 * `hash-max-listpack-entries` (README, Scaling out). Changing it moves every subscription: fixed.
 */
export const SUBSCRIBER_BUCKETS = 4096;

/** The bucket of a recipient id: FNV-1a, 32 bits, over its UTF-16 code units; stable across versions. */
export function subscriberBucket(recipient: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < recipient.length; i++) hash = Math.imul(hash ^ recipient.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SUBSCRIBER_BUCKETS;
}

/** Key builders for one deployment prefix. */
export function broadcastKeys(prefix: string) {
  const p = `${prefix}bc:`;
  return {
    /**
     * The bucket hash holding a subscriber's record (field: the recipient id, recipient.ts), one of
     * SUBSCRIBER_BUCKETS, each its own Redis Cluster slot (see subscriptions.ts).
     */
    subscriber: (recipient: string) => `${prefix}sub:{s${subscriberBucket(recipient)}}`,
    /** Hash of the consents withdrawn on one day (UTC), kept 30 days after it. */
    withdrawals: (day: string) => `${prefix}sub:gone:{${day}}`,
    /** Set of the communes that have subscribers. */
    subscribedUnits: `${prefix}subs:units`,
    /** Set of the subscribed recipient ids of one commune. */
    unitSubscribers: (unit: string) => `${prefix}subs:unit:${unit}`,
    /** Hash of counters: blocked (unsubscribed because the user blocked the bot). */
    subscriptionStats: `${prefix}subs:stats`,

    /** Counter giving run ids. */
    runSeq: `${p}seq`,
    // A run's keys share one hash tag, {<id>}: its scripts (claim, outcome, finish) touch several.
    /** Hash per run (a broadcast or one weekly reminder): status, text, counters. */
    run: (id: string) => `${p}run:{${id}}`,
    /** List: the recipients snapshot of a run, "recipient|lang|unit|seenAt" per entry. */
    recipients: (id: string) => `${p}run:{${id}}:to`,
    /** Hash: delivery state of each recipient of a run (see delivery-ledger.ts). */
    ledger: (id: string) => `${p}run:{${id}}:st`,
    /** Marker that throttles progress edits of a run to one every few seconds across instances. */
    progressThrottle: (id: string) => `${p}run:{${id}}:prog`,
    /** Sorted set of run ids by creation time, newest last. */
    runs: `${p}runs`,
    /** Authenticity code → run id. */
    code: (code: string) => `${p}code:${code}`,
    /** Compose state of one task-force chat (hash with a TTL). */
    compose: (chatId: string) => `${p}compose:${chatId}`,

    /**
     * Hash per channel: its shared send pace (next free slot, pause until), for every instance; its
     * debt key (send-gate.ts) shares the tag.
     */
    gate: (channel: string) => `${p}gate:{${channel}}`,
    /** A channel's paid pace (send-gate.ts), beside its free one. */
    paidGate: (channel: string) => `${p}gate:{${channel}}:paid`,
    /** A channel's paid-broadcast spending in one calendar month, milli-Stars (paid-budget.ts). */
    paidSpent: (channel: string, month: string) => `${p}gate:{${channel}}:spent:${month}`,
    /** Marker per recipient: a message went to this chat less than a second ago. */
    chatPace: (recipient: string) => `${p}chat:${recipient}`,

    /** The weekly reminder schedule (JSON). */
    schedule: `${prefix}rem:schedule`,
    /** Marker per schedule occurrence: set once, by the instance that fires it. */
    fired: (slot: string, at: number) => `${prefix}rem:fired:${slot}:${at}`,
  };
}

export type BroadcastKeys = ReturnType<typeof broadcastKeys>;
