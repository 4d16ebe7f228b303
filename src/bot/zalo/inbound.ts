/**
 * Maps a Zalo OA webhook event to an engine input. Button taps arrive as the user's text carrying
 * the button payload (`oa.query.hide`): the engine recognises and checks those itself.
 */
import type { EngineInput } from "../../flows/types.js";
import { citizenCommand, outOfBandInput } from "../citizen-commands.js";

export interface ZaloEvent {
  app_id?: string;
  event_name?: string;
  timestamp?: string;
  sender?: { id?: string };
  follower?: { id?: string };
  info?: { phone?: string | number };
  message?: { msg_id?: string; text?: string };
}

export type ZaloInbound = (
  | {
      userId: string;
      /** Zalo's id of this event, so a redelivery is recognised. */
      eventId: string;
      input: EngineInput;
    }
  /** The person unfollowed the OA: no answer, no more reminders. */
  | { userId: string; eventId: string; unfollow: true }
  /** The person shared their phone number (Zalo's info card), after an official asked. */
  | { userId: string; eventId: string; sharedPhone: string }
) & {
  /** When the person sent it (Zalo's timestamp, ms), which orders a person's events; absent if Zalo gave none. */
  sentAt?: number;
};

/** The input of an event for the guide, or null for events the bot does not answer (echoes, receipts…). */
export function fromZaloEvent(event: ZaloEvent): ZaloInbound | null {
  const inbound = mapEvent(event);
  const sentAt = Number(event.timestamp);
  return inbound && Number.isSafeInteger(sentAt) && sentAt > 0 ? { ...inbound, sentAt } : inbound;
}

function mapEvent(event: ZaloEvent): ZaloInbound | null {
  const name = event.event_name ?? "";
  if (name === "follow" && event.follower?.id) {
    return { userId: event.follower.id, eventId: `follow:${event.follower.id}:${event.timestamp ?? ""}`, input: { kind: "start" } };
  }
  if (name === "unfollow" && event.follower?.id) {
    return { userId: event.follower.id, eventId: `unfollow:${event.follower.id}:${event.timestamp ?? ""}`, unfollow: true };
  }
  if (name === "user_submit_info" && event.sender?.id && event.info?.phone) {
    return { userId: event.sender.id, eventId: `info:${event.sender.id}:${event.timestamp ?? ""}`, sharedPhone: String(event.info.phone) };
  }
  // The OA's own messages come back as oa_send_* events: answering them would loop.
  if (!name.startsWith("user_send_") && !name.startsWith("anonymous_send_")) return null;
  const userId = event.sender?.id;
  const eventId = event.message?.msg_id;
  if (!userId || !eventId) return null;
  if (name.endsWith("_send_text")) {
    const text = event.message?.text ?? "";
    return { userId, eventId, input: citizenCommand(text) ?? outOfBandInput(text) ?? { kind: "text", text } };
  }
  // Stickers, images, voice, files, locations: a kind "please type or tap", and the screen again.
  const caption = event.message?.text;
  return { userId, eventId, input: caption ? { kind: "unsupported", caption } : { kind: "unsupported" } };
}
