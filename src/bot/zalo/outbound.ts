/**
 * Shows engine replies in Zalo: at most 2,000 characters a message (split on sentences), at most 5
 * buttons (`oa.query.hide`, whose payload comes back as the user's text: the engine checks it like a
 * press; links as `oa.open.url`). A screen with more buttons becomes a numbered menu in the text:
 * the person types the number, which the engine maps to the same button.
 */
import type { Reply } from "../../flows/types.js";
import { splitText } from "../../text/split.js";
import type { ZaloButton, ZaloMessage } from "./api.js";

export const ZALO_LIMITS = { textLength: 2000, buttons: 5, buttonTitle: 100 } as const;

/** Said under a numbered menu, in the three languages (the reply does not carry its language). */
const TYPE_A_NUMBER = "👉 Gõ số để chọn · វាយលេខដើម្បីជ្រើស · Type a number to choose";

/** `maxButtons` 0 (the Zalo Bot Platform has none): every screen is a numbered menu. */
export function toZaloMessages(replies: readonly Reply[], maxButtons: number = ZALO_LIMITS.buttons): ZaloMessage[] {
  const messages: ZaloMessage[] = [];
  for (const reply of replies) {
    const all = (reply.buttons ?? []).flat();
    const actions = all.flatMap((b) => ("data" in b ? [b] : []));
    let text = reply.text;
    let buttons: ZaloButton[] = [];
    if (all.length <= maxButtons) {
      buttons = all.map((b) => ("url" in b ? { title: cut(b.label), type: "oa.open.url", payload: { url: b.url } } : { title: cut(b.label), type: "oa.query.hide", payload: b.data }));
    } else if (all.length > 0) {
      // Numbers follow the order of the screen's action buttons, as the engine counts them.
      const menu = actions.map((b, i) => `${i + 1}. ${b.label}`);
      const links = all.flatMap((b) => ("url" in b ? [`🔗 ${b.label}: ${b.url}`] : []));
      text = [text, menu.join("\n"), ...links, TYPE_A_NUMBER].join("\n\n");
    }
    const chunks = splitText(text, ZALO_LIMITS.textLength);
    chunks.forEach((chunk, i) => messages.push(i === chunks.length - 1 && buttons.length > 0 ? { text: chunk, buttons } : { text: chunk }));
  }
  return messages;
}

/**
 * Buttons outside a guide screen (officials' actions, the delete button) as `oa.query.hide`. More than
 * Zalo shows (the communes to hand a question to): none, the text says what to type instead.
 */
export function zaloActions(buttons: readonly { label: string; data: string }[] = []): ZaloButton[] {
  if (buttons.length > ZALO_LIMITS.buttons) return [];
  return buttons.map((b) => ({ title: cut(b.label), type: "oa.query.hide", payload: b.data }));
}

const cut = (title: string) => [...title].slice(0, ZALO_LIMITS.buttonTitle).join("");
