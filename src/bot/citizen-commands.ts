/**
 * The citizens' slash commands every channel understands, as engine inputs. One table, so a
 * command works the same on Telegram, Zalo and the Zalo Bot.
 */
import type { EngineInput } from "../flows/types.js";

export const CITIZEN_COMMANDS: Readonly<Record<string, EngineInput>> = {
  start: { kind: "start" },
  menu: { kind: "menu" },
  help: { kind: "help" },
  trogiup: { kind: "help" },
  hoicanbo: { kind: "ask" },
  /** The privacy notice: who keeps what, for how long, and the person's rights (Law 91/2025). */
  riengtu: { kind: "open", flow: "privacy" },
  /** Changing one's answer to the anonymous-statistics question. */
  andanh: { kind: "settings", what: "stats" },
};

/**
 * Buttons of messages the bot sends unprompted (the stall nudge), which no screen drew: their
 * payloads are fixed words, not tied to a render counter.
 */
const OUT_OF_BAND: Readonly<Record<string, EngineInput>> = {
  "hd:n:go": { kind: "continue" },
  "hd:n:ask": { kind: "ask" },
  "hd:n:stop": { kind: "menu" },
};

/** The input of an out-of-band button's payload, or null. */
export function outOfBandInput(data: string): EngineInput | null {
  return OUT_OF_BAND[data.trim()] ?? null;
}

/** The input of a typed "/start", "/menu"…, or null when the text is no such command. */
export function citizenCommand(text: string): EngineInput | null {
  const name = /^\/([a-z]+)\s*$/i.exec(text.trim())?.[1]?.toLowerCase();
  return (name && CITIZEN_COMMANDS[name]) || null;
}
