/**
 * Makes room for the bot's own replies in the shared bulk budget. Installed on the bot's Api
 * (`createTelegramBot({ transformers: [replyPacer] })`), it sees every message the bot sends to a citizen
 * and, without waiting for anything, takes one slot from the bulk pace and marks the chat busy for
 * a second. Telegram counts replies and bulk messages together (about 30 per second, any second),
 * so bulk sending slows down by exactly what citizens need. Installed inside auto-retry, it sees
 * each attempt.
 *
 * A 429 on a reply means one of two limits. When the bot had already written to that chat within
 * the last second, it is the per-chat limit (about one message a second): only that chat slows
 * down (bulk sends to it wait for retry_after), and one chatty citizen never stalls a broadcast.
 * Otherwise it is the bot-wide limit, and bulk sending pauses for everyone so the reply's retry
 * gets through.
 */
import type { Transformer } from "grammy";
import type { BroadcastParts } from "../../broadcast/module.js";

const SENDS = new Set(["sendMessage", "sendPhoto", "sendDocument", "sendVideo", "sendAudio", "sendVoice", "sendMediaGroup", "sendLocation", "sendSticker", "copyMessage", "forwardMessage"]);

export function replyPacer(parts: Pick<BroadcastParts, "gates" | "redis" | "keys" | "tuning">): Transformer {
  const { redis, keys } = parts;
  const gate = parts.gates.get("telegram");
  if (!gate) return (prev, method, payload, signal) => prev(method, payload, signal);
  const { chatGapMs } = parts.tuning;
  return async (prev, method, payload, signal) => {
    if (!SENDS.has(method)) return prev(method, payload, signal);
    gate.yieldSlot();
    const chat = (payload as { chat_id?: unknown }).chat_id;
    const paceKey = chat === undefined ? null : keys.chatPace(String(chat));
    // Marks the chat busy and learns whether it already was; not waited for unless a 429 comes.
    const wasBusy = paceKey
      ? redis.set(paceKey, "1", "PX", chatGapMs, "GET").then((previous) => previous !== null, () => false)
      : Promise.resolve(false);
    const result = await prev(method, payload, signal);
    if (!result.ok && result.error_code === 429) {
      const retryMs = (result.parameters?.retry_after ?? 1) * 1000;
      if (paceKey && (await wasBusy)) await redis.set(paceKey, "1", "PX", Math.max(retryMs, chatGapMs)).catch(() => undefined);
      else await gate.pause(retryMs).catch(() => undefined);
    }
    return result;
  };
}
