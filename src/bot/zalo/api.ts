/**
 * The few calls of Zalo's OA Open API the bot needs, with plain fetch (Zalo has no Node SDK):
 * customer-service messages, and files (uploaded for a token, then sent as an attachment). The access token goes in the `access_token` header; an expired one
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

type ZaloReply = { error?: number; message?: string; data?: { message_id?: string; token?: string } };

export class ZaloOaApi {
  constructor(
    private readonly apiRoot: string,
    private readonly tokens: ZaloTokenKeeper,
    private readonly fetchFn: typeof fetch = fetch,
  ) {}

  /** Sends a customer-service message; resolves Zalo's message id. */
  async sendCs(userId: string, message: ZaloMessage): Promise<string> {
    const payload = message.buttons?.length ? { text: message.text, attachment: { type: "template", payload: { buttons: message.buttons } } } : { text: message.text };
    return this.#send(userId, payload);
  }

  /** Asks the person to share their details (phone) with one tap: Zalo's "request_user_info" card. */
  async requestUserInfo(userId: string, title: string, subtitle: string): Promise<string> {
    return this.#send(userId, { attachment: { type: "template", payload: { template_type: "request_user_info", elements: [{ title: [...title].slice(0, 100).join(""), subtitle: [...subtitle].slice(0, 500).join("") }] } } });
  }

  /** Uploads a file and sends it to `userId` as an attachment; resolves Zalo's message id. */
  async sendFile(userId: string, file: { name: string; bytes: Buffer }): Promise<string> {
    const data = await this.#call("/v2.0/oa/upload/file", () => {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(file.bytes)]), file.name);
      return form;
    });
    const token = data.data?.token;
    if (!token) throw new ZaloApiError(-1, "upload gave no file token");
    return this.#send(userId, { attachment: { type: "file", payload: { token } } });
  }

  async #send(userId: string, message: unknown): Promise<string> {
    const body = JSON.stringify({ recipient: { user_id: userId }, message });
    return (await this.#call("/v3.0/oa/message/cs", () => body)).data?.message_id ?? "";
  }

  /** One call with the access token; an expired token (-216) is refreshed once and the call repeated. */
  async #call(path: string, body: () => string | FormData): Promise<ZaloReply> {
    let token = await this.tokens.accessToken();
    for (let attempt = 0; ; attempt++) {
      const payload = body();
      const res = await this.fetchFn(`${this.apiRoot}${path}`, {
        method: "POST",
        headers: typeof payload === "string" ? { access_token: token, "content-type": "application/json" } : { access_token: token },
        body: payload,
        signal: AbortSignal.timeout(15_000),
      });
      const data = (await res.json().catch(() => ({ error: res.status, message: "not JSON" }))) as ZaloReply;
      if (data.error === 0) return data;
      if (data.error === ZALO_TOKEN_EXPIRED && attempt === 0) {
        token = (await this.tokens.refresh(token)).accessToken;
        continue;
      }
      throw new ZaloApiError(Number(data.error ?? res.status), String(data.message ?? ""));
    }
  }
}
