/**
 * The Zalo Bot Platform as a channel module: no buttons at all, so every screen is a numbered text
 * menu and the person answers with the number (the engine maps it to the button).
 * `message.unsupported.received` (Zalo hides some content from bots) gets the kind "please type"
 * answer and the screen again, never an error.
 *
 * Updates come by long polling (the default), or by webhook when ZALO_BOT_WEBHOOK_URL is set: the
 * route (POST /zalo-bot/webhook) checks the X-Bot-Api-Secret-Token header in constant time, keeps
 * the update in the durable inbox (src/redis/durable-stream.ts) and answers; a worker on any instance
 * handles it, once.
 */
import { timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { RedisClient } from "../../redis/connection.js";
import type { Logger } from "pino";
import type { ZaloBotConfig } from "../../config.js";
import type { EngineInput } from "../../flows/types.js";
import type { Assistant } from "../assistant.js";
import type { ChannelCapabilities, ChannelModule } from "../channel.js";
import { citizenCommand } from "../citizen-commands.js";
import type { ChatTurns } from "../chat-turns.js";
import { enqueue, inboxKeys, startInboxWorker, type InboxKeys, type InboxWorker } from "../../redis/durable-stream.js";
import { HandoffCommands } from "../handoff-commands.js";
import { PersonalDataCommands } from "../personal-data-commands.js";
import { KeyedQueue } from "../keyed-queue.js";
import { toZaloMessages, ZALO_LIMITS } from "../zalo/outbound.js";
import { ZaloBotApi, type ZaloBotUpdate } from "./api.js";

export const ZALO_BOT_CAPABILITIES: ChannelCapabilities = {
  maxButtons: 0,
  textLimit: ZALO_LIMITS.textLength,
  markup: "plain",
  canEdit: false,
  canDeleteUserMessage: false,
  push: "any",
};

const BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export const ZALO_BOT_WEBHOOK_PATH = "/zalo-bot/webhook";
const MAX_BODY = 1024 * 1024;

/** A webhook body: the update itself, or wrapped as {ok, result} (both have been seen). */
export function parseZaloBotUpdate(raw: string): ZaloBotUpdate | null {
  try {
    const body = JSON.parse(raw) as ZaloBotUpdate & { result?: ZaloBotUpdate };
    return body.result && typeof body.result === "object" ? body.result : body;
  } catch {
    return null;
  }
}

const sameSecret = (given: string | undefined, expected: string) => {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

function webhookRoutes(opts: { redis: RedisClient; keys: InboxKeys; secret: string }): Hono {
  const app = new Hono();
  app.post("/", bodyLimit({ maxSize: MAX_BODY, onError: (c) => c.json({ error: "too large" }, 413) }), async (c) => {
    if (!sameSecret(c.req.header("x-bot-api-secret-token"), opts.secret)) return c.json({ error: "bad secret" }, 401);
    const raw = await c.req.text();
    const update = parseZaloBotUpdate(raw);
    if (!update) return c.json({ error: "expected JSON" }, 400);
    const inbound = fromZaloBotUpdate(update);
    if (inbound) await enqueue(opts.redis, opts.keys, `${update.event_name ?? ""}:${inbound.eventId}`, raw);
    return c.json({ ok: true });
  });
  return app;
}

/** The engine input of an update, or null for what the bot does not answer (groups…). */
export function fromZaloBotUpdate(update: ZaloBotUpdate): { chatId: string; eventId: string; input: EngineInput } | null {
  const m = update.message;
  const chatId = m?.chat?.id ?? m?.from?.id;
  if (!m || !chatId || !m.message_id || (m.chat?.chat_type && m.chat.chat_type !== "PRIVATE")) return null;
  if (update.event_name === "message.text.received" && typeof m.text === "string") {
    return { chatId, eventId: m.message_id, input: citizenCommand(m.text) ?? { kind: "text", text: m.text } };
  }
  return { chatId, eventId: m.message_id, input: m.caption ? { kind: "unsupported", caption: m.caption } : { kind: "unsupported" } };
}

export interface ZaloBotChannelOptions extends ZaloBotConfig {
  assistant: Assistant;
  /** For the webhook's durable inbox. */
  redis: RedisClient;
  prefix: string;
  logger: Logger;
  /** /dulieu and /xoadulieu (typed: the platform has no buttons). */
  personalData?: PersonalDataCommands;
  /** Questions to officials: their typed commands and payloads. */
  handoff?: HandoffCommands;
  /** /kiemtra, or a pasted broadcast: its answer in the chat's language, or null for other text. */
  verify?: (text: string, chat: { channel: "zalo-bot"; id: string }) => Promise<string | null>;
  pollTimeoutSeconds?: number;
  /** A chat's webhook updates one at a time and in order across every instance (the app passes the Assistant's). */
  turns?: ChatTurns;
  fetch?: typeof fetch;
}

export function zaloBotChannel(opts: ZaloBotChannelOptions): ChannelModule {
  const api = new ZaloBotApi(opts.apiRoot, opts.token, opts.fetch);
  const keys = inboxKeys(opts.prefix, "zalo-bot");
  let worker: InboxWorker | null = null;
  const queue = new KeyedQueue();
  const abort = new AbortController();
  let running = false;
  let loop: Promise<void> | null = null;

  /**
   * Answers one update, one chat's updates in order: across instances under the chat's turn when
   * webhook events arrive through the shared inbox (`arrived` orders them), else in this process.
   */
  const answer = async (update: ZaloBotUpdate, arrived?: number) => {
    const inbound = fromZaloBotUpdate(update);
    if (!inbound) return;
    const chat = { channel: "zalo-bot" as const, id: inbound.chatId };
    const inOrder = <T>(task: () => Promise<T>) => (opts.turns && arrived !== undefined ? opts.turns.run(chat, arrived, task) : queue.run(inbound.chatId, task));
    await inOrder(async () => {
      if (inbound.input.kind === "text" && opts.personalData && PersonalDataCommands.matches(inbound.input.text)) {
        const answer = await opts.personalData.handle({ channel: "zalo-bot", id: inbound.chatId }, inbound.input.text);
        if (answer) return void (await api.sendMessage(inbound.chatId, answer.text.slice(0, 2000)));
      }
      if (inbound.input.kind === "text" && opts.handoff && HandoffCommands.matches(inbound.input.text)) {
        const id = `zalo-bot:${inbound.chatId}`;
        const answer = await opts.handoff.handle(id, id, inbound.input.text, `zalo-bot:${inbound.eventId}`);
        if (answer) return void (await api.sendMessage(inbound.chatId, answer.text));
      }
      const checked = inbound.input.kind === "text" ? await opts.verify?.(inbound.input.text, { channel: "zalo-bot", id: inbound.chatId }) : null;
      if (checked) return void (await api.sendMessage(inbound.chatId, checked));
      const replies = await opts.assistant.handle({ channel: "zalo-bot", id: inbound.chatId }, inbound.input, { updateId: inbound.eventId, canDeleteInput: false });
      if (!replies) return;
      for (const message of toZaloMessages(replies, 0)) await api.sendMessage(inbound.chatId, message.text);
    });
  };
  const handle = (update: ZaloBotUpdate) => void answer(update).catch((err: unknown) => opts.logger.warn({ err }, "zalo bot update failed"));
  const webhook = opts.webhook;

  return {
    id: "zalo-bot",
    capabilities: ZALO_BOT_CAPABILITIES,
    routes: webhook ? [{ path: ZALO_BOT_WEBHOOK_PATH, app: webhookRoutes({ redis: opts.redis, keys, secret: webhook.secret }) }] : [],
    async start() {
      if (webhook) {
        // A failed update stays in the inbox and is tried again (the worker throws it back).
        worker = await startInboxWorker({ redis: opts.redis, keys, logger: opts.logger, parse: parseZaloBotUpdate, handle: answer });
        await api.call("setWebhook", { url: webhook.url, secret_token: webhook.secret });
        opts.logger.info("zalo bot ready (webhook /zalo-bot/webhook)");
        return;
      }
      running = true;
      await api.call("deleteWebhook", {}).catch(() => undefined); // polling and a webhook exclude each other
      loop = (async () => {
        let failures = 0;
        while (running) {
          try {
            const update = await api.getUpdate(opts.pollTimeoutSeconds ?? 30, abort.signal);
            failures = 0;
            if (update) handle(update);
          } catch (err) {
            if (!running) return;
            const wait = BACKOFF_MS[Math.min(failures++, BACKOFF_MS.length - 1)]!;
            opts.logger.warn({ err, retryInMs: wait }, "zalo bot getUpdates failed; polling again later");
            await new Promise((r) => setTimeout(r, wait));
          }
        }
      })();
      opts.logger.info("zalo bot ready (long polling)");
    },
    async stop() {
      running = false;
      abort.abort();
      await loop;
      await worker?.stop();
      worker = null;
      await queue.drain();
    },
  };
}
