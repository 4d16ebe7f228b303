/**
 * The Zalo OA as a bulk channel (src/broadcast/bulk-channel.ts): reminders and the task force's
 * messages to Zalo subscribers, as customer-service messages, each person within the messaging
 * window the deployment chose (`ZALO_PUSH_WINDOW`):
 *
 *   48h  free replies: Zalo allows 8 within 48 hours of the person's last message (the default)
 *   7d   customer-service messages up to 7 days (counted as paid "proactive" messages by Zalo)
 *
 * Outside it nobody is written to; the broadcast counts them "out of window". A -230 answer (7 days
 * without interaction) is counted the same way, never retried. A photo cannot be passed on from
 * Telegram, so Zalo subscribers get the text (its caption).
 */
import type { BulkChannel, SendResult } from "../../broadcast/bulk-channel.js";
import type { RenderedMessage } from "../../broadcast/message-renderer.js";
import { splitText } from "../../text/split.js";
import { ZALO_OUT_OF_WINDOW, ZaloApiError, type ZaloOaApi } from "./api.js";
import { ZALO_LIMITS } from "./outbound.js";

/** No per-second limit is documented; a third-party guide reports about 20 sends/s. Half of it. */
export const ZALO_BULK_RATE = 10;

/** The older code table's "invalid user id": the person is gone for this OA. */
const ZALO_INVALID_USER = -207;
/** Validation and permission errors: retrying the same message cannot help. */
const ZALO_REFUSED = new Set([-201, -202, -204, -206]);

export class ZaloBulkChannel implements BulkChannel {
  readonly channel = "zalo" as const;

  constructor(
    private readonly api: Pick<ZaloOaApi, "sendCs">,
    readonly windowMs: number,
    readonly ratePerSecond = ZALO_BULK_RATE,
  ) {}

  async send(userId: string, message: RenderedMessage): Promise<SendResult> {
    try {
      for (const text of splitText(message.text, ZALO_LIMITS.textLength)) await this.api.sendCs(userId, { text });
      return { kind: "ok" };
    } catch (err) {
      return classifyZalo(err);
    }
  }
}

/** Maps a failed send to what the sender should do about it. */
export function classifyZalo(err: unknown): SendResult {
  if (!(err instanceof ZaloApiError)) return { kind: "retry", description: err instanceof Error ? err.message : String(err) };
  if (err.code === ZALO_OUT_OF_WINDOW) return { kind: "outOfWindow" };
  if (err.code === ZALO_INVALID_USER) return { kind: "gone" };
  if (err.code === 429) return { kind: "rateLimited", retryAfterMs: 1000 };
  if (ZALO_REFUSED.has(err.code)) return { kind: "rejected", description: err.message };
  return { kind: "retry", description: err.message };
}
