/**
 * Question threads ("tickets") between a citizen and the commune's officials. A thread is a small
 * hash and a list of its messages. It stays open until an official closes it or 7 days pass without
 * a message; its record (with the texts) is deleted 30 days after its last message, so what people
 * wrote is kept only as long as the conversation needs it. Texts that look like secrets never get
 * here (the engine refuses them before).
 */
import type { RedisClient } from "../redis/connection.js";
import type { Lang } from "../flows/types.js";
import type { HandoffKeys } from "./keys.js";
import { execOrThrow } from "../redis/transaction.js";

/** A thread idle this long counts as closed. */
export const THREAD_OPEN_MS = 7 * 86_400_000;
/** Everything of a thread is deleted this long after its last message. */
export const THREAD_TTL_SECONDS = 30 * 86_400;
/** First-answer delays kept per commune for the median. */
const DELAYS_KEPT = 500;

export type TicketStatus = "open" | "closed";

export interface Ticket {
  code: string;
  status: TicketStatus;
  unit: string;
  lang: Lang;
  /** The citizen's recipient id (src/broadcast/recipient.ts), to bring answers back. */
  citizen: string;
  where: string | null;
  createdAt: number;
  lastAt: number;
  firstAnswerAt: number | null;
  /** The official who took the thread, and their display name. */
  takenBy: string | null;
  takenByName: string | null;
  feedback: "up" | "down" | null;
}

export interface ThreadMessage {
  from: "citizen" | "official";
  /** The official's display name (citizens' messages carry none). */
  who: string | null;
  text: string;
  at: number;
}

const asLang = (v: string | undefined): Lang => (v === "km" || v === "en" ? v : "vi");

export class TicketStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: HandoffKeys,
  ) {}

  async get(code: string, now: number): Promise<Ticket | null> {
    const h = await this.redis.hgetall(this.keys.ticket(code));
    if (!h.unit) return null;
    const lastAt = Number(h.lastAt ?? 0);
    return {
      code,
      status: h.status === "closed" || now - lastAt > THREAD_OPEN_MS ? "closed" : "open",
      unit: h.unit,
      lang: asLang(h.lang),
      citizen: h.citizen ?? "",
      where: h.where || null,
      createdAt: Number(h.createdAt ?? 0),
      lastAt,
      firstAnswerAt: h.firstAnswerAt ? Number(h.firstAnswerAt) : null,
      takenBy: h.takenBy || null,
      takenByName: h.takenByName || null,
      feedback: h.feedback === "up" || h.feedback === "down" ? h.feedback : null,
    };
  }

  /**
   * Adds a citizen's question to thread `code`, opening it (or opening it again). Returns whether
   * the thread is new and the index of the message in the thread.
   */
  async ask(q: { code: string; citizen: string; unit: string; lang: Lang; where: string | null; text: string; at: number }): Promise<{ isNew: boolean; index: number }> {
    const key = this.keys.ticket(q.code);
    const created = await this.redis.hsetnx(key, "createdAt", String(q.at));
    const before = created ? null : await this.get(q.code, q.at);
    const tx = this.redis.multi();
    tx.hset(key, { status: "open", unit: q.unit, lang: q.lang, citizen: q.citizen, where: q.where ?? "", lastAt: String(q.at) });
    // A closed thread asked again opens again: it will be closed, and rated, once more.
    if (before?.status === "closed") tx.hdel(key, "closedAt", "feedback");
    tx.rpush(this.keys.messages(q.code), JSON.stringify({ from: "citizen", who: null, text: q.text, at: q.at } satisfies ThreadMessage));
    tx.zadd(this.keys.open(q.unit), "NX", q.at, q.code);
    tx.sadd(this.keys.mine(q.citizen), q.code).expire(this.keys.mine(q.citizen), THREAD_TTL_SECONDS);
    this.#expire(tx, q.code);
    const results = await execOrThrow(tx, "handoff");
    return { isNew: created === 1, index: Number(results[1]) - 1 };
  }

  /** Adds an official's answer; the first answer's delay is kept for the commune's median. */
  async answer(code: string, a: { official: string; who: string; text: string; at: number }): Promise<{ index: number }> {
    const ticket = await this.redis.hmget(this.keys.ticket(code), "firstAnswerAt", "createdAt", "unit", "takenBy");
    const [firstAnswerAt, createdAt, unit, takenBy] = ticket;
    const tx = this.redis.multi();
    tx.rpush(this.keys.messages(code), JSON.stringify({ from: "official", who: a.who, text: a.text, at: a.at } satisfies ThreadMessage));
    tx.hset(this.keys.ticket(code), "lastAt", String(a.at));
    if (!takenBy) tx.hset(this.keys.ticket(code), "takenBy", a.official, "takenByName", a.who);
    if (!firstAnswerAt && unit) {
      tx.hset(this.keys.ticket(code), "firstAnswerAt", String(a.at));
      tx.lpush(this.keys.delays(unit), String(Math.round((a.at - Number(createdAt ?? a.at)) / 1000)));
      tx.ltrim(this.keys.delays(unit), 0, DELAYS_KEPT - 1);
    }
    this.#expire(tx, code);
    const results = await execOrThrow(tx, "handoff");
    return { index: Number(results[0]) - 1 };
  }

  /** The official takes the thread; false when someone else already had it. */
  async take(code: string, official: string, who: string): Promise<{ ok: boolean; takenByName: string | null }> {
    const key = this.keys.ticket(code);
    const set = await this.redis.hsetnx(key, "takenBy", official);
    if (set === 1) {
      await this.redis.hset(key, "takenByName", who);
      return { ok: true, takenByName: who };
    }
    const [by, name] = await this.redis.hmget(key, "takenBy", "takenByName");
    return { ok: by === official, takenByName: name ?? null };
  }

  /** Hands the thread to another commune: nobody has taken it there yet. */
  async move(code: string, unit: string): Promise<boolean> {
    const key = this.keys.ticket(code);
    const [from, createdAt] = await this.redis.hmget(key, "unit", "createdAt");
    if (!from || from === unit) return false;
    const tx = this.redis.multi().hset(key, "unit", unit).hdel(key, "takenBy", "takenByName").zrem(this.keys.open(from), code).zadd(this.keys.open(unit), Number(createdAt ?? 0), code);
    this.#expire(tx, code);
    await execOrThrow(tx, "handoff");
    return true;
  }

  /** Closes the thread; false when it was closed already (nothing is said twice). */
  async close(code: string, at: number): Promise<boolean> {
    const key = this.keys.ticket(code);
    const [status, unit] = await this.redis.hmget(key, "status", "unit");
    if (!unit || status === "closed") return false;
    // The closing mark is the claim: of two instances closing at once, one goes on.
    if ((await this.redis.hsetnx(key, "closedAt", String(at))) === 0) return false;
    const tx = this.redis.multi().hset(key, "status", "closed").zrem(this.keys.open(unit), code);
    this.#expire(tx, code);
    await execOrThrow(tx, "handoff");
    return true;
  }

  /** Records 👍 or 👎 once per closing; false when already given. */
  async feedback(code: string, value: "up" | "down"): Promise<{ ok: boolean; unit: string | null }> {
    const key = this.keys.ticket(code);
    const set = await this.redis.hsetnx(key, "feedback", value);
    return { ok: set === 1, unit: await this.redis.hget(key, "unit") };
  }

  async message(code: string, index: number): Promise<ThreadMessage | null> {
    const raw = await this.redis.lindex(this.keys.messages(code), index);
    return raw ? (JSON.parse(raw) as ThreadMessage) : null;
  }

  async messages(code: string): Promise<ThreadMessage[]> {
    return (await this.redis.lrange(this.keys.messages(code), 0, -1)).map((raw) => JSON.parse(raw) as ThreadMessage);
  }

  /** Open threads of the given communes, oldest first; threads that timed out are dropped. */
  async openIn(units: readonly string[], now: number): Promise<Ticket[]> {
    const out: Ticket[] = [];
    for (const unit of units) {
      for (const code of await this.redis.zrange(this.keys.open(unit), "0", "199")) {
        const ticket = await this.get(code, now);
        if (ticket?.status === "open") out.push(ticket);
        else await this.redis.zrem(this.keys.open(unit), code);
      }
    }
    return out.sort((a, b) => a.createdAt - b.createdAt);
  }

  /** The threads of a citizen still kept (for seeing and deleting what we hold). */
  async ofCitizen(citizen: string): Promise<string[]> {
    const codes = await this.redis.smembers(this.keys.mine(citizen));
    const alive = await Promise.all(codes.map((code) => this.redis.exists(this.keys.ticket(code))));
    return codes.filter((_, i) => alive[i] === 1).sort();
  }

  /** Deletes a citizen's threads, their messages and every index of them. */
  async eraseCitizen(citizen: string): Promise<number> {
    const codes = await this.redis.smembers(this.keys.mine(citizen));
    for (const code of codes) {
      const unit = await this.redis.hget(this.keys.ticket(code), "unit");
      const notices = await this.noticesOf(code);
      const tx = this.redis.multi().del(this.keys.ticket(code), this.keys.messages(code), this.keys.notices(code));
      if (unit) tx.zrem(this.keys.open(unit), code);
      for (const n of notices) tx.del(this.keys.notice(n.official, n.messageId));
      await execOrThrow(tx, "handoff");
    }
    await this.redis.del(this.keys.mine(citizen));
    return codes.length;
  }

  /** Remembers that `messageId` in `official`'s chat is a notice about `code`. */
  async rememberNotice(code: string, official: string, messageId: string): Promise<void> {
    await this.redis
      .multi()
      .set(this.keys.notice(official, messageId), code, "EX", THREAD_TTL_SECONDS)
      .rpush(this.keys.notices(code), `${official}|${messageId}`)
      .expire(this.keys.notices(code), THREAD_TTL_SECONDS)
      .exec();
  }

  /** The thread a notice (or a reply prompt) in an official's chat is about. */
  async byNotice(official: string, messageId: string): Promise<string | null> {
    return this.redis.get(this.keys.notice(official, messageId));
  }

  async noticesOf(code: string): Promise<{ official: string; messageId: string }[]> {
    return (await this.redis.lrange(this.keys.notices(code), 0, -1)).map((entry) => {
      const bar = entry.lastIndexOf("|");
      return { official: entry.slice(0, bar), messageId: entry.slice(bar + 1) };
    });
  }

  #expire(tx: ReturnType<RedisClient["multi"]>, code: string): void {
    tx.expire(this.keys.ticket(code), THREAD_TTL_SECONDS).expire(this.keys.messages(code), THREAD_TTL_SECONDS);
  }
}
