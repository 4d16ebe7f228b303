/**
 * The Telegram bot. The middleware order is written here, once:
 *
 *   1. a pino child logger per update
 *   2. sequentialize by chat: one chat's updates in order, other chats in parallel (long polling,
 *      where one process gets every update in order; behind a load balancer the Assistant orders a
 *      chat's updates across instances by update_id instead, see chat-turns.ts)
 *   3. answer every callback query at once (stops the spinner, even for stale buttons)
 *   4. in groups, commands other than GROUP_COMMANDS get "use a private chat" and stop here, so no
 *      feature can post figures, schedules or role details into a group
 *   5. feature composers; an update that is not a guide step is claimed first (`claims`), so a
 *      command delivered twice acts once (a guide step delivered twice is recognised by the chat's
 *      state, which shows its answer again) (officials' statistics, task-force broadcasts, …) in the order given;
 *      each handles its own commands and buttons and passes everything else on
 *   6. the citizen conversation: every other message and button goes to the Assistant
 *
 * API calls retry by themselves on 429 and 5xx (auto-retry plugin).
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, Composer, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import type { Reply } from "../../flows/types.js";
import type { Assistant } from "../assistant.js";
import type { UpdateClaims } from "../update-claims.js";
import type { BotContext } from "./context.js";
import { isGuideInput, toEngineInput } from "./inbound.js";
import { sendReplies } from "./outbound.js";

export interface TelegramBotOptions {
  token: string;
  apiRoot: string;
  assistant: Assistant;
  logger: Logger;
  /** Skips getMe (tests that build updates by hand). */
  botInfo?: UserFromGetMe;
  /** Feature composers installed before the citizen conversation (see the order above). */
  features?: Composer<BotContext>[];
  /**
   * API transformers that must see every attempt of a call, retries included (the broadcast
   * module's reply pacer): installed inside auto-retry.
   */
  transformers?: Transformer[];
  /** Update claims, so features act once per update; without them features see every delivery. */
  claims?: UpdateClaims;
  /**
   * Webhook mode: updates may reach several instances, so a chat's guide updates are ordered in
   * Redis by update_id (the Assistant's turns) rather than in this process.
   */
  orderAcrossInstances?: boolean;
}

export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;

/** Commands that make sense in a family group: checking that a broadcast is genuine. */
export const GROUP_COMMANDS: ReadonlySet<string> = new Set(["kiemtra"]);
const PRIVATE_ONLY = "Vui lòng dùng lệnh này trong tin nhắn riêng với trợ lý.";

export function createTelegramBot(opts: TelegramBotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(opts.token, { client: { apiRoot: opts.apiRoot }, botInfo: opts.botInfo });
  // The transformer installed last runs first: auto-retry wraps the others, so they see each attempt.
  bot.api.config.use(...(opts.transformers ?? []));
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));

  bot.use((ctx, next) => {
    ctx.log = opts.logger.child({ update_id: ctx.update.update_id, chat: ctx.chat?.id });
    return next();
  });
  // A command that failed (Redis away, a bug): the person is told to try again, never left waiting.
  // An error boundary rather than bot.catch, which only long polling calls: webhooks get it too.
  const app = bot.errorBoundary(async ({ error, ctx }) => {
    ctx.log.error({ err: error }, "unhandled error in an update");
    if (ctx.chat?.type !== "private") return;
    await ctx.reply(opts.assistant.busyReply(ctx.from?.language_code).text).catch(() => undefined);
  });
  // Both would deadlock: an earlier update arriving second waits here behind one waiting for it there.
  if (!opts.orderAcrossInstances) app.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));

  app.on("callback_query", async (ctx, next) => {
    await ctx.answerCallbackQuery().catch((err: unknown) => ctx.log.warn({ err }, "could not answer a callback query"));
    await next();
  });

  app.chatType(["group", "supergroup"]).on("message::bot_command", async (ctx, next) => {
    const command = /^\/([a-z_]+)/i.exec(ctx.message.text ?? "")?.[1]?.toLowerCase();
    if (command && GROUP_COMMANDS.has(command)) return next();
    await ctx.reply(PRIVATE_ONLY);
  });

  const features = new Composer<BotContext>(...(opts.features ?? []));
  app.lazy(async (ctx) => {
    // Guide steps are recognised by the chat's state (and show their answer again); anything else
    // a feature may act on is claimed once, so a command delivered twice acts once.
    if (!opts.claims || isGuideInput(ctx)) return features;
    return (await opts.claims.claim("telegram", ctx.update.update_id)) ? features : [];
  });

  // Groups and channels are not for guidance: the bot speaks in private chats only.
  const citizen = app.chatType("private");
  citizen.on(["message", "callback_query"], async (ctx) => {
    const input = toEngineInput(ctx);
    if (!input) return;
    const replies = await opts.assistant.handle(
      { channel: "telegram", id: String(ctx.chat.id) },
      input,
      {
        updateId: String(ctx.update.update_id),
        localeHint: ctx.from?.language_code,
        // Across instances: in update_id order, each update's replies sent before the next runs.
        ...(opts.orderAcrossInstances ? { order: ctx.update.update_id, deliver: (r: Reply[]) => sendReplies(ctx, r) } : {}),
      },
    );
    if (replies) await sendReplies(ctx, replies);
  });
  return bot;
}
