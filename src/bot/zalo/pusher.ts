/**
 * The Zalo OA as a handoff pusher (src/bot/handoff-relay.ts): buttons as `oa.query.hide`, whose
 * payload comes back as the person's text (the channel hands `hd:` payloads to HandoffCommands).
 */
import type { HandoffPusher } from "../handoff-relay.js";
import type { ZaloOaApi } from "./api.js";
import { zaloActions, ZALO_LIMITS } from "./outbound.js";

export function zaloPusher(api: Pick<ZaloOaApi, "sendCs" | "requestUserInfo">): HandoffPusher {
  return {
    requestPhone: (id, text, buttonLabel) => api.requestUserInfo(id, buttonLabel, text),
    send: (id, text, buttons = []) =>
      api.sendCs(id, {
        text: [...text].slice(0, ZALO_LIMITS.textLength).join(""),
        buttons: zaloActions(buttons.slice(0, ZALO_LIMITS.buttons)),
      }),
  };
}
