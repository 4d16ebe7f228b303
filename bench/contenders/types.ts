// The contract every flow contender implements.
import type { RedisClient } from "../../src/redis/connection.js";

export interface FlowSetup {
  /** Shared ioredis client: every contender stores its state through it. */
  redis: RedisClient;
  /** Unique key prefix for this contender instance, e.g. `bench:ab12cd34:grammy-session:d10:`. */
  prefix: string;
  /** Number of steps in the flow. */
  depth: number;
}

export interface FlowDriver {
  /**
   * Plays one chat: starts the flow, then presses "next" (the first button) `presses`
   * times, each update awaited before the next. Returns the number of updates handled.
   */
  runChat(chatId: number, presses: number): Promise<number>;
  /** Null when the chat shows what it should after `presses` presses, else why not. */
  verify(chatId: number, presses: number): string | null;
  close?(): Promise<void>;
}

export type CreateResult = { ok: true; driver: FlowDriver } | { ok: false; reason: string };

export interface FlowContender {
  name: string;
  create(setup: FlowSetup): Promise<CreateResult>;
}
