/**
 * Delivers the handoff outbox (src/handoff/module.ts) on the channels: questions to officials,
 * answers and the "were you helped?" question to citizens, each on the channel its recipient id
 * names. Each message is delivered once: a mark is taken before sending and kept after, so an
 * outbox entry handled again after a crash is not sent twice (one whose send was in flight at the
 * crash is logged as unsure, never resent), and one never sent is sent by whichever instance
 * reclaims it.
 */
import type { RedisClient } from "../redis/connection.js";
import type { Logger } from "pino";
import { recipientAddress } from "../broadcast/recipient.js";
import type { Handoff, OutboxMessage } from "../handoff/module.js";
import type { Translator } from "../i18n/translator.js";
import { startInboxWorker, type InboxWorker } from "../redis/durable-stream.js";
import type { StatsNames } from "../stats/stats-names.js";
import type { UnitCatalogue } from "../units/catalogue.js";
import { handoffTexts as H } from "./handoff-texts.js";

export interface PushButton {
  label: string;
  data: string;
}

/** What a channel must do for handoff: send a text with buttons, and (if it can) edit one. */
export interface HandoffPusher {
  /** Sends to the chat `id` (the channel's own id); resolves the message id. */
  send(id: string, text: string, buttons?: PushButton[]): Promise<string>;
  /** Asks the person to share their phone number with one tap (Telegram's contact button, Zalo's info request). */
  requestPhone?(id: string, text: string, buttonLabel: string): Promise<string>;
  edit?(id: string, messageId: string, text: string): Promise<void>;
  /** False for a channel without buttons: a question only a button could answer is not asked there. */
  readonly buttons?: false;
}

/** Sending marks outlive any redelivery of the outbox by far. */
const MARK_TTL_SECONDS = 30 * 86_400;
const SENDING_LEASE_MS = 60_000;

export interface RelayDeps {
  redis: RedisClient;
  handoff: Handoff;
  pushers: ReadonlyMap<string, HandoffPusher>;
  texts: Translator;
  units: UnitCatalogue;
  /** "Khai sinh, bước Giấy tờ" for a "flow/step" place, for officials. */
  describeWhere: (where: string) => string;
  logger: Logger;
}

/** "Khai sinh · bước papers (Giấy tờ cần chuẩn bị…)" for a "flow/step" place, as officials read it. */
export function describeWhere(names: StatsNames, where: string): string {
  const [flow = "", step = ""] = where.split("/");
  return `${names.flow(flow)} · ${names.step(flow, step).label}`;
}

export function startHandoffRelay(deps: RelayDeps): Promise<InboxWorker> {
  const { redis, handoff, logger } = deps;
  const deliver = async (message: OutboxMessage) => {
    const address = recipientAddress(message.to);
    const pusher = deps.pushers.get(address.channel);
    if (!pusher) return void logger.warn({ channel: address.channel, kind: message.kind }, "no channel to deliver a handoff message on; dropped");
    const mark = handoff.keys.delivered(message.id);
    if ((await redis.set(mark, "sending", "PX", SENDING_LEASE_MS, "NX")) !== "OK") {
      if ((await redis.get(mark)) !== "sent") logger.warn({ kind: message.kind }, "a handoff message was being sent when its worker died; not sent again");
      return;
    }
    try {
      const messageId = await send(deps, pusher, address.id, message);
      await redis.set(mark, "sent", "EX", MARK_TTL_SECONDS);
      if (message.kind === "notice" && messageId) await handoff.tickets.rememberNotice(message.code, message.to, messageId);
    } catch (err) {
      // Not sent: the mark goes, and the entry stays in the outbox to be tried again.
      await redis.del(mark);
      throw err;
    }
  };
  return startInboxWorker({
    redis,
    keys: handoff.outbox,
    logger,
    parse: (raw) => JSON.parse(raw) as OutboxMessage,
    handle: deliver,
  });
}

/** The notice of a question for officials: its first message, or `index`. */
export async function noticeText(deps: Pick<RelayDeps, "handoff" | "units" | "describeWhere">, code: string, index = 0): Promise<string | null> {
  const ticket = await deps.handoff.tickets.get(code, deps.handoff.now);
  const question = ticket && (await deps.handoff.tickets.message(code, index));
  if (!ticket || !question) return null;
  const unit = deps.units.byCode(ticket.unit)?.name ?? H.noUnit;
  return H.notice({ code, unit, lang: ticket.lang, where: ticket.where ? deps.describeWhere(ticket.where) : null, text: question.text, followUp: index > 0 });
}

/** Updates the other officials' notices of `code`: someone took it. */
export async function markTaken(deps: Pick<RelayDeps, "handoff" | "units" | "describeWhere" | "pushers">, code: string, taker: string, who: string): Promise<void> {
  const text = await noticeText(deps, code);
  if (!text) return;
  for (const notice of await deps.handoff.tickets.noticesOf(code)) {
    if (notice.official === taker) continue;
    const address = recipientAddress(notice.official);
    await deps.pushers.get(address.channel)?.edit?.(address.id, notice.messageId, text + H.takenNote(who)).catch(() => undefined);
  }
}

async function send(deps: RelayDeps, pusher: HandoffPusher, id: string, message: OutboxMessage): Promise<string | null> {
  const { handoff, texts, units } = deps;
  const ticket = await handoff.tickets.get(message.code, handoff.now);
  if (!ticket) return null;
  const unitName = units.byCode(ticket.unit)?.name ?? H.noUnit;
  const lang = ticket.lang;
  switch (message.kind) {
    case "notice": {
      const text = await noticeText(deps, message.code, message.index);
      if (!text) return null;
      return pusher.send(id, text, [
        { label: H.replyButton, data: `hd:r:${ticket.code}` },
        { label: H.takeButton, data: `hd:t:${ticket.code}` },
        { label: H.closeButton, data: `hd:c:${ticket.code}` },
        { label: H.phoneButton, data: `hd:p:${ticket.code}` },
        { label: H.moveButton, data: `hd:m:${ticket.code}` },
      ]);
    }
    case "answer": {
      const answer = await handoff.tickets.message(message.code, message.index);
      if (!answer) return null;
      const who = texts.t(lang, "handoff-who", { unit: unitName });
      return pusher.send(id, `${texts.t(lang, "handoff-answer", { who, code: ticket.code, text: answer.text })}\n\n${texts.t(lang, "handoff-answer-hint")}`);
    }
    case "phoneRequest": {
      const text = texts.t(lang, "handoff-phone-ask", { unit: unitName, code: ticket.code });
      if (pusher.requestPhone) return pusher.requestPhone(id, text, texts.t(lang, "handoff-phone-button"));
      return pusher.send(id, texts.t(lang, "handoff-phone-ask-call", { unit: unitName, code: ticket.code }));
    }
    case "phone":
      return pusher.send(id, H.phoneShared(ticket.code, message.phone));
    case "closed":
      if (pusher.buttons === false) return pusher.send(id, texts.t(lang, "handoff-closed-plain", { code: ticket.code }));
      return pusher.send(id, texts.t(lang, "handoff-closed", { code: ticket.code }), [
        { label: texts.t(lang, "handoff-feedback-up"), data: `hd:f:${ticket.code}:u` },
        { label: texts.t(lang, "handoff-feedback-down"), data: `hd:f:${ticket.code}:d` },
      ]);
  }
}
