/**
 * The Zalo Bot Platform as a handoff pusher (src/bot/handoff-relay.ts): citizens there get answers
 * and the "were you helped?" question as text. The platform has no buttons, and officials never work
 * from it (their ids are Telegram or Zalo OA ones), so choices are left out rather than spelled as
 * payloads nobody would type.
 */
import type { HandoffPusher } from "../handoff-relay.js";
import type { ZaloBotApi } from "./api.js";

export function zaloBotPusher(api: Pick<ZaloBotApi, "sendMessage">): HandoffPusher {
  return {
    buttons: false,
    async send(id, text) {
      await api.sendMessage(id, [...text].slice(0, 2000).join(""));
      return "";
    },
  };
}
