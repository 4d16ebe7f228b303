/**
 * What bulk sending needs from a channel, and nothing more: send one message to a recipient and say
 * what the answer means. Each pushing channel (src/bot/<channel>/) provides one, with its own pace
 * and its messaging window; the task force's progress messages go through a `StaffChannel`. This
 * folder never imports channel code.
 */
import type { RenderedMessage } from "./message-renderer.js";
import type { PushChannel } from "./recipient.js";

export type SendResult =
  | { kind: "ok" }
  /** The user blocked the bot or deleted their account (Telegram's 403). */
  | { kind: "blocked" }
  /** The chat no longer exists for this bot ("chat not found" and kin). */
  | { kind: "gone" }
  /** The channel may not write to this person now (Zalo's -230: no interaction for 7 days). */
  | { kind: "outOfWindow" }
  /** The channel refuses this message for good: retrying cannot help. */
  | { kind: "rejected"; description: string }
  /** The channel's own limit: every sender pauses this long. */
  | { kind: "rateLimited"; retryAfterMs: number }
  /** 5xx, network trouble, timeouts: worth another try later. */
  | { kind: "retry"; description: string };

/**
 * A faster pace the channel sells (Telegram's paid broadcasts): messages sent with `paid` may go at
 * `ratePerSecond`, each costing `priceMilli` (thousandths of the channel's unit, a Star), within a
 * monthly cap shared by every instance (paid-budget.ts).
 */
export interface PaidPace {
  readonly ratePerSecond: number;
  readonly priceMilli: number;
  readonly monthlyCapMilli: number;
}

export interface BulkChannel {
  /** Which channel's recipients (recipient.ts) this one sends to. */
  readonly channel: PushChannel;
  /** Bulk messages per second, all instances together. */
  readonly ratePerSecond: number;
  /**
   * How long after the person's last message the channel may still write to them (ms), or null when
   * it may write any time. Recipients outside it are counted "out of window", never sent to.
   */
  readonly windowMs: number | null;
  /** The paid pace, when the deployment turned it on; otherwise every message goes at `ratePerSecond`. */
  readonly paid?: PaidPace;
  /**
   * Sends one bulk message to the chat `id` (the channel's own id, without the recipient prefix),
   * in parts if the channel's messages are shorter; never throws, the result says what happened.
   * With `paid`, the message uses (and is charged for) the paid pace.
   */
  send(id: string, message: RenderedMessage, options?: { paid?: boolean }): Promise<SendResult>;
}

/** Where the task force who started a run is told how it goes (the composing channel's chat). */
export interface StaffChannel {
  /** Sends a short text to a staff chat (the final report); failures are the caller's to log. */
  notify(chatId: string, text: string): Promise<void>;
  /** Replaces the text of the progress message in a staff chat. */
  edit(chatId: string, messageId: number, text: string): Promise<void>;
}
