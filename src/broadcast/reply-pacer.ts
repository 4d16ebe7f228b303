/**
 * Makes room for the bot's own replies in the shared bulk budget. Installed on the bot's Api
 * (`createTelegramBot({ transformers: [replyPacer] })`), it sees every message the bot sends to a citizen
 * and, without waiting for anything, takes one slot from the bulk pace and marks the chat busy for
 * a second. Telegram counts replies and bulk messages together (about 30 per second, any second),
 * so bulk sending slows down by exactly what citizens need. Installed inside auto-retry, it sees
 * each attempt: a reply that still meets a 429 pauses bulk sending and takes a slot again.
 */
import type { Transformer } from "grammy";
import type { Redis } from "ioredis";
import type { BroadcastKeys } from "./keys.js";
import type { SendGate } from "./send-gate.js";

const SENDS = new Set(["sendMessage", "sendPhoto", "sendDocument", "sendVideo", "sendAudio", "sendVoice", "sendMediaGroup", "sendLocation", "sendSticker", "copyMessage", "forwardMessage"]);

export function replyPacer(gate: SendGate, redis: Redis, keys: BroadcastKeys, chatGapMs: number): Transformer {
  return async (prev, method, payload, signal) => {
    if (SENDS.has(method)) {
      gate.yieldSlot();
      const chat = (payload as { chat_id?: unknown }).chat_id;
      if (chat !== undefined) redis.set(keys.chatPace(String(chat)), "1", "PX", chatGapMs).catch(() => undefined);
    }
    const result = await prev(method, payload, signal);
    // Telegram's limit is shared: a 429 on a reply pauses bulk sending too, so the reply's retry
    // (auto-retry, after retry_after) finds the room it needs.
    if (!result.ok && result.error_code === 429 && SENDS.has(method)) {
      await gate.pause((result.parameters?.retry_after ?? 1) * 1000).catch(() => undefined);
    }
    return result;
  };
}
