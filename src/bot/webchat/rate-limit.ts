/**
 * Limits on the public web chat, where the chat id is the only credential and anyone can call the
 * endpoint: per client (the connecting address, pseudonymised), per chat, and how many different
 * chats one client may open in an hour. Fixed windows in Redis, so every instance shares them; one
 * script call per request.
 */
import type { RedisClient } from "../../redis/connection.js";
import { LuaScript } from "../../redis/lua-script.js";

export interface WebChatLimits {
  /** Requests per client per minute (a family behind one router chats from several phones). */
  perClientPerMinute: number;
  /** Requests per chat per minute (a person taps at most a few times a second, briefly). */
  perChatPerMinute: number;
  /** Different chats one client may use in an hour. */
  newChatsPerClientPerHour: number;
}

export const DEFAULT_WEBCHAT_LIMITS: WebChatLimits = { perClientPerMinute: 120, perChatPerMinute: 40, newChatsPerClientPerHour: 20 };

export type LimitVerdict = "ok" | "client" | "chat" | "new_chats";
const VERDICTS: LimitVerdict[] = ["ok", "client", "chat", "new_chats"];

const limitScript = LuaScript.load("bot/webchat/lua/rate-limit-3.lua");

export class WebChatLimiter {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly limits: WebChatLimits = DEFAULT_WEBCHAT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request of `client` (a pseudonym) for `chat` and says whether it may go on. */
  async check(client: string, chat: string): Promise<LimitVerdict> {
    const minute = Math.floor(this.now() / 60_000);
    const hour = Math.floor(this.now() / 3_600_000);
    // One hash tag per client, so the script's three counters share a Redis Cluster slot; the chat's
    // counter is then the chat's requests from this client.
    const p = `${this.prefix}web:rl:{${client}}:`;
    const verdict = await limitScript.run(
      this.redis,
      [`${p}c:${minute}`, `${p}chat:${chat}:${minute}`, `${p}chats:${hour}`],
      [chat, this.limits.perClientPerMinute, this.limits.perChatPerMinute, this.limits.newChatsPerClientPerHour],
    );
    return VERDICTS[Number(verdict)] ?? "ok";
  }
}
