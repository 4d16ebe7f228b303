/**
 * Keeps subscriptions in step with what citizens choose in the guided conversation: the engine
 * emits `reminders_changed` when someone gives or withdraws consent in onboarding or changes their
 * commune. Chats of channels that cannot push (the web chat) are ignored.
 */
import type { Logger } from "pino";
import type { EventListener } from "../flows/event-listener.js";
import type { ChatStateStore } from "../flows/state-store.js";
import { recipientId } from "./recipient.js";
import type { SubscriptionStore } from "./subscriptions.js";

/**
 * The listener to hand to the Assistant (`listeners`). It reads the chat's language from the state
 * store, because the event carries only the consent and the commune.
 */
export function subscriptionListener(store: SubscriptionStore, stateStore: Pick<ChatStateStore, "read">, pushing: ReadonlySet<string>, logger: Logger): EventListener {
  return async (chat, event) => {
    if (event.type !== "reminders_changed" || !pushing.has(chat.channel)) return;
    const to = recipientId(chat);
    if (!event.remind) {
      await store.unsubscribe(to, "onboarding");
      return;
    }
    if (!event.unit) {
      logger.warn({ chat: chat.id }, "reminders consent without a commune; not subscribed");
      return;
    }
    const state = await stateStore.read(chat);
    await store.subscribe(to, { unit: event.unit, lang: state?.lang ?? "vi", source: "onboarding" });
  };
}
