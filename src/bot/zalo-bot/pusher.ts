/**
 * The Zalo Bot Platform as a handoff pusher (src/bot/handoff-relay.ts). It has no buttons: the
 * choices are written out as the commands to type.
 */
import type { HandoffPusher } from "../handoff-relay.js";
import type { ZaloBotApi } from "./api.js";

export function zaloBotPusher(api: Pick<ZaloBotApi, "sendMessage">): HandoffPusher {
  return {
    async send(id, text, buttons = []) {
      const typed = buttons.filter((b) => !b.data.startsWith("hd:f:")).map((b) => `${b.label}: gõ ${b.data}`);
      await api.sendMessage(id, [text, ...typed].join("\n").slice(0, 2000));
      return "";
    },
  };
}
