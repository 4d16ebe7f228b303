/**
 * "Has this update been handled already?" for everything that is not a guide step (officials' and
 * task-force commands, their buttons): a channel may deliver an update twice (a webhook retry, a
 * redelivery after a restart, two instances), and `/moi` delivered twice must not make two codes.
 * Guide steps need no claim: their update ids live in the chat's state record, written atomically
 * with the state they produced (see state-store.ts).
 *
 * One SET NX per update, kept a day (far beyond any redelivery). Claimed before handling, so an
 * instance killed in the middle of a command loses that command rather than doing it twice: the
 * official sees no answer and sends it again.
 */
import type { RedisClient } from "../redis/connection.js";

const CLAIM_TTL_SECONDS = 24 * 3600;

export class UpdateClaims {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  /** True for the first delivery of this update (of this channel), false for any later one. */
  async claim(channel: string, updateId: string | number): Promise<boolean> {
    return (await this.redis.set(`${this.prefix}upd:${channel}:${updateId}`, "1", "EX", CLAIM_TTL_SECONDS, "NX")) === "OK";
  }
}
