/**
 * Sends one bulk message through the task force's own Bot API client, separate from the bot's, and
 * says what the answer means for the recipient. This client has no auto-retry: a 429 must pause the
 * whole sender (every instance) rather than one request, and a message that keeps failing must be
 * counted, not retried forever, so the caller decides.
 */
import { Api, GrammyError, HttpError } from "grammy";
import type { RenderedMessage } from "./message-renderer.js";

export type SendResult =
  | { kind: "ok" }
  /** 403: the user blocked the bot or deleted their account. */
  | { kind: "blocked" }
  /** 400 "chat not found" and kin: the chat no longer exists for this bot. */
  | { kind: "gone" }
  /** Telegram refuses this message for good (another 400): retrying cannot help. */
  | { kind: "rejected"; description: string }
  | { kind: "rateLimited"; retryAfterMs: number }
  /** 5xx, network trouble, timeouts: worth another try later. */
  | { kind: "retry"; description: string };

/** Descriptions of a 400 that mean the recipient is gone rather than the message being wrong. */
const GONE = /chat not found|peer_id_invalid|user not found|chat_id is empty|have no rights to send/i;

/** Builds the bulk client: a short timeout, so a hung request cannot outlive its claim. */
export function createBulkApi(token: string, apiRoot: string, timeoutSeconds = 15): Api {
  return new Api(token, { apiRoot, timeoutSeconds });
}

export class TelegramSender {
  constructor(private readonly api: Api) {}

  async send(chatId: string, message: RenderedMessage): Promise<SendResult> {
    try {
      if (message.photo) await this.api.sendPhoto(chatId, message.photo, { caption: message.text });
      else await this.api.sendMessage(chatId, message.text, { link_preview_options: { is_disabled: true } });
      return { kind: "ok" };
    } catch (err) {
      return classify(err);
    }
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
