// A local fake of the Telegram Bot API that speaks the real HTTP protocol, so grammY runs unmodified
// against it: new Bot(token, { client: { apiRoot: fake.apiRoot } }). It validates requests the way
// Telegram does (error codes and descriptions included) and lets tests inject failures and rate limits.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update, UserFromGetMe } from "grammy/types";
import { FAKE_BOT, testChat, type UpdateInput } from "./updates.js";

export * from "./updates.js";

export interface FakeBotApiOptions {
  token?: string;
  botInfo?: Partial<UserFromGetMe>;
  /** Defaults to a free port. */
  port?: number;
}

export interface UploadedFile {
  field: string;
  name: string;
  size: number;
  type: string;
}

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** Files of a multipart upload (their fields are not in payload). */
  files: UploadedFile[];
  at: number;
  /** HTTP status the fake answered with; undefined while a long poll is still pending. */
  status?: number;
}

export interface SentMessage {
  chatId: number | string;
  text: string | undefined;
  caption?: string;
  /** The markup as the bot sent it (any keyboard type), parsed. */
  reply_markup: unknown;
  message_id: number;
  method: string;
  /** Sent with allow_paid_broadcast (a paid broadcast message, 0.1 Star). */
  paid?: true;
}

/** An injected answer: an HTTP status and body, or a dropped connection. */
/** An injected failure; `forChat` limits it to requests for the chats it accepts (default: any). */
export type FakeFailure = ({ status: number; body?: unknown } | { network: true }) & { forChat?: (chatId: string) => boolean };

export interface RateLimit {
  /** Free messages a second (Telegram: 30). */
  globalPerSecond?: number;
  /** Every message a second, paid ones included (Telegram: 1,000 with allow_paid_broadcast). */
  paidPerSecond?: number;
  perChatPerSecond?: number;
  /** Seconds reported in retry_after; defaults to 1. */
  retryAfter?: number;
}

export interface FakeBotApi {
  readonly apiRoot: string;
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  readonly calls: RecordedCall[];
  readonly sent: SentMessage[];
  /** 429s answered; paid messages accepted (allow_paid_broadcast). */
  readonly stats: { rateLimited: number; paid: number };
  /** Queues an update for getUpdates; pushing the same update (same update_id) twice simulates redelivery. */
  pushUpdate(update: UpdateInput): Update;
  /** Resolves with the predicate's first truthy result; rejects after timeoutMs (default 3000). */
  waitFor<T>(predicate: () => T, timeoutMs?: number): Promise<NonNullable<T>>;
  /** The next `times` calls of `method` get this answer instead of being handled. */
  failNext(method: string, failure: FakeFailure, times?: number): void;
  /** null turns rate limiting off again. */
  setRateLimit(limit: RateLimit | null): void;
  blockChat(chatId: number | string): void;
  unblockChat(chatId: number | string): void;
  unknownChat(chatId: number | string): void;
  /** Messages the fake holds for a chat (sent by the bot or pushed as updates). */
  messagesIn(chatId: number | string): Record<string, unknown>[];
  close(): Promise<void>;
}

type Payload = Record<string, unknown>;
type Msg = Record<string, unknown> & { message_id: number };

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
    readonly parameters?: Record<string, unknown>,
  ) {
    super(description);
  }
}

const bad = (what: string) => new ApiError(400, `Bad Request: ${what}`);

const SEND_METHODS = new Set(["sendmessage", "sendphoto", "senddocument", "copymessage"]);
const CHAT_METHODS = new Set([...SEND_METHODS, "sendchataction", "editmessagetext", "editmessagereplymarkup", "deletemessage"]);
const CHAT_ACTIONS = new Set([
  "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
  "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
]);
// Form fields that stay strings even when they look like numbers or JSON.
const STRING_FIELDS = new Set([
  "text", "caption", "callback_query_id", "photo", "document", "url", "action", "parse_mode",
  "secret_token", "language_code", "inline_message_id", "description",
]);
const BUTTON_ACTIONS = [
  "callback_data", "url", "login_url", "web_app", "switch_inline_query", "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay", "disabled",
];
const HTML_TAGS = new Set([
  "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
  "blockquote", "tg-emoji", "tg-time",
]);
const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

const byteOffset = (text: string, index: number) => Buffer.byteLength(text.slice(0, index));

// Approximates Telegram's HTML parser closely enough to catch unescaped "<" and unbalanced tags.
function htmlError(text: string): string | undefined {
  const open: string[] = [];
  for (let i = text.indexOf("<"); i !== -1; i = text.indexOf("<", i + 1)) {
    const end = text.indexOf(">", i);
    if (end === -1) return `Unclosed start tag at byte offset ${byteOffset(text, i)}`;
    const closing = text[i + 1] === "/";
    const name = (/^[A-Za-z0-9-]*/.exec(text.slice(i + (closing ? 2 : 1)))?.[0] ?? "").toLowerCase();
    if (closing) {
      const expected = open.pop();
      if (expected === undefined) return `Unexpected end tag at byte offset ${byteOffset(text, i)}`;
      if (name !== "" && name !== expected) {
        return `Unmatched end tag at byte offset ${byteOffset(text, i)}, expected "</${expected}>", found "</${name}>"`;
      }
    } else {
      if (!HTML_TAGS.has(name)) return `Unsupported start tag "${name}" at byte offset ${byteOffset(text, i)}`;
      open.push(name);
    }
    i = end;
  }
  const unclosed = open.pop();
  return unclosed === undefined ? undefined : `Can't find end tag corresponding to start tag "${unclosed}"`;
}

// Only the MarkdownV2 mistake bots make most: a reserved character left unescaped outside code.
function markdownV2Error(text: string): string | undefined {
  // Code spans and link URLs have their own escaping rules, so they are left out of the check.
  const outsideCode = text.replace(/```[\s\S]*?```|`[^`]*`|\]\((?:\\.|[^)\\])*\)/g, (code) => " ".repeat(code.length));
  const match = /(?<!\\)(?:\\\\)*([#+\-={}.!])/.exec(outsideCode);
  if (!match?.[1]) return undefined;
  return `Character '${match[1]}' is reserved and must be escaped with the preceding '\\'`;
}

function visibleText(text: string, parseMode: string | undefined): string {
  const mode = parseMode?.toLowerCase();
  if (mode === "html") return text.replace(/<[^>]*>/g, "").replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, "_");
  if (mode === "markdownv2" || mode === "markdown") return text.replace(/\\(.)/g, "$1").replace(/[*_~`|]/g, "");
  return text;
}

function checkText(text: unknown, parseMode: unknown, limit: number, kind: "text" | "caption"): string | undefined {
  if (text === undefined && kind === "caption") return undefined;
  const raw = typeof text === "string" ? text : text === undefined ? "" : String(text);
  const mode = typeof parseMode === "string" ? parseMode.toLowerCase() : undefined;
  const error = mode === "html" ? htmlError(raw) : mode === "markdownv2" ? markdownV2Error(raw) : undefined;
  if (error) throw bad(`can't parse entities: ${error}`);
  const visible = visibleText(raw, mode);
  if (kind === "text" && visible.trim() === "") throw bad("message text is empty");
  if (visible.length > limit) throw bad(kind === "text" ? "message is too long" : "message caption is too long");
  return raw;
}

function parseMarkup(payload: Payload): unknown {
  const markup = payload.reply_markup;
  if (typeof markup !== "string") return markup;
  try {
    return JSON.parse(markup) as unknown;
  } catch {
    throw bad("can't parse reply keyboard markup JSON object");
  }
}

/** Validates an inline keyboard like Telegram; returns the markup a Message carries (undefined if none). */
function inlineMarkup(markup: unknown): unknown {
  if (typeof markup !== "object" || markup === null || !("inline_keyboard" in markup)) return undefined;
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows) || !rows.every((row) => Array.isArray(row))) {
    throw bad("can't parse inline keyboard button: InlineKeyboardMarkup must be an Array of Arrays");
  }
  for (const button of (rows as unknown[][]).flat()) {
    if (typeof button !== "object" || button === null) throw bad("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
    const b = button as Record<string, unknown>;
    if (typeof b.text !== "string") throw bad("can't parse inline keyboard button: Text must be a String");
    if (!BUTTON_ACTIONS.some((action) => action in b)) {
      throw bad("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
    }
    if ("callback_data" in b) {
      const size = typeof b.callback_data === "string" ? Buffer.byteLength(b.callback_data) : 0;
      if (size < 1 || size > 64) throw bad("BUTTON_DATA_INVALID");
    }
    if ("url" in b && !/^(https?|tg):\/\/\S+$/i.test(String(b.url))) throw bad("BUTTON_URL_INVALID");
  }
  return rows.length > 0 ? markup : undefined;
}

function coerceField(key: string, value: string): unknown {
  if (STRING_FIELDS.has(key)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

// A lenient multipart parser: grammY writes `name=x;filename=y` without quotes or spaces, which
// Telegram accepts but undici's Request.formData() rejects.
function parseMultipart(raw: Buffer, boundary: string): { name: string; filename?: string; type: string; data: Buffer }[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: { name: string; filename?: string; type: string; data: Buffer }[] = [];
  for (let pos = raw.indexOf(delimiter); pos !== -1; ) {
    const start = pos + delimiter.length;
    if (raw.subarray(start, start + 2).toString() === "--") break; // closing delimiter
    const next = raw.indexOf(delimiter, start);
    if (next === -1) break;
    const part = raw.subarray(start + 2, next - 2); // without the CRLFs around the part
    const split = part.indexOf("\r\n\r\n");
    const head = part.subarray(0, Math.max(0, split)).toString();
    const disposition = /content-disposition:([^\r\n]*)/i.exec(head)?.[1] ?? "";
    const param = (key: string) => {
      const found = new RegExp(`;\\s*${key}=(?:"([^"]*)"|([^;\\s]*))`, "i").exec(disposition);
      return found ? (found[1] ?? found[2] ?? "") : undefined;
    };
    const name = param("name");
    if (split !== -1 && name !== undefined) {
      const entry: { name: string; filename?: string; type: string; data: Buffer } = {
        name,
        type: /content-type:\s*([^\r\n]*)/i.exec(head)?.[1]?.trim() ?? "",
        data: part.subarray(split + 4),
      };
      const filename = param("filename");
      if (filename !== undefined) entry.filename = filename;
      parts.push(entry);
    }
    pos = next;
  }
  return parts;
}

async function readBody(req: IncomingMessage, url: URL): Promise<{ payload: Payload; files: UploadedFile[] }> {
  const payload: Payload = {};
  const files: UploadedFile[] = [];
  for (const [key, value] of url.searchParams) payload[key] = coerceField(key, value);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { payload, files };
  const header = req.headers["content-type"] ?? "";
  const type = header.toLowerCase(); // only for matching: the multipart boundary is case-sensitive
  if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(header);
    if (!boundary) throw bad("can't parse multipart/form-data: no boundary");
    for (const part of parseMultipart(raw, boundary[1] ?? boundary[2] ?? "")) {
      if (part.filename === undefined) payload[part.name] = coerceField(part.name, part.data.toString());
      else files.push({ field: part.name, name: part.filename, size: part.data.length, type: part.type });
    }
  } else if (type.startsWith("application/x-www-form-urlencoded")) {
    for (const [key, value] of new URLSearchParams(raw.toString())) payload[key] = coerceField(key, value);
  } else {
    try {
      Object.assign(payload, JSON.parse(raw.toString()) as Payload);
    } catch {
      throw bad("can't parse JSON object");
    }
  }
  return { payload, files };
}

const chatKey = (chatId: unknown) => String(chatId);

function normalizeChatId(chatId: unknown): number | string {
  if (typeof chatId === "number") return chatId;
  const text = String(chatId);
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

export async function startFakeBotApi(opts: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const botInfo: UserFromGetMe = { ...FAKE_BOT, ...opts.botInfo };
  const token = opts.token ?? `${botInfo.id}:AAFakeTokenForTestsOnly_0123456789ab`;
  const calls: RecordedCall[] = [];
  const sent: SentMessage[] = [];
  const stats = { rateLimited: 0, paid: 0 };

  const failures = new Map<string, FakeFailure[]>();
  const blocked = new Set<string>();
  const unknown = new Set<string>();
  let rateLimit: Required<RateLimit> | undefined;
  const globalHits: number[] = [];
  const allHits: number[] = [];
  const chatHits = new Map<string, number[]>();

  // Per chat: the next id for bot messages, and every message the fake knows (own = sent by the bot).
  const chats = new Map<string, { nextId: number; messages: Map<number, { message: Msg; own: boolean }> }>();
  const answeredQueries = new Set<string>();
  const commands = new Map<string, unknown>();
  let webhookUrl = "";

  // getUpdates state: entries stay queued until confirmed by a later offset, as in Telegram.
  const queue: { update: Update; delivered: boolean }[] = [];
  let lastBatch: { update: Update; delivered: boolean }[] = [];
  let nextUpdateId = 1;
  let poller: { finish: (status: number, body: unknown) => void; wake: () => void } | undefined;
  let closed = false;

  const chatState = (chatId: unknown) => {
    const key = chatKey(chatId);
    let state = chats.get(key);
    if (!state) chats.set(key, (state = { nextId: 1, messages: new Map() }));
    return state;
  };

  const chatObject = (chatId: number | string): object =>
    typeof chatId === "number" ? testChat(chatId) : { id: -1_000_000_000_001, type: "channel", title: chatId, username: chatId.replace(/^@/, "") };

  const newMessage = (chatId: number | string, fields: Record<string, unknown>): Msg => {
    const state = chatState(chatId);
    const message: Msg = { message_id: state.nextId++, from: botInfo, chat: chatObject(chatId), date: Math.floor(Date.now() / 1000), ...fields };
    for (const [key, value] of Object.entries(message)) if (value === undefined) delete message[key];
    state.messages.set(message.message_id, { message, own: true });
    return message;
  };

  const record = (method: string, chatId: number | string, message: Msg, markup: unknown) => {
    const entry: SentMessage = {
      chatId,
      text: typeof message.text === "string" ? message.text : undefined,
      reply_markup: markup,
      message_id: message.message_id,
      method,
    };
    if (typeof message.caption === "string") entry.caption = message.caption;
    sent.push(entry);
  };

  const findMessage = (payload: Payload) => chats.get(chatKey(payload.chat_id))?.messages.get(Number(payload.message_id));

  // A paid message is outside the free limit but inside the paid one, which counts every message.
  const checkRate = (chatId: unknown, paid: boolean) => {
    if (!rateLimit) return;
    const now = Date.now();
    const prune = (hits: number[]) => {
      while (hits.length > 0 && (hits[0] ?? 0) <= now - 1000) hits.shift();
    };
    const hits = chatHits.get(chatKey(chatId)) ?? [];
    chatHits.set(chatKey(chatId), hits);
    prune(globalHits);
    prune(allHits);
    prune(hits);
    const overFree = !paid && globalHits.length >= rateLimit.globalPerSecond;
    if (overFree || allHits.length >= rateLimit.paidPerSecond || hits.length >= rateLimit.perChatPerSecond) {
      stats.rateLimited++;
      const wait = rateLimit.retryAfter;
      throw new ApiError(429, `Too Many Requests: retry after ${wait}`, { retry_after: wait });
    }
    if (!paid) globalHits.push(now);
    allHits.push(now);
    hits.push(now);
  };

  // Telegram answers getUpdates with every unconfirmed update; an offset confirms the ones before it.
  const confirm = (offset: number) => {
    if (offset < 0) {
      queue.splice(0, Math.max(0, queue.length + offset));
    } else {
      // grammY confirms with "last id + 1"; matching the last batch keeps redelivered (older) ids working.
      const last = lastBatch.at(-1);
      const confirmed = new Set(last && offset === last.update.update_id + 1 ? lastBatch : []);
      for (let i = queue.length - 1; i >= 0; i--) {
        const entry = queue[i];
        if (entry && (confirmed.has(entry) || (entry.delivered && entry.update.update_id < offset))) queue.splice(i, 1);
      }
    }
    lastBatch = [];
  };

  const takeBatch = (limit: number) => {
    const batch = queue.slice(0, limit);
    for (const entry of batch) entry.delivered = true;
    lastBatch = batch;
    return batch.map((entry) => entry.update);
  };

  // Returned by a handler that has already answered the request itself (long polls).
  const HANDLED = Symbol("handled");

  // Status 0 means the client is gone (or the connection was dropped on purpose): nothing to send.
  function respond(res: ServerResponse, status: number, body: unknown) {
    if (status === 0) return;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  }

  type Handler = (payload: Payload, files: UploadedFile[], res: ServerResponse) => unknown;

  const sendMedia = (kind: "photo" | "document", payload: Payload, files: UploadedFile[]) => {
    const upload = files.find((file) => file.field === kind || `attach://${file.field}` === payload[kind]);
    const ref = payload[kind];
    if (!upload && (typeof ref !== "string" || ref === "")) throw bad(`there is no ${kind} in the request`);
    const caption = checkText(payload.caption, payload.parse_mode, 1024, "caption");
    const markup = parseMarkup(payload);
    const inline = inlineMarkup(markup);
    const chatId = normalizeChatId(payload.chat_id);
    const fileId = `fake-${kind}-${calls.length}`;
    const media =
      kind === "photo"
        ? { photo: [{ file_id: fileId, file_unique_id: `u${fileId}`, width: 800, height: 600, file_size: upload?.size ?? 50_000 }] }
        : {
            document: {
              file_id: fileId,
              file_unique_id: `u${fileId}`,
              file_name: upload?.name ?? "document",
              mime_type: upload?.type || "application/octet-stream",
              file_size: upload?.size ?? 50_000,
            },
          };
    const message = newMessage(chatId, { ...media, caption, reply_markup: inline });
    record(kind === "photo" ? "sendPhoto" : "sendDocument", chatId, message, markup);
    return message;
  };

  const editable = (payload: Payload) => {
    const entry = findMessage(payload);
    if (!entry) throw bad("message to edit not found");
    if (!entry.own) throw bad("message can't be edited");
    return entry.message;
  };

  const handlers: Record<string, Handler> = {
    getMe: () => botInfo,

    getUpdates: (payload, _files, res) => {
      if (webhookUrl) {
        throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
      }
      if (payload.offset !== undefined) confirm(Number(payload.offset));
      const limit = Math.min(100, Math.max(1, Number(payload.limit ?? 100) || 100));
      const timeoutMs = Math.max(0, Number(payload.timeout ?? 0) || 0) * 1000;
      // Only one long poll at a time, like Telegram: the older one is told it was terminated.
      poller?.finish(409, {
        ok: false,
        error_code: 409,
        description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
      });
      if (queue.length > 0 || timeoutMs === 0 || closed) return takeBatch(limit);
      return new Promise((resolve) => {
        const self = {
          finish: (status: number, body: unknown) => {
            clearTimeout(timer);
            if (poller === self) poller = undefined;
            if (!res.writableEnded) respond(res, status, body);
            resolve(HANDLED);
          },
          wake: () => self.finish(200, { ok: true, result: takeBatch(limit) }),
        };
        const timer = setTimeout(self.wake, timeoutMs);
        // A client that gives up (grammY's bot.stop() aborts its poll) must not receive the next updates.
        res.once("close", () => {
          if (!res.writableEnded) self.finish(0, undefined);
        });
        poller = self;
      });
    },

    deleteWebhook: (payload) => {
      webhookUrl = "";
      if (payload.drop_pending_updates === true) queue.splice(0);
      return true;
    },
    setWebhook: (payload) => {
      if (typeof payload.url !== "string") throw bad("bad webhook: URL must be a String");
      webhookUrl = payload.url;
      if (payload.drop_pending_updates === true) queue.splice(0);
      return true;
    },
    getWebhookInfo: () => ({ url: webhookUrl, has_custom_certificate: false, pending_update_count: queue.length }),

    setMyCommands: (payload) => {
      const list = typeof payload.commands === "string" ? (JSON.parse(payload.commands) as unknown) : payload.commands;
      if (!Array.isArray(list)) throw bad("can't parse commands JSON object");
      for (const item of list as Record<string, unknown>[]) {
        if (typeof item.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(item.command)) throw bad("BOT_COMMAND_INVALID");
        if (typeof item.description !== "string" || item.description.length < 1 || item.description.length > 256) {
          throw bad("BOT_COMMAND_DESCRIPTION_INVALID");
        }
      }
      commands.set(JSON.stringify([payload.scope ?? null, payload.language_code ?? ""]), list);
      return true;
    },
    deleteMyCommands: (payload) => {
      commands.delete(JSON.stringify([payload.scope ?? null, payload.language_code ?? ""]));
      return true;
    },
    getMyCommands: (payload) => commands.get(JSON.stringify([payload.scope ?? null, payload.language_code ?? ""])) ?? [],

    sendMessage: (payload) => {
      const text = checkText(payload.text, payload.parse_mode, 4096, "text");
      const markup = parseMarkup(payload);
      const inline = inlineMarkup(markup);
      const chatId = normalizeChatId(payload.chat_id);
      const message = newMessage(chatId, { text, reply_markup: inline });
      record("sendMessage", chatId, message, markup);
      return message;
    },

    editMessageText: (payload) => {
      const text = checkText(payload.text, payload.parse_mode, 4096, "text");
      const markup = parseMarkup(payload);
      const inline = inlineMarkup(markup);
      if (payload.inline_message_id !== undefined) return true;
      const message = editable(payload);
      if (typeof message.text !== "string") throw bad("there is no text in the message to edit");
      // Telegram drops the keyboard when an edit omits reply_markup, so "unchanged" compares against none.
      if (message.text === text && JSON.stringify(message.reply_markup) === JSON.stringify(inline)) throw bad(NOT_MODIFIED);
      message.text = text;
      if (inline === undefined) delete message.reply_markup;
      else message.reply_markup = inline;
      message.edit_date = Math.floor(Date.now() / 1000);
      record("editMessageText", normalizeChatId(payload.chat_id), message, markup);
      return message;
    },

    editMessageReplyMarkup: (payload) => {
      const markup = parseMarkup(payload);
      const inline = inlineMarkup(markup);
      if (payload.inline_message_id !== undefined) return true;
      const message = editable(payload);
      if (JSON.stringify(message.reply_markup) === JSON.stringify(inline)) throw bad(NOT_MODIFIED);
      if (inline === undefined) delete message.reply_markup;
      else message.reply_markup = inline;
      message.edit_date = Math.floor(Date.now() / 1000);
      record("editMessageReplyMarkup", normalizeChatId(payload.chat_id), message, markup);
      return message;
    },

    answerCallbackQuery: (payload) => {
      const id = String(payload.callback_query_id ?? "");
      // Unknown ids are accepted (tests may feed updates with bot.handleUpdate); answering twice is not.
      if (id === "" || answeredQueries.has(id)) throw bad("query is too old and response timeout expired or query ID is invalid");
      answeredQueries.add(id);
      return true;
    },

    sendPhoto: (payload, files) => sendMedia("photo", payload, files),
    sendDocument: (payload, files) => sendMedia("document", payload, files),

    sendChatAction: (payload) => {
      if (!CHAT_ACTIONS.has(String(payload.action))) throw bad("wrong parameter action in request");
      return true;
    },

    deleteMessage: (payload) => {
      const state = chats.get(chatKey(payload.chat_id));
      if (!state?.messages.delete(Number(payload.message_id))) throw bad("message to delete not found");
      return true;
    },

    copyMessage: (payload) => {
      if (unknown.has(chatKey(payload.from_chat_id))) throw bad("chat not found");
      const source = chats.get(chatKey(payload.from_chat_id))?.messages.get(Number(payload.message_id));
      if (!source) throw bad("message to copy not found");
      const caption = checkText(payload.caption, payload.parse_mode, 1024, "caption");
      const markup = parseMarkup(payload);
      const inline = inlineMarkup(markup);
      const { text, photo, document, sticker } = source.message;
      const chatId = normalizeChatId(payload.chat_id);
      const copied = newMessage(chatId, { text, photo, document, sticker, caption: caption ?? source.message.caption, reply_markup: inline });
      record("copyMessage", chatId, copied, markup);
      return { message_id: copied.message_id };
    },
  };
  const byName = new Map(Object.entries(handlers).map(([name, handler]) => [name.toLowerCase(), { name, handler }]));

  const failureBody = (error: ApiError) => ({
    ok: false,
    error_code: error.status,
    description: error.description,
    ...(error.parameters ? { parameters: error.parameters } : {}),
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<number> {
    const url = new URL(req.url ?? "/", "http://fake");
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match) {
      respond(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      return 404;
    }
    const [, givenToken = "", method = ""] = match;
    const call: RecordedCall = { method, payload: {}, files: [], at: Date.now() };
    calls.push(call);
    const finish = (status: number, body: unknown) => {
      call.status = status;
      respond(res, status, body);
      return status;
    };
    try {
      const { payload, files } = await readBody(req, url);
      call.payload = payload;
      call.files = files;
      if (givenToken !== token) return finish(401, { ok: false, error_code: 401, description: "Unauthorized" });
      const found = byName.get(method.toLowerCase());
      if (!found) return finish(404, { ok: false, error_code: 404, description: "Not Found: method not found" });

      const pending = failures.get(found.name.toLowerCase()) ?? [];
      const at = pending.findIndex((f) => !f.forChat || f.forChat(String(payload.chat_id)));
      const failure = at >= 0 ? pending.splice(at, 1)[0] : undefined;
      if (failure && "network" in failure) {
        call.status = 0;
        req.socket.destroy();
        return 0;
      }
      if (failure) {
        const body = failure.body ?? { ok: false, error_code: failure.status, description: `Injected failure ${failure.status}` };
        return finish(failure.status, body);
      }

      const key = found.name.toLowerCase();
      const needsChat = CHAT_METHODS.has(key) && !(key.startsWith("edit") && payload.inline_message_id !== undefined);
      if (needsChat) {
        if (payload.chat_id === undefined || payload.chat_id === "") throw bad("chat_id is empty");
        if (SEND_METHODS.has(key)) checkRate(payload.chat_id, payload.allow_paid_broadcast === true);
        if (unknown.has(chatKey(payload.chat_id))) throw bad("chat not found");
        if (blocked.has(chatKey(payload.chat_id))) throw new ApiError(403, "Forbidden: bot was blocked by the user");
      }

      const before = sent.length;
      const result = await found.handler(payload, files, res);
      if (payload.allow_paid_broadcast === true && sent.length > before) {
        stats.paid++;
        sent[sent.length - 1]!.paid = true;
      }
      if (result === HANDLED) {
        call.status = res.writableEnded ? res.statusCode : 0;
        return call.status;
      }
      return finish(200, { ok: true, result });
    } catch (error) {
      if (error instanceof ApiError) return finish(error.status, failureBody(error));
      return finish(500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(error)}` });
    }
  }

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  // Like api.telegram.org, keep idle connections open for a minute. Node's default (5 s) closes a
  // socket just as a client reuses it now and then: an ECONNRESET that auto-retry answers by waiting
  // 3 s, which is the harness's doing, not the bot's.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const fake: FakeBotApi = {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    botInfo,
    calls,
    sent,
    stats,

    pushUpdate(input) {
      // A copy, so pushing one object twice gives two independent deliveries.
      const update = structuredClone({ ...input, update_id: input.update_id ?? nextUpdateId }) as Update;
      nextUpdateId = Math.max(nextUpdateId, update.update_id + 1);
      const incoming = update.message ?? update.edited_message;
      if (incoming) {
        const state = chatState(incoming.chat.id);
        if (!state.messages.has(incoming.message_id)) {
          state.messages.set(incoming.message_id, { message: incoming as unknown as Msg, own: false });
        }
      }
      // A button press carries the message it belongs to, as the fake last rendered it.
      const pressed = update.callback_query?.message;
      if (update.callback_query && pressed) {
        const known = chats.get(chatKey(pressed.chat.id))?.messages.get(pressed.message_id);
        if (known) update.callback_query.message = structuredClone(known.message) as unknown as typeof pressed;
      }
      queue.push({ update, delivered: false });
      poller?.wake();
      return update;
    },

    waitFor<T>(predicate: () => T, timeoutMs = 3000) {
      return new Promise<NonNullable<T>>((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          let value: T;
          try {
            value = predicate();
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          if (value) return resolve(value);
          if (Date.now() - started >= timeoutMs) {
            const recent = calls.slice(-10).map((call) => `${call.method}→${call.status ?? "pending"}`).join(", ");
            return reject(new Error(`waitFor timed out after ${timeoutMs} ms; last calls: ${recent || "none"}`));
          }
          setTimeout(check, 5);
        };
        check();
      });
    },

    failNext(method, failure, times = 1) {
      const key = method.toLowerCase();
      const list = failures.get(key) ?? [];
      for (let i = 0; i < times; i++) list.push(failure);
      failures.set(key, list);
    },

    setRateLimit(limit) {
      globalHits.splice(0);
      allHits.splice(0);
      chatHits.clear();
      rateLimit = limit
        ? {
            globalPerSecond: limit.globalPerSecond ?? Infinity,
            paidPerSecond: limit.paidPerSecond ?? Infinity,
            perChatPerSecond: limit.perChatPerSecond ?? Infinity,
            retryAfter: limit.retryAfter ?? 1,
          }
        : undefined;
    },

    blockChat: (chatId) => void blocked.add(chatKey(chatId)),
    unblockChat: (chatId) => void blocked.delete(chatKey(chatId)),
    unknownChat: (chatId) => void unknown.add(chatKey(chatId)),
    messagesIn: (chatId) => [...(chats.get(chatKey(chatId))?.messages.values() ?? [])].map((entry) => entry.message),

    async close() {
      if (closed) return;
      closed = true;
      // End a pending long poll right away so neither grammY nor the server waits for its timeout.
      poller?.finish(200, { ok: true, result: [] });
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  return fake;
}
