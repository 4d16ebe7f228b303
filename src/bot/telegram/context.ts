/**
 * The bot's context type: grammY's Context plus a pino child logger bound to the update.
 */
import type { Context } from "grammy";
import type { Logger } from "pino";

export interface BotContext extends Context {
  log: Logger;
}
