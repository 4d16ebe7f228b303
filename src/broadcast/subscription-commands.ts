/**
 * `/dangky` and `/huy` for every channel that can push, and what happens when a person leaves the
 * channel (blocks the Telegram bot, unfollows the Zalo OA): the subscription changes and the chat
 * state's `remind` flag follows, so the guided conversation shows the same choice. Each answer is
 * a text in the person's language; the channel only shows it.
 */
import type { ChatAddress, ChatStateStore } from "../flows/state-store.js";
import type { Lang } from "../flows/types.js";
import type { Translator } from "../i18n/translator.js";
import type { UnitCatalogue } from "../units/catalogue.js";
import { recipientId } from "./recipient.js";
import type { ConsentSource, SubscriptionStore } from "./subscriptions.js";
import { unitName } from "../units/unit-text.js";

export interface SubscriptionParts {
  subscriptions: SubscriptionStore;
  stateStore: Pick<ChatStateStore, "read" | "update">;
  texts: Translator;
  units: UnitCatalogue;
  now: () => number;
}

export class SubscriptionCommands {
  constructor(private readonly parts: SubscriptionParts) {}

  /** The answer to `/dangky` or `/huy` typed as `text`, or null for any other text. */
  async handle(chat: ChatAddress, text: string, langHint?: Lang): Promise<string | null> {
    const command = /^\/(dangky|huy)(?:@\w+)?\s*$/i.exec(text.trim())?.[1]?.toLowerCase();
    if (command === "dangky") return this.subscribe(chat, langHint);
    if (command === "huy") return this.unsubscribe(chat, langHint);
    return null;
  }

  /** Subscribes the chat for the commune it chose in onboarding; says so, or asks for the commune. */
  async subscribe(chat: ChatAddress, langHint?: Lang): Promise<string> {
    const { subscriptions, stateStore, texts, units } = this.parts;
    const state = await stateStore.read(chat);
    const lang = state?.lang ?? langHint ?? "vi";
    const unit = state?.unit ? units.byCode(state.unit) : undefined;
    if (!unit) return texts.t(lang, "sub-need-unit");
    await subscriptions.subscribe(recipientId(chat), { unit: unit.code, lang, source: "command" });
    await this.#remember(chat, true);
    return texts.t(lang, "sub-on", { unit: unitName(unit, lang) });
  }

  async unsubscribe(chat: ChatAddress, langHint?: Lang): Promise<string> {
    const { subscriptions, stateStore, texts } = this.parts;
    const lang = (await stateStore.read(chat))?.lang ?? langHint ?? "vi";
    const removed = await subscriptions.unsubscribe(recipientId(chat), "command");
    await this.#remember(chat, false);
    return texts.t(lang, removed ? "sub-off" : "sub-already-off");
  }

  /** The person left the channel: no more reminders. True when a subscription ended. */
  async left(chat: ChatAddress, source: Extract<ConsentSource, "kicked" | "unfollow">): Promise<boolean> {
    const removed = await this.parts.subscriptions.unsubscribe(recipientId(chat), source);
    await this.#remember(chat, false);
    return removed;
  }

  /** Mirrors the choice into the chat state, when the chat has one (a compare-and-set write). */
  async #remember(chat: ChatAddress, remind: boolean): Promise<void> {
    const { stateStore, now } = this.parts;
    const state = await stateStore.read(chat);
    if (!state || state.remind === remind) return;
    await stateStore.update(chat, undefined, (current) => ({ state: { ...current!, remind, remindAt: now() } }));
  }
}
