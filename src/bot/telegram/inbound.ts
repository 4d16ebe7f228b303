/**
 * Maps a Telegram update to an engine input. Only what the engine understands gets through; every
 * other kind of message (stickers, photos, voice) becomes "unsupported", which gets a kind answer.
 */
import type { EngineInput } from "../../flows/types.js";
import type { BotContext } from "./context.js";

const commands: Record<string, EngineInput> = {
  start: { kind: "start" },
  menu: { kind: "menu" },
  help: { kind: "help" },
  trogiup: { kind: "help" },
};

export function toEngineInput(ctx: BotContext): EngineInput | null {
  if (ctx.callbackQuery) return { kind: "button", data: ctx.callbackQuery.data ?? "" };
  const message = ctx.message;
  if (!message) return null;
  const text = message.text;
  if (text === undefined) return message.caption ? { kind: "unsupported", caption: message.caption } : { kind: "unsupported" };
  const command = /^\/([a-z_]+)(?:@\w+)?(?:\s|$)/i.exec(text);
  if (command) return commands[command[1]!.toLowerCase()] ?? { kind: "unknown_command" };
  return { kind: "text", text };
}
