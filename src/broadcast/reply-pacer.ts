/**
 * Makes room for the bot's own replies in the shared bulk budget. Installed on the bot's Api
 * (`bot.api.config.use(broadcasts.replyPacer)`), it sees every message the bot sends to a citizen
 * and, without waiting for anything, takes one slot from the bulk pace and marks the chat busy for
 * a second. Telegram counts replies and bulk messages together (about 30 per second, any second),
 * so bulk sending slows down by exactly what citizens need and a reply never meets a 429.
 */
import type { Transformer } from "grammy";
import type { Redis } from "ioredis";
import type { BroadcastKeys } from "./keys.js";
import type { SendGate } from "./send-gate.js";

const SENDS = new Set(["sendMessage", "sendPhoto", "sendDocument", "sendVideo", "sendAudio", "sendVoice", "sendMediaGroup", "sendLocation", "sendSticker", "copyMessage", "forwardMessage"]);

export function replyPacer(gate: SendGate, redis: Redis, keys: BroadcastKeys, chatGapMs: number): Transformer {
  return (prev, method, payload, signal) => {
    if (SENDS.has(method)) {
      gate.yieldSlot();
      const chat = (payload as { chat_id?: unknown }).chat_id;
      if (chat !== undefined) redis.set(keys.chatPace(String(chat)), "1", "PX", chatGapMs).catch(() => undefined);
    }
    return prev(method, payload, signal);
  };
}
