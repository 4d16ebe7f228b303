/**
 * A task-force member's broadcast in the making: a small Redis hash per chat with a one-hour TTL,
 * so a draft survives a restart but does not linger. The citizen engine is not involved.
 *
 * Steps: "text" (waiting for the message) → "audience" (choosing communes) → "preview" (confirm).
 * Buttons carry the draft's nonce, so a press on the buttons of an older draft is recognised.
 */
import { randomBytes } from "node:crypto";
import type { RedisClient } from "../redis/connection.js";
import type { BroadcastKeys } from "./keys.js";

export type ComposeStep = "text" | "audience" | "preview";

export interface Draft {
  step: ComposeStep;
  nonce: string;
  text: string;
  photo: string | null;
  /** Chosen communes; null = everyone; [] = nothing chosen yet. */
  units: string[] | null;
  code: string;
}

const TTL_SECONDS = 3600;

export class ComposeStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: BroadcastKeys,
  ) {}

  /** Starts a fresh draft (replacing any other in this chat). */
  async start(chatId: string, code: string): Promise<Draft> {
    const draft: Draft = { step: "text", nonce: randomBytes(3).toString("hex"), text: "", photo: null, units: [], code };
    await this.save(chatId, draft);
    return draft;
  }

  async get(chatId: string): Promise<Draft | null> {
    const h = await this.redis.hgetall(this.keys.compose(chatId));
    if (!h.step || !h.nonce) return null;
    return {
      step: h.step as ComposeStep,
      nonce: h.nonce,
      text: h.text ?? "",
      photo: h.photo || null,
      units: h.units === "*" ? null : h.units ? h.units.split(",") : [],
      code: h.code ?? "",
    };
  }

  /** Cheap check run for every private message: is this chat composing? */
  async active(chatId: string): Promise<boolean> {
    return (await this.redis.exists(this.keys.compose(chatId))) === 1;
  }

  async save(chatId: string, draft: Draft): Promise<void> {
    const key = this.keys.compose(chatId);
    await this.redis
      .multi()
      .del(key)
      .hset(key, {
        step: draft.step,
        nonce: draft.nonce,
        text: draft.text,
        photo: draft.photo ?? "",
        units: draft.units === null ? "*" : draft.units.join(","),
        code: draft.code,
      })
      .expire(key, TTL_SECONDS)
      .exec();
  }

  /**
   * Ends the draft if it still is the one with `nonce`; true for exactly one caller, so a double
   * press on "Gửi" starts one broadcast.
   */
  async take(chatId: string, nonce: string): Promise<boolean> {
    const key = this.keys.compose(chatId);
    const current = await this.redis.hget(key, "nonce");
    if (current !== nonce) return false;
    return (await this.redis.del(key)) === 1;
  }

  async clear(chatId: string): Promise<void> {
    await this.redis.del(this.keys.compose(chatId));
  }
}
