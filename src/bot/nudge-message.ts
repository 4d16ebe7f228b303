/**
 * The stall nudge as the person sees it (src/handoff/stall-nudges.ts decides who gets one): where
 * they stopped, and three buttons whose fixed payloads every channel maps to engine inputs
 * (src/bot/citizen-commands.ts: go on, ask an official, no thanks).
 */
import { recipientAddress } from "../broadcast/recipient.js";
import type { FlowCatalogue } from "../flows/catalogue.js";
import type { Nudge } from "../handoff/stall-nudges.js";
import type { Translator } from "../i18n/translator.js";
import type { HandoffPusher } from "./handoff-relay.js";

export async function sendNudge(deps: { pushers: ReadonlyMap<string, HandoffPusher> | null; texts: Translator; flows: FlowCatalogue }, nudge: Nudge): Promise<void> {
  const { texts } = deps;
  const address = recipientAddress(nudge.recipient);
  const pusher = deps.pushers?.get(address.channel);
  if (!pusher) return;
  const lang = nudge.state.lang ?? "vi";
  const guide = texts.t(lang, deps.flows.get(nudge.flow)?.def.title ?? nudge.flow);
  await pusher.send(address.id, texts.t(lang, "nudge-text", { guide, n: String((nudge.state.d ?? 0) + 1) }), [
    { label: texts.t(lang, "nudge-go"), data: "hd:n:go" },
    { label: texts.t(lang, "ask-button"), data: "hd:n:ask" },
    { label: texts.t(lang, "nudge-stop"), data: "hd:n:stop" },
  ]);
}
