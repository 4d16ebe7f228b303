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
 */
import { GrammyError, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { BotContext } from "./context.js";

export interface PollingOptions {
  allowedUpdates: readonly string[];
  /** Long-poll timeout in seconds (Telegram holds the request this long when nothing comes). */
  timeoutSeconds?: number;
  logger: Logger;
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

  const loop = async () => {
    let failures = 0;
    while (running) {
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
          { offset, timeout: opts.timeoutSeconds ?? 30, allowed_updates: opts.allowedUpdates as never },
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
      // Handled errors end in bot.catch; this only guards against one update stopping the batch.
      await Promise.all(updates.map((u) => bot.handleUpdate(u).catch((err: unknown) => opts.logger.error({ err }, "update failed"))));
      if (updates.length > 0) offset = updates.at(-1)!.update_id + 1;
    }
  };
  const done = loop();
  return {
    async stop() {
      running = false;
      abort.abort();
      await done;
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });
}
