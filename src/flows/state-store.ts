/**
 * Per-chat state in Redis: one small JSON record per chat with a TTL, plus a marker per handled
 * update so a redelivered update (same update id) is handled once.
 *
 * The marker is written together with the new state (one MULTI), not when the update arrives: an
 * update whose handling failed halfway is handled again on redelivery instead of being lost.
 */
import type { Redis } from "ioredis";
import type { ChatState } from "./types.js";

export interface ChatAddress {
  channel: "telegram" | "zalo" | "web";
  id: string;
}

/** How long a handled update id is remembered; Telegram redelivers within minutes, not days. */
const UPDATE_MARK_TTL_SECONDS = 24 * 3600;

export class ChatStateStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlSeconds: number,
  ) {}

  stateKey(chat: ChatAddress): string {
    return `${this.prefix}chat:${chat.channel}:${chat.id}`;
  }

  #updateKey(chat: ChatAddress, updateId: string): string {
    return `${this.prefix}upd:${chat.channel}:${updateId}`;
  }

  /** Loads the state and tells whether this update was already handled (one round trip). */
  async load(chat: ChatAddress, updateId?: string): Promise<{ duplicate: boolean; state: ChatState | null }> {
    const stateKey = this.stateKey(chat);
    if (updateId === undefined) return { duplicate: false, state: parse(await this.redis.get(stateKey)) };
    const [seen, raw] = await Promise.all([this.redis.exists(this.#updateKey(chat, updateId)), this.redis.get(stateKey)]);
    return { duplicate: seen === 1, state: parse(raw) };
  }

  async save(chat: ChatAddress, state: ChatState, updateId?: string): Promise<void> {
    const tx = this.redis.multi().set(this.stateKey(chat), JSON.stringify(state), "EX", this.ttlSeconds);
    if (updateId !== undefined) tx.set(this.#updateKey(chat, updateId), "1", "EX", UPDATE_MARK_TTL_SECONDS);
    const results = await tx.exec();
    const failed = results?.find(([err]) => err);
    if (!results || failed) throw failed?.[0] ?? new Error("state transaction aborted");
  }
}

/** A record that is missing, corrupt or of an unknown shape starts afresh rather than crashing. */
function parse(raw: string | null): ChatState | null {
  if (!raw) return null;
  try {
    const state = JSON.parse(raw) as ChatState;
    return state && state.v === 1 && typeof state.seq === "number" ? state : null;
  } catch {
    return null;
  }
}
