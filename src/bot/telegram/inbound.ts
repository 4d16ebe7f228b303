/**
 * Maps a Telegram update to an engine input. Only what the engine understands gets through; every
 * other kind of message (stickers, photos, voice) becomes "unsupported", which gets a kind answer.
 */
import { decodeButton } from "../../flows/buttons.js";
import type { EngineInput } from "../../flows/types.js";
import { CITIZEN_COMMANDS as commands, outOfBandInput } from "../citizen-commands.js";
import type { BotContext } from "./context.js";


export function toEngineInput(ctx: BotContext): EngineInput | null {
  if (ctx.callbackQuery) return outOfBandInput(ctx.callbackQuery.data ?? "") ?? { kind: "button", data: ctx.callbackQuery.data ?? "" };
  const message = ctx.message;
  if (!message) return null;
  const text = message.text;
  if (text === undefined) return message.caption ? { kind: "unsupported", caption: message.caption } : { kind: "unsupported" };
  const command = /^\/([a-z_]+)(?:@\w+)?(?:\s|$)/i.exec(text);
  if (command) return commands[command[1]!.toLowerCase()] ?? { kind: "unknown_command" };
  return { kind: "text", text };
}

/**
 * Whether an update is a step of the citizen conversation (plain text, a guide button, /start…)
 * rather than something a feature acts on (officials' commands, their buttons, membership changes).
 */
export function isGuideInput(ctx: BotContext): boolean {
  if (ctx.callbackQuery) return decodeButton(ctx.callbackQuery.data ?? "") !== null || outOfBandInput(ctx.callbackQuery.data ?? "") !== null;
  const text = ctx.message?.text;
  if (!ctx.message || ctx.chat?.type !== "private") return false;
  const command = text === undefined ? null : /^\/([a-z_]+)/i.exec(text);
  return !command || command[1]!.toLowerCase() in commands;
}
