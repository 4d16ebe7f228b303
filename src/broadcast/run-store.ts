/**
 * Runs: one broadcast by the task force, or one occurrence of the weekly reminder. A run is a Redis
 * hash (what to send, to whom, its status and counters) plus a snapshot of its recipients taken
 * when it starts, so later subscriptions or withdrawals do not change a run in progress and a
 * restarted process finds exactly the same list.
 *
 * Status: preparing → running → done, and running ⇄ stopped (the task force stops and resumes).
 * Status changes are compare-and-set scripts, so two instances never both finish a run.
 */
import type { RedisClient } from "../redis/connection.js";
import type { Lang } from "../flows/types.js";
import { OUTCOMES, type Outcome } from "./delivery-ledger.js";
import type { BroadcastKeys } from "./keys.js";
import { LuaScript } from "../redis/lua-script.js";
import { recipientAddress } from "./recipient.js";
import type { Recipient } from "./subscriptions.js";

/** Entries moved per round trip when the snapshot joins its per-channel lists. */
const SNAPSHOT_CHUNK = 1000;

export type RunKind = "broadcast" | "reminder";
export type RunStatus = "preparing" | "running" | "stopped" | "done";

export interface Run {
  id: string;
  kind: RunKind;
  status: RunStatus;
  /** Broadcast: the task force's text (or photo caption). */
  text: string;
  /** Broadcast: Telegram file_id of the photo, if any. */
  photo: string | null;
  /** Reminder: "today" or "tomorrow" relative to Thursday. */
  when: string;
  /** Commune codes, or null for every subscriber. */
  units: string[] | null;
  code: string;
  /** Task-force member and chat that started it (broadcasts), and the progress message there. */
  createdBy: string | null;
  chatId: string | null;
  progressMessageId: number | null;
  /** Restart generation: each resume enqueues fresh jobs. */
  gen: number;
  total: number;
  counts: Record<Outcome | "done", number>;
  /** The same outcomes per channel ("telegram", "zalo"), for those that had any. */
  byChannel: Record<string, Partial<Record<Outcome, number>>>;
  /** What its paid messages cost, milli-Stars (0 without paid broadcasts). */
  costMilli: number;
  createdAt: number;
  finishedAt: number | null;
  /** While quiet hours hold the run back: when sending resumes (ms). */
  quietUntil: number | null;
}

export interface NewRun {
  kind: RunKind;
  text?: string;
  photo?: string | null;
  when?: string;
  units: string[] | null;
  code: string;
  createdBy?: string | null;
  chatId?: string | null;
  createdAt: number;
}

const setStatusScript = LuaScript.load("broadcast/lua/set-status-1.lua");

const finishScript = LuaScript.load("broadcast/lua/finish-run-4.lua");

const createScript = LuaScript.load("broadcast/lua/create-run-1.lua");

/** An authenticity code outlives its run's record by the longest a run may take to finish. */
const CODE_EXTRA_TTL_SECONDS = 30 * 86_400;
/** A guard whose run does not exist this long after it was set lost its creator: adopt it. */
const GUARD_ADOPT_MS = 60_000;

const num = (v: string | undefined) => (v ? Number(v) : 0);

/** The counters of a run nothing was sent for yet. */
export function zeroCounts(): Run["counts"] {
  return { done: 0, ok: 0, blocked: 0, gone: 0, outOfWindow: 0, failed: 0, unsure: 0 };
}

/** The "<outcome>@<channel>" counters of a run hash, by channel. */
function perChannel(h: Record<string, string>): Run["byChannel"] {
  const out: Run["byChannel"] = {};
  for (const [field, value] of Object.entries(h)) {
    const at = field.indexOf("@");
    if (at === -1) continue;
    const outcome = field.slice(0, at) as Outcome;
    if (!OUTCOMES.includes(outcome)) continue;
    (out[field.slice(at + 1)] ??= {})[outcome] = Number(value);
  }
  return out;
}

/**
 * Retention of a run once it has ended (done, or stopped and not resumed): who it went to (the
 * recipients snapshot and the delivery ledger, subscribers' chat ids) is deleted after 30 days;
 * the run itself (text, counts) and its authenticity code are kept a year, so a message forwarded
 * months later can still be checked with /kiemtra.
 */
export const RUN_RECIPIENTS_TTL_SECONDS = 30 * 86_400;
export const RUN_RECORD_TTL_SECONDS = 365 * 86_400;

/** How a recipient is stored in a snapshot list: "chatId|lang|unit|seenAt" (seenAt may be empty). */
export function encodeRecipient(r: Recipient): string {
  return `${r.chatId}|${r.lang}|${r.unit ?? ""}|${r.seenAt ?? ""}`;
}

/** Reads an entry; snapshots written before seenAt existed have three fields. */
export function decodeRecipient(entry: string): Recipient {
  const [chatId = "", lang = "vi", unit = "", seen = ""] = entry.split("|");
  return { chatId, lang: lang as Lang, unit: unit || null, ...(seen ? { seenAt: Number(seen) } : {}) };
}

export class RunStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: BroadcastKeys,
  ) {}

  /**
   * Creates a run in status "preparing" and returns its id. With a `guard` key, the run is created
   * only by the caller that sets the guard: this is how each weekly reminder occurrence starts
   * exactly once, whichever instance sees it first; the others get null. The guard names the run,
   * so an instance that died between the guard and the run is replaced by the next one to look
   * (GUARD_ADOPT_MS later), which creates that same run.
   *
   * The writes are in separate slots on a Redis Cluster (guard, code, index, run), so they are
   * ordered: a reader meets an index entry or a code before the run exists, never the reverse, and
   * treats it as not there yet.
   */
  async create(run: NewRun, guard?: { key: string; ttlSeconds: number }): Promise<string | null> {
    const fields: Record<string, string> = {
      kind: run.kind,
      status: "preparing",
      text: run.text ?? "",
      photo: run.photo ?? "",
      when: run.when ?? "",
      units: run.units ? run.units.join(",") : "*",
      code: run.code,
      createdBy: run.createdBy ?? "",
      chatId: run.chatId ?? "",
      gen: "0",
      total: "0",
      done: "0",
      createdAt: String(run.createdAt),
    };
    // A guarded start that loses skips an id.
    let id = String(await this.redis.incr(this.keys.runSeq));
    if (guard) {
      const mine = await this.redis.set(guard.key, `${id}|${run.createdAt}`, "EX", guard.ttlSeconds, "NX");
      if (mine !== "OK") {
        const orphan = await this.#orphanOf(guard.key, run.createdAt);
        if (!orphan) return null;
        id = orphan;
      }
    }
    await this.redis.set(this.keys.code(run.code), id, "EX", RUN_RECORD_TTL_SECONDS + CODE_EXTRA_TTL_SECONDS);
    await this.redis.zadd(this.keys.runs, run.createdAt, id);
    await createScript.run(this.redis, [this.keys.run(id)], Object.entries(fields).flat());
    return id;
  }

  /** The run a guard names when its creator left it unfinished long enough ago; else null. */
  async #orphanOf(guardKey: string, now: number): Promise<string | null> {
    const [id, at] = ((await this.redis.get(guardKey)) ?? "").split("|");
    if (!id || !at || now - Number(at) < GUARD_ADOPT_MS) return null;
    return (await this.redis.exists(this.keys.run(id))) ? null : id;
  }

  /**
   * Stores the recipients snapshot (deduplicated) and the total, replacing any earlier attempt:
   * built under temporary keys and renamed in one step, so a crash halfway leaves no half list.
   * Recipients are grouped by channel, so a batch mostly holds one channel and its lanes wait on
   * that channel's pace only, and within a channel by commune (as `batches` yields them); where each
   * commune begins is kept with the total (`segments`), so batches can be cut along communes.
   */
  async snapshot(id: string, batches: AsyncIterable<Recipient[]>): Promise<number> {
    const list = this.keys.recipients(id);
    const tmp = (channel: string) => `${list}:tmp:${channel}`;
    const channels: string[] = [];
    const seen = new Set<string>();
    // Per channel: how many entries so far, the commune of the last one, where each commune begins.
    const shape = new Map<string, { length: number; unit: string | null | undefined; starts: number[] }>();
    for await (const batch of batches) {
      const byChannel = new Map<string, string[]>();
      for (const r of batch) {
        if (seen.has(r.chatId)) continue;
        seen.add(r.chatId);
        const channel = recipientAddress(r.chatId).channel;
        if (!channels.includes(channel)) {
          channels.push(channel);
          shape.set(channel, { length: 0, unit: undefined, starts: [] });
          await this.redis.del(tmp(channel));
        }
        const s = shape.get(channel)!;
        if (r.unit !== s.unit) s.starts.push(s.length);
        s.unit = r.unit;
        s.length++;
        const entries = byChannel.get(channel);
        if (entries) entries.push(encodeRecipient(r));
        else byChannel.set(channel, [encodeRecipient(r)]);
      }
      for (const [channel, entries] of byChannel) await this.redis.rpush(tmp(channel), ...entries);
    }
    // Where each commune's recipients begin in the final list (channels one after the other).
    const starts: number[] = [];
    let offset = 0;
    for (const channel of channels) {
      const s = shape.get(channel)!;
      starts.push(...s.starts.map((start) => offset + start));
      offset += s.length;
    }
    // The other channels' lists are appended to the first one, a chunk at a time.
    const [first, ...rest] = channels;
    for (const channel of rest) {
      for (let from = 0; ; from += SNAPSHOT_CHUNK) {
        const entries = await this.redis.lrange(tmp(channel), from, from + SNAPSHOT_CHUNK - 1);
        if (entries.length === 0) break;
        await this.redis.rpush(tmp(first!), ...entries);
      }
    }
    const tx = this.redis.multi();
    if (first) tx.rename(tmp(first), list);
    else tx.del(list);
    for (const channel of rest) tx.del(tmp(channel));
    tx.hset(this.keys.run(id), "total", String(seen.size), "segs", starts.join(","));
    await tx.exec();
    return seen.size;
  }

  /** Where each commune's recipients begin in a run's snapshot (see snapshot); [0] for a run without. */
  async segments(id: string): Promise<number[]> {
    const raw = await this.redis.hget(this.keys.run(id), "segs");
    const starts = (raw ?? "").split(",").filter(Boolean).map(Number).filter(Number.isSafeInteger);
    return starts.length > 0 ? starts : [0];
  }

  /** Recipients at positions [from, to) of the snapshot. */
  async recipients(id: string, from: number, to: number): Promise<Recipient[]> {
    if (to <= from) return [];
    return (await this.redis.lrange(this.keys.recipients(id), from, to - 1)).map(decodeRecipient);
  }

  async get(id: string): Promise<Run | null> {
    const h = await this.redis.hgetall(this.keys.run(id));
    if (!h.status) return null;
    return {
      id,
      kind: h.kind as RunKind,
      status: h.status as RunStatus,
      text: h.text ?? "",
      photo: h.photo || null,
      when: h.when ?? "",
      units: !h.units || h.units === "*" ? null : h.units.split(","),
      code: h.code ?? "",
      createdBy: h.createdBy || null,
      chatId: h.chatId || null,
      progressMessageId: h.progressMessageId ? Number(h.progressMessageId) : null,
      gen: num(h.gen),
      total: num(h.total),
      counts: { done: num(h.done), ok: num(h.ok), blocked: num(h.blocked), gone: num(h.gone), outOfWindow: num(h.outOfWindow), failed: num(h.failed), unsure: num(h.unsure) },
      byChannel: perChannel(h),
      costMilli: num(h.costMilli),
      createdAt: num(h.createdAt),
      finishedAt: h.finishedAt ? Number(h.finishedAt) : null,
      quietUntil: h.quietUntil ? Number(h.quietUntil) : null,
    };
  }

  /** Only the status (cheap; workers poll it to notice a stop). */
  async status(id: string): Promise<RunStatus | null> {
    return (await this.redis.hget(this.keys.run(id), "status")) as RunStatus | null;
  }

  /** Moves to `to` only from one of `from`; returns whether it did. */
  async setStatus(id: string, to: RunStatus, from: RunStatus[]): Promise<boolean> {
    return Number(await setStatusScript.run(this.redis, [this.keys.run(id)], [to, ...from])) === 1;
  }

  /** Marks a resume: a new generation of jobs will carry the rest. Returns the new generation. */
  async nextGeneration(id: string): Promise<number> {
    return this.redis.hincrby(this.keys.run(id), "gen", 1);
  }

  /**
   * Marks the run done if every recipient has an outcome, starting its retention clock in the same
   * step; true for the one caller that did it.
   */
  async finishIfComplete(id: string, at: number): Promise<boolean> {
    const keys = [this.keys.run(id), this.keys.recipients(id), this.keys.ledger(id), this.keys.progressThrottle(id)];
    const finished = Number(await finishScript.run(this.redis, keys, [at, RUN_RECIPIENTS_TTL_SECONDS, RUN_RECORD_TTL_SECONDS])) === 1;
    // The index forgets runs whose record has expired (housekeeping, not part of finishing).
    if (finished) await this.redis.zremrangebyscore(this.keys.runs, "-inf", at - RUN_RECORD_TTL_SECONDS * 1000);
    return finished;
  }

  /** Starts the retention clock of a run that ended (see RUN_RECIPIENTS_TTL_SECONDS). */
  async expireEnded(id: string, now: number): Promise<void> {
    await this.redis
      .multi()
      .expire(this.keys.recipients(id), RUN_RECIPIENTS_TTL_SECONDS)
      .expire(this.keys.ledger(id), RUN_RECIPIENTS_TTL_SECONDS)
      .expire(this.keys.progressThrottle(id), RUN_RECIPIENTS_TTL_SECONDS)
      .expire(this.keys.run(id), RUN_RECORD_TTL_SECONDS)
      .exec();
    // The index forgets runs whose record has expired (its own slot).
    await this.redis.zremrangebyscore(this.keys.runs, "-inf", now - RUN_RECORD_TTL_SECONDS * 1000);
  }

  async setProgressMessage(id: string, messageId: number): Promise<void> {
    await this.redis.hset(this.keys.run(id), "progressMessageId", String(messageId));
  }

  async setQuietUntil(id: string, at: number | null): Promise<void> {
    if (at === null) await this.redis.hdel(this.keys.run(id), "quietUntil");
    else await this.redis.hset(this.keys.run(id), "quietUntil", String(at));
  }

  /** The run an authenticity code belongs to, or null for an unknown code. */
  async byCode(code: string): Promise<Run | null> {
    const id = await this.redis.get(this.keys.code(code));
    return id ? this.get(id) : null;
  }

  /** The most recent runs, newest first (for /dungthongbao and recovery). */
  async recent(limit: number): Promise<Run[]> {
    const ids = await this.redis.zrevrange(this.keys.runs, 0, limit - 1);
    const runs = await Promise.all(ids.map((id) => this.get(id)));
    return runs.filter((r): r is Run => r !== null);
  }
}
