/**
 * The Telegram side of broadcasts: the commands of citizens (/dangky, /huy, /kiemtra), of the task
 * force (/thongbao, /dungthongbao) and of admins (/lichnhac), and the reply pacer that makes the
 * bot's own replies take their share of the bulk budget. Built from the channel-neutral broadcast
 * module's parts.
 */
import type { Composer, Transformer } from "grammy";
import type { BroadcastParts } from "../../broadcast/module.js";
import type { BotContext } from "./context.js";
import { broadcastFeature } from "./features/broadcast.js";
import { remindersFeature } from "./features/reminders.js";
import { subscriptionsFeature } from "./features/subscriptions.js";
import { verifyFeature } from "./features/verify.js";
import { replyPacer } from "./reply-pacer.js";

export interface TelegramBroadcast {
  /** For createTelegramBot({ features }), in order. */
  features: Composer<BotContext>[];
  /**
   * For createTelegramBot({ transformers }): each reply takes a slot from the bulk budget, so replies
   * and bulk messages together stay within Telegram's limit.
   */
  replyPacer: Transformer;
}

export function telegramBroadcast(parts: BroadcastParts): TelegramBroadcast {
  return {
    features: [subscriptionsFeature(parts.subscriptionCommands), verifyFeature(parts), broadcastFeature(parts), remindersFeature(parts)],
    replyPacer: replyPacer(parts),
  };
}
