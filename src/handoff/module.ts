/**
 * A person when the bot is not enough: a citizen's question (the engine's `question_asked`) is kept
 * in a thread and sent to the commune's officials on duty (else to the task force); an official's
 * answer goes back to the citizen in the same chat; closing asks the citizen whether they were
 * helped. Every message to deliver goes through a durable outbox (src/redis/durable-stream.ts),
 * delivered once by the channel side (src/bot/handoff-relay.ts) even across a crash.
 *
 * Nothing here knows a channel: people are named by recipient id (src/broadcast/recipient.ts).
 */
import type { RedisClient } from "../redis/connection.js";
import type { Logger } from "pino";
import { recipientId } from "../broadcast/recipient.js";
import type { EventListener } from "../flows/event-listener.js";
import type { RoleStore } from "../roles/role-store.js";
import type { UnitScope } from "../roles/role.js";
import { enqueue, inboxKeys, type InboxKeys } from "../redis/durable-stream.js";
import { localDay } from "../stats/local-day.js";
import { handoffKeys, type HandoffKeys } from "./keys.js";
import { TicketStore, type Ticket } from "./ticket-store.js";

/** What the outbox carries; texts are read from the thread at delivery time. */
export type OutboxMessage =
  /** A question (message `index` of thread `code`) for an official. */
  | { id: string; kind: "notice"; to: string; code: string; index: number }
  /** An official's answer (message `index`) for the citizen. */
  | { id: string; kind: "answer"; to: string; code: string; index: number }
  /** The thread was closed: the citizen is asked whether they were helped. */
  | { id: string; kind: "closed"; to: string; code: string }
  /** An official asks to call: the citizen decides whether to share their number. */
  | { id: string; kind: "phoneRequest"; to: string; code: string }
  /** The citizen shared their number for this thread (kept only until delivered to the official). */
  | { id: string; kind: "phone"; to: string; code: string; phone: string };

type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

export interface HandoffStats {
  asked: number;
  answered: number;
  /** Median time to the first answer (seconds), over the commune's recent threads; null without any. */
  medianFirstAnswerSeconds: number | null;
  up: number;
  down: number;
  /** Stall nudges sent, and guides finished after one. */
  nudged: number;
  resumed: number;
}

export class Handoff {
  readonly keys: HandoffKeys;
  readonly tickets: TicketStore;
  readonly outbox: InboxKeys;

  constructor(
    private readonly deps: { redis: RedisClient; prefix: string; roles: RoleStore; logger: Logger; now?: () => number },
  ) {
    this.keys = handoffKeys(deps.prefix);
    this.tickets = new TicketStore(deps.redis, this.keys);
    this.outbox = inboxKeys(deps.prefix, "hd");
  }

  get now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** The listener to hand to the Assistant: keeps each question and sends it to who is on duty. */
  listener(): EventListener {
    return async (chat, event) => {
      if (event.type !== "question_asked") return;
      const unit = event.unit ?? "-";
      const { isNew, index } = await this.tickets.ask({ code: event.code, citizen: recipientId(chat), unit, lang: event.lang, where: event.where, text: event.text, at: event.at });
      if (isNew) await this.#count(unit, "asked", event.at);
      // The thread's taker gets a follow-up; a new thread goes to everyone on duty for the commune.
      const ticket = await this.tickets.get(event.code, event.at);
      const to = ticket?.takenBy ? [ticket.takenBy] : await this.onDutyFor(unit);
      if (to.length === 0) this.deps.logger.warn({ unit }, "a question has nobody to go to (no official, no task force)");
      for (const official of to) await this.#send({ kind: "notice", to: official, code: event.code, index }, `${event.code}:${index}:${official}`);
    };
  }

  /**
   * Who receives a commune's questions: its officials who are on duty; when none is, the task force
   * (and, with no task force, the admins).
   */
  async onDutyFor(unit: string): Promise<string[]> {
    const holders = await this.deps.roles.list();
    const off = new Set(await this.deps.redis.smembers(this.keys.offDuty));
    const officials = holders.filter((h) => Array.isArray(h.officialScope) && h.officialScope.includes(unit) && !off.has(h.userId)).map((h) => h.userId);
    if (officials.length > 0) return officials;
    const taskforce = holders.filter((h) => h.roles.includes("taskforce") && !off.has(h.userId)).map((h) => h.userId);
    if (taskforce.length > 0) return taskforce;
    return holders.filter((h) => h.roles.includes("admin")).map((h) => h.userId);
  }

  async isOnDuty(userId: string): Promise<boolean> {
    return (await this.deps.redis.sismember(this.keys.offDuty, userId)) === 0;
  }

  async setOnDuty(userId: string, on: boolean): Promise<void> {
    if (on) await this.deps.redis.srem(this.keys.offDuty, userId);
    else await this.deps.redis.sadd(this.keys.offDuty, userId);
  }

  /** An official answers thread `code`: relayed to the citizen. "closed" when the thread is. */
  async answer(code: string, official: string, who: string, text: string, dedupe: string): Promise<"sent" | "closed" | "unknown"> {
    const now = this.now;
    const ticket = await this.tickets.get(code, now);
    if (!ticket) return "unknown";
    if (ticket.status === "closed") return "closed";
    const { index } = await this.tickets.answer(code, { official, who, text, at: now });
    if (ticket.firstAnswerAt === null) await this.#count(ticket.unit, "answered", now);
    await this.#send({ kind: "answer", to: ticket.citizen, code, index }, `answer:${dedupe}`);
    return "sent";
  }

  /** Hands a thread to another commune: its officials on duty (else the task force) receive it. */
  async move(code: string, unit: string): Promise<boolean> {
    if (!(await this.tickets.move(code, unit))) return false;
    for (const official of await this.onDutyFor(unit)) await this.#send({ kind: "notice", to: official, code, index: 0 }, `move:${code}:${unit}:${official}`);
    return true;
  }

  /** Closes a thread and asks the citizen whether they were helped; false when it was closed already. */
  async close(code: string): Promise<boolean> {
    const ticket = await this.tickets.get(code, this.now);
    if (!ticket || !(await this.tickets.close(code, this.now))) return false;
    await this.#send({ kind: "closed", to: ticket.citizen, code }, `closed:${code}:${ticket.lastAt}`);
    return true;
  }

  /**
   * Closes the threads nobody wrote in for 7 days, asking each citizen whether they were helped, as a
   * closing by an official does. Run now and then by any instance (a closing happens once).
   */
  async closeIdle(units: readonly string[]): Promise<number> {
    let closed = 0;
    for (const unit of [...units, "-"]) {
      for (const code of await this.deps.redis.zrange(this.keys.open(unit), "0", "199")) {
        const ticket = await this.tickets.get(code, this.now);
        if (ticket?.status === "closed" && (await this.close(code))) closed++;
      }
    }
    return closed;
  }

  /** An official asks for the citizen's number: the citizen gets a "share my number" choice (a day). */
  async requestPhone(code: string, official: string): Promise<boolean> {
    const ticket = await this.tickets.get(code, this.now);
    if (!ticket) return false;
    await this.deps.redis.set(this.keys.phoneAsked(ticket.citizen), code, "EX", 86_400);
    await this.#send({ kind: "phoneRequest", to: ticket.citizen, code }, `phone-ask:${code}:${official}:${Math.floor(this.now / 60_000)}`);
    return true;
  }

  /**
   * The citizen chose to share their number: it goes to whoever took the thread (else those on duty)
   * and is not kept anywhere else. Null when nobody asked for it.
   */
  async sharePhone(citizen: string, phone: string, dedupe: string): Promise<string | null> {
    const code = await this.deps.redis.getdel(this.keys.phoneAsked(citizen));
    const ticket = code ? await this.tickets.get(code, this.now) : null;
    if (!code || !ticket) return null;
    const to = ticket.takenBy ? [ticket.takenBy] : await this.onDutyFor(ticket.unit);
    for (const official of to) await this.#send({ kind: "phone", to: official, code, phone }, `phone:${dedupe}:${official}`);
    return code;
  }

  /** The citizen's 👍/👎 after closing; counted once. */
  async feedback(code: string, value: "up" | "down"): Promise<boolean> {
    const { ok, unit } = await this.tickets.feedback(code, value);
    if (ok && unit) await this.#count(unit, value, this.now);
    return ok;
  }

  /** Open threads an official may see, oldest first. */
  async openFor(scope: UnitScope, allUnits: readonly string[]): Promise<Ticket[]> {
    return this.tickets.openIn(scope === "all" ? [...allUnits, "-"] : scope, this.now);
  }

  /** A commune's questions over the given days. */
  async stats(unit: string, days: readonly string[]): Promise<HandoffStats> {
    const pipe = this.deps.redis.pipeline();
    for (const day of days) pipe.hmget(this.keys.stats(day), `${unit}|asked`, `${unit}|answered`, `${unit}|up`, `${unit}|down`, `${unit}|nudged`, `${unit}|resumed`);
    pipe.lrange(this.keys.delays(unit), 0, -1);
    const replies = (await pipe.exec()) ?? [];
    const sums = [0, 0, 0, 0, 0, 0];
    for (const [, values] of replies.slice(0, days.length)) (values as (string | null)[]).forEach((v, i) => (sums[i]! += Number(v ?? 0)));
    const delays = ((replies.at(-1)?.[1] as string[] | undefined) ?? []).map(Number).sort((a, b) => a - b);
    const median = delays.length === 0 ? null : delays.length % 2 ? delays[(delays.length - 1) / 2]! : (delays[delays.length / 2 - 1]! + delays[delays.length / 2]!) / 2;
    return { asked: sums[0]!, answered: sums[1]!, up: sums[2]!, down: sums[3]!, nudged: sums[4]!, resumed: sums[5]!, medianFirstAnswerSeconds: median };
  }

  async #count(unit: string, what: string, at: number): Promise<void> {
    await this.deps.redis.hincrby(this.keys.stats(localDay(at)), `${unit}|${what}`, 1);
  }

  /** Into the outbox, once per `dedupe` key (a redelivered update adds nothing). */
  async #send(message: WithoutId<OutboxMessage>, dedupe: string): Promise<void> {
    await enqueue(this.deps.redis, this.outbox, dedupe, JSON.stringify({ ...message, id: dedupe }));
  }
}
