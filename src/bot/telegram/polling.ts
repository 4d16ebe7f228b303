/**
 * Long polling that never loses an update: a batch is confirmed to Telegram (by asking for the next
 * one with a higher offset) only after every update in it was handled. A process killed in the
 * middle of a batch gets the whole batch again after a restart; updates already handled are
 * recognised by their ids (update claims, chat state) and only their answers are shown again.
 *
 * grammY's runner confirms a batch as soon as it is fetched, so a kill loses what was in flight;
 * this loop trades a little latency (the next batch waits for the slowest update of this one) for
 * that guarantee. Updates of a batch are handled concurrently; the bot's sequentialize keeps each
 * chat in order.
 *
 * With several instances (`relay`), one polls: the holder of a lease in Redis (Telegram answers a
 * second poller with 409). It hands each update to the channel's inbox stream before confirming
 * it, and every instance's inbox worker handles them, each chat in order under its turn, as
 * webhooks are. A poller that dies or stalls loses the lease after its term; another instance
 * takes over and gets the unconfirmed updates again, which the inbox recognises by update_id.
 */
import { GrammyError, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { BotContext } from "./context.js";
import { enqueue, type InboxKeys } from "../../redis/durable-stream.js";
import type { LeaderLease } from "../../redis/leader-lease.js";
import type { RedisClient } from "../../redis/connection.js";

/** Where a leader's updates go for every instance to handle. */
export interface PollRelay {
  lease: LeaderLease;
  redis: RedisClient;
  inbox: InboxKeys;
}

export interface PollingOptions {
  allowedUpdates: readonly string[];
  /** Long-poll timeout in seconds (Telegram holds the request this long when nothing comes). */
  timeoutSeconds?: number;
  logger: Logger;
  /** Poll only while holding the lease, and relay updates through the inbox (several instances). */
  relay?: PollRelay;
}

export interface Polling {
  /** Stops fetching and waits for the batch in hand to be handled (it is then confirmed on the next start). */
  stop(): Promise<void>;
}

const BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export function startPolling(bot: Bot<BotContext>, opts: PollingOptions): Polling {
  let running = true;
  const abort = new AbortController();
  let offset: number | undefined;

  const { relay } = opts;
  // A leader asks again for its lease at least three times a term: each poll is that short.
  const timeout = relay ? Math.max(1, Math.min(opts.timeoutSeconds ?? 30, Math.floor(relay.lease.termMs / 3000))) : (opts.timeoutSeconds ?? 30);
  let leading = false;

  /** Whether this instance is the poller now; waits a while when it is not. */
  const lead = async (): Promise<boolean> => {
    if (!relay) return true;
    const was = leading;
    leading = await relay.lease.hold().catch((err: unknown) => {
      opts.logger.warn({ err }, "could not reach Redis for the poller's lease; standing by");
      return false;
    });
    if (leading !== was) opts.logger.info({ leading }, leading ? "this instance polls Telegram now" : "another instance polls Telegram; standing by");
    if (!leading) {
      // A new leader starts from what Telegram has not had confirmed.
      offset = undefined;
      await sleep(relay.lease.termMs / 3, abort.signal);
    }
    return leading;
  };

  /** Hands a batch on: to the inbox for every instance, or to this process's bot. */
  const hand = async (updates: Update[]): Promise<void> => {
    if (relay) {
      // One at a time, so the stream keeps Telegram's order.
      for (const u of updates) await enqueue(relay.redis, relay.inbox, String(u.update_id), JSON.stringify(u));
      return;
    }
    // Handled errors end in bot.catch; this only guards against one update stopping the batch.
    await Promise.all(updates.map((u) => bot.handleUpdate(u).catch((err: unknown) => opts.logger.error({ err }, "update failed"))));
  };

  const loop = async () => {
    let failures = 0;
    while (running) {
      if (!(await lead())) continue;
      if (!bot.isInited()) {
        try {
          await bot.init();
        } catch (err) {
          opts.logger.warn({ err }, "getMe failed; trying again");
          await sleep(BACKOFF_MS[Math.min(failures++, BACKOFF_MS.length - 1)]!, abort.signal);
          continue;
        }
      }
      let updates: Update[];
      try {
        updates = await bot.api.getUpdates(
          { offset, timeout, allowed_updates: opts.allowedUpdates as never },
          // grammY types its signal with the abort-controller shim; Node's is the same at run time.
          abort.signal as Parameters<typeof bot.api.getUpdates>[1],
        );
        failures = 0;
      } catch (err) {
        if (!running) return;
        const wait = err instanceof GrammyError && err.error_code === 429 ? (err.parameters.retry_after ?? 1) * 1000 : BACKOFF_MS[Math.min(failures++, BACKOFF_MS.length - 1)]!;
        opts.logger.warn({ err, retryInMs: wait }, "getUpdates failed; polling again later");
        await sleep(wait, abort.signal);
        continue;
      }
      try {
        await hand(updates);
      } catch (err) {
        // Not confirmed: Telegram gives the batch again, and what was relayed is recognised.
        opts.logger.warn({ err }, "could not relay updates; asking Telegram for them again");
        await sleep(BACKOFF_MS[Math.min(failures++, BACKOFF_MS.length - 1)]!, abort.signal);
        continue;
      }
      if (updates.length > 0) offset = updates.at(-1)!.update_id + 1;
    }
  };
  const done = loop();
  return {
    async stop() {
      running = false;
      abort.abort();
      await done;
      // Another instance takes over at once rather than after the term.
      if (leading) await relay?.lease.release().catch(() => undefined);
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });
}
