/**
 * The language to answer a citizen in, outside the guided conversation: the one they chose in the
 * bot, else their Telegram app's language, else Vietnamese.
 */
import type { ChatStateStore } from "../../../flows/state-store.js";
import type { Lang } from "../../../flows/types.js";
import type { BotContext } from "../context.js";

export async function citizenLang(ctx: BotContext, stateStore: Pick<ChatStateStore, "read">): Promise<Lang> {
  if (ctx.chat) {
    const state = await stateStore.read({ channel: "telegram", id: String(ctx.chat.id) }).catch(() => null);
    if (state?.lang) return state.lang;
  }
  const hint = ctx.from?.language_code?.slice(0, 2).toLowerCase();
  return hint === "km" || hint === "en" ? hint : "vi";
}
