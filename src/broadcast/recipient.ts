/**
 * Who a pushed message goes to, as one string per person and channel, used in subscription keys,
 * run snapshots and delivery ledgers: `zalo:<user id>` for the Zalo OA, and a bare chat id for
 * Telegram, the form subscriptions had before other channels existed (so old data is read as is,
 * the same rule as BOT_ADMINS: a bare number means Telegram).
 */
import type { ChatAddress } from "../flows/state-store.js";

export type PushChannel = ChatAddress["channel"];

export function recipientId(chat: ChatAddress): string {
  return chat.channel === "telegram" ? chat.id : `${chat.channel}:${chat.id}`;
}

/** The chat a recipient id names (a bare id is a Telegram chat). */
export function recipientAddress(id: string): ChatAddress {
  const colon = id.indexOf(":");
  if (colon === -1) return { channel: "telegram", id };
  return { channel: id.slice(0, colon) as PushChannel, id: id.slice(colon + 1) };
}
