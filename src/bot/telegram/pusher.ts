/** Telegram as a handoff pusher (src/bot/handoff-relay.ts): one button per row, big targets. */
import type { Api } from "grammy";
import type { HandoffPusher } from "../handoff-relay.js";
import { actionMarkup } from "./outbound.js";

export function telegramPusher(api: Api): HandoffPusher {
  return {
    async send(id, text, buttons = []) {
      return String((await api.sendMessage(Number(id), text, { ...actionMarkup(buttons), link_preview_options: { is_disabled: true } })).message_id);
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
