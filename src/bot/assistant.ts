/**
 * The channel-agnostic heart of the bot: for one inbound message it loads the chat's state, runs
 * the engine, records what must be recorded, saves the new state and returns the replies.
 *
 * Every channel (Telegram, Zalo, web chat) calls `handle`; none of them touches Redis or the engine
 * directly. Updates of one chat are handled one at a time, in order; different chats in parallel.
 */
import type { Logger } from "pino";
import { runEngine } from "../flows/engine.js";
import type { EngineContext } from "../flows/engine-context.js";
import type { EventListener } from "../flows/event-listener.js";
import type { ChatAddress, ChatStateStore } from "../flows/state-store.js";
import type { EngineEvent, EngineInput, Lang, Reply } from "../flows/types.js";
import type { Translator } from "../i18n/translator.js";
import type { SessionLog } from "../stats/session-log.js";
import { userHash } from "../stats/user-hash.js";
import type { ChatTurns } from "./chat-turns.js";
import { KeyedQueue } from "./keyed-queue.js";

export interface HandleOptions {
  /** The channel's update id: an update delivered twice is handled once. */
  updateId?: string;
  /**
   * Where the update stands among the chat's (Telegram's update_id, Zalo's event time): with it,
   * the chat's updates run one at a time and in this order across every instance (chat-turns.ts).
   */
  order?: number;
  /**
   * Sends the replies while the chat's turn is still held, so replies of consecutive updates reach
   * the person in order even when different instances handled them. handle() then returns null.
   */
  deliver?: (replies: Reply[]) => Promise<void>;
  /** The user's app language (e.g. Telegram's language_code), used before they choose one. */
  localeHint?: string;
  /** Filled in with the chat's language after the update (a page draws its own words in it). */
  report?: { lang?: Lang };
  /**
   * False for a channel that cannot delete the user's message (Zalo): a secret typed by mistake is
   * then followed by a request to delete it themselves, in their language.
   */
  canDeleteInput?: boolean;
}

export type { EventListener };

export interface AssistantDeps {
  /** The engine's context, or one per channel (e.g. reminders asked only where they can be sent). */
  engine: EngineContext | ((channel: ChatAddress["channel"]) => EngineContext);
  store: ChatStateStore;
  sessionLog: SessionLog;
  texts: Translator;
  hashSecret: string;
  logger: Logger;
  listeners?: EventListener[];
  /** Orders a chat's updates across instances; without it, only within this process. */
  turns?: ChatTurns;
}

export class Assistant {
  readonly #queue = new KeyedQueue();
  /** Updates running under a chat turn (they bypass the in-process queue), for drain(). */
  readonly #inTurn = new Set<Promise<unknown>>();

  constructor(private readonly deps: AssistantDeps) {}

  /**
   * Handles one inbound message. Returns the replies to show; for an update already handled, the
   * replies it produced (when still known) or null. Never throws: when Redis is down the user is
   * told the system is busy, in their language.
   */
  handle(chat: ChatAddress, input: EngineInput, opts: HandleOptions = {}): Promise<Reply[] | null> {
    const { turns } = this.deps;
    if (!turns || opts.order === undefined) return this.#queue.run(`${chat.channel}:${chat.id}`, () => this.#handle(chat, input, opts));
    // Not through the in-process queue too: an earlier update arriving second must be able to pass.
    const task = async () => {
      const replies = await this.#handle(chat, input, opts);
      if (!opts.deliver) return replies;
      if (replies) await opts.deliver(replies);
      return null;
    };
    const running = turns.run(chat, opts.order, task).catch((err: unknown) => {
      this.deps.logger.error({ err, channel: chat.channel }, "could not take the chat's turn; told the user to retry");
      return [this.busyReply(opts.localeHint)];
    });
    this.#inTurn.add(running);
    void running.finally(() => this.#inTurn.delete(running));
    return running;
  }

  /** "The system is busy, try again", for a channel whose own handling failed (e.g. a command). */
  busyReply(localeHint?: string): Reply {
    return this.notice(localeHint, "busy");
  }

  /** One of the short notices ("busy", "too-fast"…) in the user's language, for a channel to show. */
  notice(localeHint: string | undefined, key: "busy" | "too-fast" | "too-many-chats"): Reply {
    return { text: this.deps.texts.t(hintToLang(localeHint), key) };
  }

  /** Waits for every update in progress (graceful shutdown). */
  async drain(): Promise<void> {
    await Promise.all([this.#queue.drain(), ...this.#inTurn]);
  }

  async #handle(chat: ChatAddress, input: EngineInput, opts: HandleOptions): Promise<Reply[] | null> {
    let lang: Lang = hintToLang(opts.localeHint);
    try {
      const result = await this.deps.store.update(
        chat,
        opts.updateId,
        async (state) => {
          if (state?.lang) lang = state.lang;
          const engine = typeof this.deps.engine === "function" ? this.deps.engine(chat.channel) : this.deps.engine;
          const turn = runEngine(engine, state, input);
          if (opts.report) opts.report.lang = turn.state.lang ?? lang;
          if (opts.canDeleteInput === false && turn.replies.some((r) => r.deleteInput)) {
            turn.replies.push({ text: this.deps.texts.t(turn.state.lang ?? lang, "sensitive-delete-yourself") });
          }
          // A completed session is logged before the state is written, so a crash in between never
          // loses it: the redelivered update logs it again and the log ignores a session id it has.
          for (const event of turn.events) if (event.type === "session_completed") await this.#logSession(chat, event, turn.state.stats === true);
          return turn;
        },
        (turn) => turn.replies,
      );
      if (result) {
        // Listeners (subscriptions, questions, step counters) only for the turn that was written:
        // an attempt refused because another instance wrote first never happened.
        for (const event of result.events) await this.#notify(chat, event);
        return result.replies;
      }
      // Delivered again (a restart before the channel confirmed it): show what it answered.
      if (opts.updateId === undefined) return null;
      return ((await this.deps.store.lastAnswer(chat, opts.updateId)) as Reply[] | null) ?? null;
    } catch (err) {
      this.deps.logger.error({ err, channel: chat.channel }, "update failed; told the user to retry");
      return [{ text: this.deps.texts.t(lang, "busy") }];
    }
  }

  /** The pseudonym goes with the entry only with the person's consent to anonymous statistics. */
  async #logSession(chat: ChatAddress, event: Extract<EngineEvent, { type: "session_completed" }>, consented: boolean): Promise<void> {
    await this.deps.sessionLog.record({
      ...event.session,
      channel: chat.channel,
      ...(consented ? { user: userHash(this.deps.hashSecret, chat.channel, chat.id) } : {}),
    });
  }

  async #notify(chat: ChatAddress, event: EngineEvent): Promise<void> {
    for (const listener of this.deps.listeners ?? []) await listener(chat, event);
  }
}

function hintToLang(hint: string | undefined): Lang {
  const base = hint?.toLowerCase().slice(0, 2);
  return base === "km" || base === "en" ? base : "vi";
}
