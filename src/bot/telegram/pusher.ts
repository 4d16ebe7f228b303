/** Telegram as a handoff pusher (src/bot/handoff-relay.ts): one button per row, big targets. */
import { InlineKeyboard, type Api } from "grammy";
import type { HandoffPusher } from "../handoff-relay.js";

export function telegramPusher(api: Api): HandoffPusher {
  return {
    async send(id, text, buttons = []) {
      const markup = buttons.length > 0 ? { reply_markup: InlineKeyboard.from(buttons.map((b) => [InlineKeyboard.text(b.label, b.data)])) } : {};
      return String((await api.sendMessage(Number(id), text, { ...markup, link_preview_options: { is_disabled: true } })).message_id);
    },
    async requestPhone(id, text, buttonLabel) {
      const keyboard = { keyboard: [[{ text: buttonLabel, request_contact: true }]], one_time_keyboard: true, resize_keyboard: true };
      return String((await api.sendMessage(Number(id), text, { reply_markup: keyboard })).message_id);
    },
    async edit(id, messageId, text) {
      await api.editMessageText(Number(id), Number(messageId), text);
    },
  };
}
