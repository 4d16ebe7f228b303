/**
 * The Zalo Bot Platform as a channel module: long polling, no buttons at all, so every screen is a
 * numbered text menu and the person answers with the number (the engine maps it to the button).
 * `message.unsupported.received` (Zalo hides some content from bots) gets the kind "please type"
 * answer and the screen again, never an error.
 */
import type { Logger } from "pino";
import type { EngineInput } from "../../flows/types.js";
import type { Assistant } from "../assistant.js";
import type { ChannelCapabilities, ChannelModule } from "../channel.js";
import { citizenCommand } from "../citizen-commands.js";
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

export function zaloBotChannel(opts: { token: string; apiRoot: string; assistant: Assistant; logger: Logger; pollTimeoutSeconds?: number; fetch?: typeof fetch }): ChannelModule {
  const api = new ZaloBotApi(opts.apiRoot, opts.token, opts.fetch);
  const queue = new KeyedQueue();
  const abort = new AbortController();
  let running = false;
  let loop: Promise<void> | null = null;

  const handle = (update: ZaloBotUpdate) => {
    const inbound = fromZaloBotUpdate(update);
    if (!inbound) return;
    void queue
      .run(inbound.chatId, async () => {
        const replies = await opts.assistant.handle({ channel: "zalo-bot", id: inbound.chatId }, inbound.input, { updateId: inbound.eventId, canDeleteInput: false });
        if (!replies) return;
        for (const message of toZaloMessages(replies, 0)) await api.sendMessage(inbound.chatId, message.text);
      })
      .catch((err: unknown) => opts.logger.warn({ err }, "zalo bot update failed"));
  };

  return {
    id: "zalo-bot",
    capabilities: ZALO_BOT_CAPABILITIES,
    routes: [],
    async start() {
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
      await queue.drain();
    },
  };
}
