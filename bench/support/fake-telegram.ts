// A fake Telegram Bot API for driving grammY and Telegraf bots without network:
// fake incoming updates, a fake outgoing API that records what each chat was sent,
// and the shared definition of the benchmark flow (texts and keyboard).
import type { Message, Update, UserFromGetMe } from "grammy/types";

export const BOT_TOKEN = "123456:bench-token-not-real";

export const BOT_INFO: UserFromGetMe = {
  id: 123456,
  is_bot: true,
  first_name: "Bench",
  username: "bench_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

// ---- The flow every peer implements -------------------------------------------------

export const NEXT = "next";
export const BACK = "back";
export const DONE_TEXT = "Done";

export function stepText(step: number, depth: number): string {
  return `Step ${step}/${depth}`;
}

/** The same 2-button inline keyboard on every step. */
export const FLOW_KEYBOARD = {
  inline_keyboard: [
    [
      { text: "Next", callback_data: NEXT },
      { text: "Back", callback_data: BACK },
    ],
  ],
};

// ---- Fake Bot API -------------------------------------------------------------------

interface ChatLog {
  sends: number;
  lastText: string | undefined;
  lastMessageId: number;
}

type ApiPayload = Record<string, unknown>;

/**
 * Records per chat what the bot sent and answers with plausible results. Both grammY
 * (through its `fetch` client option, the only hook that also reaches the Api instances
 * the conversations plugin builds) and Telegraf (through `ctx.telegram.callApi`) hand it
 * a JSON string body, so each framework pays its own serialization and the fake pays one
 * JSON.parse, the same for everybody.
 */
export class FakeTelegram {
  private readonly chats = new Map<number, ChatLog>();
  private messageId = 1;
  private updateId = 1;
  calls = 0;

  /** The fake server: handles one API call given its JSON body. */
  handle(method: string, body: string | undefined): unknown {
    this.calls++;
    const payload = (body ? JSON.parse(body) : {}) as ApiPayload;
    switch (method) {
      case "sendMessage": {
        const chatId = Number(payload.chat_id);
        const text = String(payload.text ?? "");
        const message_id = this.messageId++;
        const log = this.log(chatId);
        log.sends++;
        log.lastText = text;
        log.lastMessageId = message_id;
        return {
          message_id,
          date: 1_700_000_000,
          chat: { id: chatId, type: "private", first_name: "User" },
          from: { id: BOT_INFO.id, is_bot: true, first_name: BOT_INFO.first_name, username: BOT_INFO.username },
          text,
        } satisfies Message.TextMessage;
      }
      case "getMe":
        return BOT_INFO;
      default:
        return true; // answerCallbackQuery, editMessageReplyMarkup, ...
    }
  }

  /** grammY `client.fetch`: grammY only calls `res.json()` on the response. */
  readonly fetch = async (url: unknown, init?: { body?: unknown }): Promise<{ json(): Promise<unknown> }> => {
    const method = String(url).slice(String(url).lastIndexOf("/") + 1);
    const result = this.handle(method, typeof init?.body === "string" ? init.body : undefined);
    return { json: async () => ({ ok: true, result }) };
  };

  /** Telegraf `callApi` replacement: serializes like Telegraf would for a JSON call. */
  readonly callApi = async (method: string, payload: unknown): Promise<unknown> =>
    this.handle(method, JSON.stringify(payload ?? {}));

  private log(chatId: number): ChatLog {
    let log = this.chats.get(chatId);
    if (!log) {
      log = { sends: 0, lastText: undefined, lastMessageId: 0 };
      this.chats.set(chatId, log);
    }
    return log;
  }

  chat(chatId: number): Readonly<ChatLog> | undefined {
    return this.chats.get(chatId);
  }

  // ---- Incoming updates -------------------------------------------------------------

  startUpdate(chatId: number): Update {
    const text = "/start";
    return {
      update_id: this.updateId++,
      message: {
        message_id: this.messageId++,
        date: 1_700_000_000,
        chat: { id: chatId, type: "private", first_name: "User" },
        from: { id: chatId, is_bot: false, first_name: "User" },
        text,
        entities: [{ type: "bot_command", offset: 0, length: text.length }],
      },
    };
  }

  /** The user presses the button `data` under the last message the bot sent to the chat. */
  callbackUpdate(chatId: number, data: string): Update {
    const log = this.chats.get(chatId);
    return {
      update_id: this.updateId++,
      callback_query: {
        id: `cq${this.updateId}`,
        from: { id: chatId, is_bot: false, first_name: "User" },
        chat_instance: `ci${chatId}`,
        data,
        message: {
          message_id: log?.lastMessageId ?? 0,
          date: 1_700_000_000,
          chat: { id: chatId, type: "private", first_name: "User" },
          from: { id: BOT_INFO.id, is_bot: true, first_name: BOT_INFO.first_name },
          text: log?.lastText ?? "",
          reply_markup: FLOW_KEYBOARD,
        },
      },
    };
  }

  /**
   * Checks that a chat, after /start and `presses` presses of "next", shows what the
   * flow should show. Returns null when fine, else a description of the mismatch.
   */
  verify(chatId: number, presses: number, depth: number): string | null {
    const log = this.chats.get(chatId);
    const expectedText = presses >= depth ? DONE_TEXT : stepText(presses + 1, depth);
    const expectedSends = presses + 1;
    if (!log) return `chat ${chatId}: the bot never replied`;
    if (log.lastText !== expectedText || log.sends !== expectedSends) {
      return `chat ${chatId}: expected ${expectedSends} messages ending with "${expectedText}", got ${log.sends} ending with "${log.lastText}"`;
    }
    return null;
  }
}
