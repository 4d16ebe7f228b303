/**
 * Telegram as a bulk channel (see src/broadcast/bulk-channel.ts): the task force's messages go
 * through their own Bot API client, separate from the bot's, so replies to citizens never wait
 * behind a broadcast. This client has no auto-retry: a 429 must pause the whole sender (every
 * instance) rather than one request, and a message that keeps failing must be counted, not retried
 * forever, so the broadcast module decides.
 */
import { Api, GrammyError, HttpError } from "grammy";
import type { BulkChannel, PaidPace, SendResult, StaffChannel } from "../../broadcast/bulk-channel.js";
import type { RenderedMessage } from "../../broadcast/message-renderer.js";

/** Descriptions of a 400 that mean the recipient is gone rather than the message being wrong. */
const GONE = /chat not found|peer_id_invalid|user not found|chat_id is empty|have no rights to send/i;

/** Bulk requests time out well within a recipient's claim, so a hung request cannot outlive it. */
export const BULK_TIMEOUT_SECONDS = 15;

/**
 * Under Telegram's 30/s by one message: Telegram counts any 1-second window, so a reply to a
 * citizen always finds room, even right after a second full of bulk messages.
 */
export const TELEGRAM_BULK_RATE = 28.8;

/**
 * Telegram's paid broadcasts (Bot API 7.11): a message sent with `allow_paid_broadcast` may go past
 * the free 30 a second, up to 1,000, for 0.1 Star each, taken from the bot's Star balance.
 */
export const TELEGRAM_PAID_RATE_MAX = 1000;
export const TELEGRAM_PAID_PRICE_MILLI = 100;

export interface TelegramBulkOptions {
  token: string;
  apiRoot: string;
  timeoutSeconds?: number;
  ratePerSecond?: number;
  /** Paid broadcasts: the pace and the Stars one calendar month may spend. */
  paid?: { ratePerSecond: number; monthlyBudgetStars: number };
}

export class TelegramBulkChannel implements BulkChannel, StaffChannel {
  readonly channel = "telegram" as const;
  readonly windowMs = null;
  readonly ratePerSecond: number;
  readonly paid?: PaidPace;
  readonly api: Api;

  constructor(opts: TelegramBulkOptions) {
    this.api = new Api(opts.token, { apiRoot: opts.apiRoot, timeoutSeconds: opts.timeoutSeconds ?? BULK_TIMEOUT_SECONDS });
    this.ratePerSecond = opts.ratePerSecond ?? TELEGRAM_BULK_RATE;
    if (opts.paid) {
      this.paid = {
        ratePerSecond: Math.min(opts.paid.ratePerSecond, TELEGRAM_PAID_RATE_MAX),
        priceMilli: TELEGRAM_PAID_PRICE_MILLI,
        monthlyCapMilli: Math.round(opts.paid.monthlyBudgetStars * 1000),
      };
    }
  }

  async send(chatId: string, message: RenderedMessage, options: { paid?: boolean } = {}): Promise<SendResult> {
    // Only sent when true: a request without it is an ordinary, free message.
    const paid = options.paid ? { allow_paid_broadcast: true } : {};
    try {
      if (message.photo) await this.api.sendPhoto(chatId, message.photo, { caption: message.text, ...paid });
      else await this.api.sendMessage(chatId, message.text, { link_preview_options: { is_disabled: true }, ...paid });
      return { kind: "ok" };
    } catch (err) {
      return classify(err);
    }
  }

  async notify(chatId: string, text: string): Promise<void> {
    await this.api.sendMessage(chatId, text);
  }

  async edit(chatId: string, messageId: number, text: string): Promise<void> {
    await this.api.editMessageText(chatId, messageId, text);
  }
}

/** Maps a failed call to what the sender should do about it. */
export function classify(err: unknown): SendResult {
  if (err instanceof GrammyError) {
    if (err.error_code === 429) return { kind: "rateLimited", retryAfterMs: (err.parameters.retry_after ?? 1) * 1000 };
    if (err.error_code === 403) return { kind: "blocked" };
    if (err.error_code === 400) return GONE.test(err.description) ? { kind: "gone" } : { kind: "rejected", description: err.description };
    return { kind: "retry", description: `${err.error_code} ${err.description}` };
  }
  if (err instanceof HttpError) return { kind: "retry", description: err.message };
  return { kind: "retry", description: err instanceof Error ? err.message : String(err) };
}
