/**
 * The commune's Zalo Official Account as a channel module: the signed webhook (POST /zalo/webhook),
 * the stream worker that answers each event, the token keeper and the OA API client.
 *
 * Zalo cannot delete a user's message: when someone types a secret, the warning asks them to
 * delete it themselves. Customer-service messages fail with -230 after 7 days without interaction;
 * an answer always follows the user's own message, so that only happens to late redeliveries.
 */
import type { RedisClient } from "../../redis/connection.js";
import type { Logger } from "pino";
import type { ZaloConfig } from "../../config.js";
import type { Assistant } from "../assistant.js";
import type { ChannelCapabilities, ChannelModule } from "../channel.js";
import { KeyedQueue } from "../keyed-queue.js";
import { HandoffCommands } from "../handoff-commands.js";
import { PersonalDataCommands } from "../personal-data-commands.js";
import type { OfficialReply, OfficialsCommands } from "../officials-commands.js";
import { T } from "../officials-texts.js";
import { plainText } from "../report-text.js";
import type { SubscriptionCommands } from "../../broadcast/subscription-commands.js";
import { ZALO_OUT_OF_WINDOW, ZaloApiError, type ZaloMessage, type ZaloOaApi } from "./api.js";
import { createZaloClient, type ZaloClient } from "./client.js";
import type { ChatTurns } from "../chat-turns.js";
import { startInboxWorker, type InboxWorker } from "../../redis/durable-stream.js";
import { parseZaloEvent, ZALO_WEBHOOK_PATH, zaloIngressKeys, zaloWebhookRoutes } from "./ingress.js";
import type { ZaloInbound } from "./inbound.js";
import { toZaloMessages, zaloActions, ZALO_LIMITS } from "./outbound.js";
import type { ZaloTokenKeeper } from "./token-keeper.js";

export const ZALO_CAPABILITIES: ChannelCapabilities = {
  maxButtons: ZALO_LIMITS.buttons,
  textLimit: ZALO_LIMITS.textLength,
  markup: "plain",
  canEdit: false,
  canDeleteUserMessage: false,
  push: "window",
};

export interface ZaloChannel extends ChannelModule {
  tokens: ZaloTokenKeeper;
  api: ZaloOaApi;
}

export interface ZaloChannelOptions {
  config: ZaloConfig;
  assistant: Assistant;
  redis: RedisClient;
  prefix: string;
  logger: Logger;
  /** Officials' /kichhoat, /thongke, /xuatbaocao and /baocaongay. */
  officials?: OfficialsCommands;
  /** /kiemtra, or a pasted broadcast: its answer in the chat's language, or null for other text. */
  verify?: (text: string, chat: { channel: "zalo"; id: string }) => Promise<string | null>;
  /** /dulieu and /xoadulieu (and the delete button). */
  personalData?: PersonalDataCommands;
  /** Questions to officials: their buttons and commands, and citizens' 👍/👎. */
  handoff?: HandoffCommands;
  /** /dangky and /huy, and what an `unfollow` ends (when the OA sends reminders). */
  subscriptions?: SubscriptionCommands;
  /** The API client, when the app shares it with the bulk sender; made here otherwise. */
  client?: ZaloClient;
  /**
   * A person's events one at a time and in order across every instance (the app passes the
   * Assistant's); without it, in order within this process only.
   */
  turns?: ChatTurns;
  fetch?: typeof fetch;
}

export function zaloChannel(opts: ZaloChannelOptions): ZaloChannel {
  const { config, assistant, redis, logger } = opts;
  const keys = zaloIngressKeys(opts.prefix);
  const { tokens, api } = opts.client ?? createZaloClient({ config, redis, prefix: opts.prefix, logger, fetch: opts.fetch });
  const queue = new KeyedQueue();
  let worker: InboxWorker | null = null;

  /**
   * One user's events in order, each handled and answered before the next: across instances under
   * the chat's turn (chat-turns.ts), by when the person sent it, else by arrival; in-process without.
   */
  const handle = (inbound: ZaloInbound, arrived: number) => {
    const chat = { channel: "zalo" as const, id: inbound.userId };
    const order = inbound.sentAt !== undefined ? inbound.sentAt * 4096 : arrived;
    return opts.turns ? opts.turns.run(chat, order, () => answer(inbound)) : queue.run(inbound.userId, () => answer(inbound));
  };

  const answer = async (inbound: ZaloInbound) => {
      const chat = { channel: "zalo" as const, id: inbound.userId };
      // Whoever unfollows the OA gets no more reminders (and no answer: Zalo would refuse it).
      if ("unfollow" in inbound) {
        if (await opts.subscriptions?.left(chat, "unfollow")) logger.info("zalo follower left; unsubscribed");
        return;
      }
      if ("sharedPhone" in inbound) {
        const thanks = await opts.handoff?.sharePhone(`zalo:${inbound.userId}`, inbound.sharedPhone, inbound.eventId);
        if (thanks) await send(inbound.userId, { text: thanks });
        return;
      }
      // Seeing and deleting what we hold about this person.
      if (inbound.input.kind === "text" && opts.personalData && PersonalDataCommands.matches(inbound.input.text)) {
        const answer = await opts.personalData.handle(chat, inbound.input.text);
        if (answer) {
          const buttons = zaloActions(answer.buttons);
          await send(inbound.userId, buttons.length > 0 ? { text: answer.text, buttons } : { text: answer.text });
          return;
        }
      }
      // Citizens' questions: officials' buttons and commands, a citizen's 👍/👎 (payloads come back as text).
      if (inbound.input.kind === "text" && opts.handoff && HandoffCommands.matches(inbound.input.text)) {
        const id = `zalo:${inbound.userId}`;
        const answer = await opts.handoff.handle(id, id, inbound.input.text, `zalo:${inbound.eventId}`);
        if (answer) {
          const buttons = zaloActions(answer.buttons);
          await send(inbound.userId, buttons.length > 0 ? { text: answer.text, buttons } : { text: answer.text });
          return;
        }
      }
      // Officials work from Zalo too: /kichhoat, /thongke, /xuatbaocao, /baocaongay, for the id "zalo:<user>".
      if (inbound.input.kind === "text" && opts.officials) {
        const answer = await opts.officials.handle(`zalo:${inbound.userId}`, inbound.input.text);
        if (answer) {
          for (const reply of answer) await showOfficial(inbound.userId, reply);
          return;
        }
      }
      // /dangky, /huy; then a broadcast passed on by family, or /kiemtra: is it really from the task force?
      if (inbound.input.kind === "text") {
        const { text } = inbound.input;
        const answer = (await opts.subscriptions?.handle(chat, text)) ?? (await opts.verify?.(text, chat)) ?? null;
        if (answer) {
          for (const message of toZaloMessages([{ text: answer }])) await send(inbound.userId, message);
          return;
        }
      }
      // Zalo cannot take a secret off the screen: the Assistant asks the person to, in their language.
      const replies = await assistant.handle(chat, inbound.input, { updateId: inbound.eventId, canDeleteInput: false });
      if (!replies) return;
      for (const message of toZaloMessages(replies)) if (!(await send(inbound.userId, message))) return;
  };

  /** An officials' answer: texts and reports as plain text, files as attachments (else the report as text). */
  const showOfficial = async (userId: string, reply: OfficialReply) => {
    if ("text" in reply) return void (await send(userId, { text: reply.text }));
    if ("doc" in reply) {
      for (const text of plainText(reply.doc, ZALO_LIMITS.textLength)) await send(userId, { text });
      return;
    }
    try {
      await api.sendFile(userId, reply.file);
      if (reply.file.caption) await send(userId, { text: reply.file.caption });
    } catch (err) {
      logger.warn({ err, file: reply.file.name }, "zalo refused the file; the report goes as text");
      await send(userId, { text: T.fileRefused(reply.file.name) });
      for (const text of plainText(reply.fallback, ZALO_LIMITS.textLength)) await send(userId, { text });
    }
  };

  /** Sends one message; false when the user is out of Zalo's 7-day window (the rest is dropped too). */
  const send = async (userId: string, message: ZaloMessage): Promise<boolean> => {
    try {
      await api.sendCs(userId, message);
      return true;
    } catch (err) {
      if (err instanceof ZaloApiError && err.code === ZALO_OUT_OF_WINDOW) {
        logger.info({ userId }, "zalo user out of the 7-day window; answer dropped");
        return false;
      }
      throw err;
    }
  };

  return {
    id: "zalo",
    capabilities: ZALO_CAPABILITIES,
    tokens,
    api,
    routes: [{ path: ZALO_WEBHOOK_PATH, app: zaloWebhookRoutes({ redis, keys, appId: config.appId, oaSecretKey: config.oaSecretKey, logger }) }],
    async start() {
      worker = await startInboxWorker({ redis, keys, logger, parse: parseZaloEvent, handle });
      logger.info("zalo OA channel ready (webhook /zalo/webhook)");
    },
    async stop() {
      await worker?.stop();
      worker = null;
      await queue.drain();
    },
  };
}
