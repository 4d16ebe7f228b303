/**
 * Something that wants to hear about engine events once a chat's update has been handled
 * (subscriptions, drop-off statistics). Defined beside the engine, so domain modules can listen
 * without knowing the channels.
 */
import type { ChatAddress } from "./state-store.js";
import type { EngineEvent } from "./types.js";

export type EventListener = (chat: ChatAddress, event: EngineEvent) => Promise<void> | void;
