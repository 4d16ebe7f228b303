/**
 * The few calls of Zalo's OA Open API v3 the bot needs, with plain fetch (Zalo has no Node SDK):
 * customer-service messages. The access token goes in the `access_token` header; an expired one
 * (-216) is refreshed once and the message sent again.
 */
import type { ZaloTokenKeeper } from "./token-keeper.js";

/** Zalo's answer to a failed call: `error` is Zalo's code (-216 expired token, -230 out of window…). */
export class ZaloApiError extends Error {
  override name = "ZaloApiError";
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(`Zalo error ${code}: ${message}`);
  }
}

export const ZALO_TOKEN_EXPIRED = -216;
/** The user has not interacted with the OA for 7 days: customer-service messages are refused. */
export const ZALO_OUT_OF_WINDOW = -230;

export type ZaloButton = { title: string; type: "oa.query.hide"; payload: string } | { title: string; type: "oa.open.url"; payload: { url: string } };
export interface ZaloMessage {
  text: string;
  buttons?: ZaloButton[];
}

export class ZaloOaApi {
  constructor(
    private readonly apiRoot: string,
    private readonly tokens: ZaloTokenKeeper,
    private readonly fetchFn: typeof fetch = fetch,
  ) {}

  /** Sends a customer-service message; resolves Zalo's message id. */
  async sendCs(userId: string, message: ZaloMessage): Promise<string> {
    const body = {
      recipient: { user_id: userId },
      message: message.buttons?.length ? { text: message.text, attachment: { type: "template", payload: { buttons: message.buttons } } } : { text: message.text },
    };
    let token = await this.tokens.accessToken();
    for (let attempt = 0; ; attempt++) {
      const res = await this.fetchFn(`${this.apiRoot}/v3.0/oa/message/cs`, {
        method: "POST",
        headers: { access_token: token, "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      const data = (await res.json().catch(() => ({ error: res.status, message: "not JSON" }))) as { error?: number; message?: string; data?: { message_id?: string } };
      if (data.error === 0) return data.data?.message_id ?? "";
      if (data.error === ZALO_TOKEN_EXPIRED && attempt === 0) {
        token = (await this.tokens.refresh(token)).accessToken;
        continue;
      }
      throw new ZaloApiError(Number(data.error ?? res.status), String(data.message ?? ""));
    }
  }
}
