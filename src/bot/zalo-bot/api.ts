/**
 * The Zalo Bot Platform's API, modelled on Telegram's: POST <root>/bot<token>/<method> with JSON,
 * answered {ok, result} or {ok: false, error_code, description}. Plain fetch (no SDK).
 */
export class ZaloBotError extends Error {
  override name = "ZaloBotError";
  constructor(
    readonly code: number,
    description: string,
  ) {
    super(`Zalo Bot error ${code}: ${description}`);
  }
}

export interface ZaloBotUpdate {
  event_name?: string;
  message?: { message_id?: string; text?: string; caption?: string; from?: { id?: string }; chat?: { id?: string; chat_type?: string } };
}

export class ZaloBotApi {
  constructor(
    private readonly apiRoot: string,
    private readonly token: string,
    private readonly fetchFn: typeof fetch = fetch,
  ) {}

  async call<T>(method: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    const res = await this.fetchFn(`${this.apiRoot}/bot${this.token}/${method}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: signal ?? AbortSignal.timeout(15_000),
    });
    const data = (await res.json().catch(() => ({ ok: false, error_code: res.status, description: "not JSON" }))) as { ok?: boolean; result?: T; error_code?: number; description?: string };
    if (!data.ok) throw new ZaloBotError(Number(data.error_code ?? res.status), String(data.description ?? ""));
    return data.result as T;
  }

  sendMessage(chatId: string, text: string): Promise<unknown> {
    return this.call("sendMessage", { chat_id: chatId, text });
  }

  /** One update, or null when the long poll timed out (408). */
  async getUpdate(timeoutSeconds: number, signal: AbortSignal): Promise<ZaloBotUpdate | null> {
    try {
      return await this.call<ZaloBotUpdate | null>("getUpdates", { timeout: timeoutSeconds }, signal);
    } catch (err) {
      if (err instanceof ZaloBotError && err.code === 408) return null;
      throw err;
    }
  }
}
