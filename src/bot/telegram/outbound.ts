/**
 * Shows engine replies in Telegram: inline keyboards, one button per row as the engine lays them
 * out, texts split at Telegram's 4096-character limit, and an in-place edit for checklist ticks.
 */
import { GrammyError, InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { Reply } from "../../flows/types.js";
import type { BotContext } from "./context.js";
import { splitText as split } from "../../text/split.js";

/** Splits a text at Telegram's limit (see src/text/split.ts). */
export function splitText(text: string, limit: number = TELEGRAM_LIMITS.textLength): string[] {
  return split(text, limit);
}

/** Telegram's limits, declared once: the adapter never sends what Telegram would refuse. */
export const TELEGRAM_LIMITS = { textLength: 4096, callbackDataBytes: 64 } as const;

/** `reply_markup` for buttons outside a guide screen (one per row), or nothing when there are none. */
export function actionMarkup(buttons: readonly { label: string; data: string }[] = []): { reply_markup?: InlineKeyboard } {
  const keyboard = keyboardOf({ text: "", buttons: buttons.map((b) => [b]) });
  return keyboard ? { reply_markup: keyboard } : {};
}

export function keyboardOf(reply: Reply): InlineKeyboard | undefined {
  if (!reply.buttons?.length) return undefined;
  const rows = reply.buttons.map((row) =>
    row.flatMap((b): InlineKeyboardButton[] => {
      if ("url" in b) return [InlineKeyboard.url(b.label, b.url)];
      // A payload that would not fit is dropped rather than failing the whole message.
      return Buffer.byteLength(b.data) <= TELEGRAM_LIMITS.callbackDataBytes ? [InlineKeyboard.text(b.label, b.data)] : [];
    }),
  );
  return InlineKeyboard.from(rows);
}

/**
 * Joins a text-only reply to the one after it ("✅ Bác đã chọn xã Trà Cú." + the next step) when
 * they fit in one message: one notification instead of two for an elderly reader, and Telegram
 * allows about one message per second in a chat, so a second message would wait or be refused.
 */
export function mergeReplies(replies: readonly Reply[]): Reply[] {
  const merged: Reply[] = [];
  for (const reply of replies) {
    const previous = merged.at(-1);
    const joinable = previous && !previous.buttons?.length && !previous.replace && !reply.replace && !reply.deleteInput;
    const text = joinable ? `${previous.text}\n\n${reply.text}` : "";
    if (joinable && text.length <= TELEGRAM_LIMITS.textLength) merged[merged.length - 1] = { ...reply, text, deleteInput: previous.deleteInput };
    else merged.push(reply);
  }
  return merged;
}

export async function sendReplies(ctx: BotContext, replies: Reply[]): Promise<void> {
  for (const reply of mergeReplies(replies)) {
    if (reply.deleteInput && ctx.message) {
      await ctx.deleteMessage().catch((err: unknown) => ctx.log.debug({ err }, "could not delete a message with a secret"));
    }
    const keyboard = keyboardOf(reply);
    if (reply.replace && ctx.callbackQuery?.message && (await tryEdit(ctx, reply, keyboard))) continue;
    const chunks = splitText(reply.text);
    for (const [i, chunk] of chunks.entries()) {
      await ctx.reply(chunk, i === chunks.length - 1 && keyboard ? { reply_markup: keyboard } : {});
    }
  }
}

async function tryEdit(ctx: BotContext, reply: Reply, keyboard: InlineKeyboard | undefined): Promise<boolean> {
  if (reply.text.length > TELEGRAM_LIMITS.textLength) return false;
  try {
    await ctx.editMessageText(reply.text, keyboard ? { reply_markup: keyboard } : {});
    return true;
  } catch (err) {
    // "message is not modified" means it already shows this; anything else: send a new message.
    if (err instanceof GrammyError && err.description.includes("not modified")) return true;
    ctx.log.debug({ err }, "edit failed; sending a new message instead");
    return false;
  }
}
