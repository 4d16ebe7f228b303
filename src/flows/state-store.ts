/**
 * Per-chat state in Redis: one small record per chat with a TTL, written on every update.
 *
 * Reads are served from a bounded in-process cache and every write is a compare-and-set on a
 * revision number (one Lua call), so a normal update costs one Redis round trip, not two. When
 * another instance changed the chat in between, the write is refused and returns the current
 * record; because the engine is a pure function, the caller simply runs it again on that record.
 *
 * Digests of the last few updates handled are kept inside the record, so recognising a redelivered
 * update costs nothing extra and is atomic with the state: an update whose handling failed before
 * the write is handled again on redelivery, never lost. A few ids rather than "the highest id"
 * because webhook deliveries of one chat may overlap.
 *
 * What the last update produced (its replies) is written by the same script to a second key kept 15
 * minutes, so a redelivered update (a restart before the channel confirmed it) can show its answer again
 * instead of nothing; the state record itself stays small.
 */
import type { RedisClient } from "../redis/connection.js";
import { LuaScript } from "../redis/lua-script.js";
import { decodeState, encodeState, updateMark } from "./state-codec.js";
import type { ChatState } from "./types.js";

export interface ChatAddress {
  channel: "telegram" | "zalo" | "zalo-bot" | "web";
  id: string;
}

/** How many recent update ids a chat remembers. */
const RECENT_UPDATES = 4;
/** Chats kept in the read cache; older entries are read from Redis again when needed. */
const DEFAULT_CACHE_SIZE = 10_000;
/** How often a write may meet a concurrent change before we give up (the user is told to retry). */
const MAX_ATTEMPTS = 4;

/** How long the answer of the last update is kept for a redelivery. */
const LAST_ANSWER_TTL_SECONDS = 15 * 60;

const compareAndSetScript = LuaScript.load("flows/lua/compare-and-set-2.lua");

interface Loaded {
  revision: number;
  state: ChatState | null;
}

/** Thrown when a chat keeps changing under us; the caller answers "busy, try again". */
export class StateConflictError extends Error {
  override name = "StateConflictError";
}

export class ChatStateStore {
  readonly #cache = new Map<string, Loaded>();

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly ttlSeconds: number,
    private readonly cacheSize = DEFAULT_CACHE_SIZE,
  ) {
  }

  /** One hash tag per chat: the record and its last answer are written together (Redis Cluster). */
  stateKey(chat: ChatAddress): string {
    return `${this.prefix}chat:{${chat.channel}:${chat.id}}`;
  }

  lastAnswerKey(chat: ChatAddress): string {
    return `${this.stateKey(chat)}:last`;
  }

  /** What update `updateId` answered, if it was the chat's last one and is recent; else null. */
  async lastAnswer(chat: ChatAddress, updateId: string): Promise<unknown> {
    const raw = await this.redis.get(this.lastAnswerKey(chat));
    if (!raw) return null;
    const last = JSON.parse(raw) as { u?: string; a?: unknown };
    return last.u === updateMark(updateId) ? (last.a ?? null) : null;
  }

  /** Reads the current state straight from Redis (tests, reports). */
  async read(chat: ChatAddress): Promise<ChatState | null> {
    return decode(await this.redis.get(this.stateKey(chat))).state;
  }

  /**
   * Runs `step` on the chat's state and stores what it returns, retrying with the fresh state when
   * another instance wrote in between. Returns null without calling `step` (or storing anything)
   * when `updateId` was already handled. `answer` picks what to keep of the result for a
   * redelivery of this update (see `lastAnswer`).
   */
  async update<T extends { state: ChatState }>(
    chat: ChatAddress,
    updateId: string | undefined,
    step: (state: ChatState | null) => Promise<T> | T,
    answer?: (result: T) => unknown,
  ): Promise<T | null> {
    const key = this.stateKey(chat);
    const mark = updateId === undefined ? undefined : updateMark(updateId);
    let loaded = this.#cache.get(key) ?? decode(await this.redis.get(key));
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      // A record of the older shape holds the ids themselves.
      if (mark !== undefined && (loaded.state?.u?.includes(mark) || loaded.state?.u?.includes(updateId!))) return null;
      const result = await step(loaded.state);
      const state = mark === undefined ? result.state : { ...result.state, u: [...(result.state.u ?? []), mark].slice(-RECENT_UPDATES) };
      const revision = loaded.revision + 1;
      const last = mark !== undefined && answer ? JSON.stringify({ u: mark, a: answer(result) }) : "";
      const written = await compareAndSetScript.run(this.redis, [key, this.lastAnswerKey(chat)], [String(loaded.revision), `${revision}|${encodeState(state)}`, this.ttlSeconds, last, LAST_ANSWER_TTL_SECONDS]);
      if (written === 1) {
        this.#remember(key, { revision, state });
        return result;
      }
      loaded = decode(written === "" ? null : String(written));
    }
    this.#cache.delete(key);
    throw new StateConflictError(`chat ${chat.channel}:${chat.id} kept changing`);
  }

  /**
   * Deletes everything kept for a chat (its record and last answer), at the person's request. Another
   * instance's cached copy is harmless: its next write finds the revision gone and reloads.
   */
  async forget(chat: ChatAddress): Promise<void> {
    const key = this.stateKey(chat);
    this.#cache.delete(key);
    await this.redis.del(key, this.lastAnswerKey(chat));
  }

  #remember(key: string, entry: Loaded) {
    // Map keeps insertion order: re-inserting marks the chat as recent, the first key is the oldest.
    this.#cache.delete(key);
    this.#cache.set(key, entry);
    if (this.#cache.size > this.cacheSize) this.#cache.delete(this.#cache.keys().next().value!);
  }
}

/** A record that is missing, corrupt or of an unknown shape starts afresh rather than crashing. */
function decode(raw: string | null): Loaded {
  if (!raw) return { revision: 0, state: null };
  const bar = raw.indexOf("|");
  const revision = Number(raw.slice(0, bar));
  if (bar < 1 || !Number.isSafeInteger(revision)) return { revision: 0, state: null };
  return { revision, state: decodeState(raw.slice(bar + 1)) };
}
