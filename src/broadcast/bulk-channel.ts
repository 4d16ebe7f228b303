/**
 * What bulk sending needs from a channel, and nothing more: send one message to a recipient and say
 * what the answer means, and keep the task force's progress message up to date. Each pushing
 * channel (src/bot/<channel>/) provides one; this folder never imports channel code.
 */
import type { RenderedMessage } from "./message-renderer.js";

export type SendResult =
  | { kind: "ok" }
  /** The user blocked the bot or deleted their account (Telegram's 403). */
  | { kind: "blocked" }
  /** The chat no longer exists for this bot ("chat not found" and kin). */
  | { kind: "gone" }
  /** The channel refuses this message for good: retrying cannot help. */
  | { kind: "rejected"; description: string }
  /** The channel's own limit: every sender pauses this long. */
  | { kind: "rateLimited"; retryAfterMs: number }
  /** 5xx, network trouble, timeouts: worth another try later. */
  | { kind: "retry"; description: string };

export interface BulkChannel {
  /** Sends one bulk message; never throws, the result says what happened. */
  send(chatId: string, message: RenderedMessage): Promise<SendResult>;
  /** Sends a short text to a staff chat (the final report); failures are the caller's to log. */
  notify(chatId: string, text: string): Promise<void>;
  /** Replaces the text of the progress message in a staff chat. */
  edit(chatId: string, messageId: number, text: string): Promise<void>;
}
