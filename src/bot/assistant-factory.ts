/**
 * Builds an Assistant from its parts. Used by the composition root, the tests and the benchmark,
 * so all three run the very same wiring.
 */
import { randomBytes } from "node:crypto";
import type { RedisClient } from "../redis/connection.js";
import { pino, type Logger } from "pino";
import { Assistant, type AssistantDeps, type EventListener } from "./assistant.js";
import { compileFlow, FlowCatalogue } from "../flows/catalogue.js";
import { DEFAULT_LIMITS, type EngineContext, type EngineLimits } from "../flows/engine-context.js";
import { assembleContent, type Content } from "../flows/content.js";
import { ChatStateStore, type ChatAddress } from "../flows/state-store.js";
import { Translator } from "../i18n/translator.js";
import type { ChatTurns } from "./chat-turns.js";
import { SessionLog } from "../stats/session-log.js";
import { UnitCatalogue } from "../units/catalogue.js";

/**
 * A guide session's id: 72 random bits in 12 URL-safe characters. It is written into the chat state,
 * each session-log entry and a day's once-markers, so a short one saves memory many times over.
 */
export const newSessionId = () => randomBytes(9).toString("base64url");

export interface AssistantOptions {
  redis: RedisClient;
  prefix: string;
  content: Content;
  hashSecret: string;
  stateTtlSeconds?: number;
  logger?: Logger;
  listeners?: EventListener[];
  /** The chat state store, when other parts of the app share it (its read cache stays coherent). */
  store?: ChatStateStore;
  /** Whether this app delivers reminders (a Telegram bot runs); default true. */
  reminders?: boolean;
  /**
   * The channels that can deliver reminders: chats of other channels are not asked for them.
   * Overrides `reminders` when given.
   */
  pushChannels?: readonly ChatAddress["channel"][];
  /** The channels a person's answer can come back on: only there is "ask an official" offered. */
  handoffChannels?: readonly ChatAddress["channel"][];
  /** How fast one chat may go; null for none (the benchmark). Default: DEFAULT_LIMITS. */
  limits?: EngineLimits | null;
  /** Fixed clock for tests. */
  now?: () => number;
  /** Orders each chat's updates across instances (channels that pass an order); default off. */
  turns?: ChatTurns;
}

export function createAssistant(opts: AssistantOptions): Assistant {
  const { content } = opts;
  const engine: EngineContext = {
    flows: content.flows,
    texts: content.texts,
    units: content.units,
    now: opts.now ?? Date.now,
    newSessionId,
    understand: (text) => content.understander.understand(text),
    glossary: content.glossary,
    reminders: opts.reminders ?? true,
    limits: opts.limits === undefined ? DEFAULT_LIMITS : (opts.limits ?? undefined),
  };
  let perChannel: AssistantDeps["engine"] = engine;
  if (opts.pushChannels || opts.handoffChannels) {
    // A few fixed contexts (not one per update): the engine caches its renderer per context.
    const push = opts.pushChannels ? new Set(opts.pushChannels) : null;
    const handoff = new Set(opts.handoffChannels ?? []);
    const contexts = new Map<string, EngineContext>();
    perChannel = (channel) => {
      const reminders = push ? push.has(channel) : engine.reminders;
      const key = `${reminders}|${handoff.has(channel)}`;
      let ctx = contexts.get(key);
      if (!ctx) contexts.set(key, (ctx = { ...engine, reminders, handoff: handoff.has(channel) }));
      return ctx;
    };
  }
  return new Assistant({
    engine: perChannel,
    store: opts.store ?? new ChatStateStore(opts.redis, opts.prefix, opts.stateTtlSeconds ?? 30 * 86_400),
    sessionLog: new SessionLog(opts.redis, opts.prefix),
    texts: content.texts,
    hashSecret: opts.hashSecret,
    logger: opts.logger ?? pino({ level: "silent" }),
    listeners: opts.listeners,
    turns: opts.turns,
  });
}

/**
 * An Assistant with a synthetic linear flow `bench` of `depth` steps, for the benchmark: each step
 * offers "next" as its first button. Start it with `{ kind: "open", flow: "bench" }`.
 */
export function createBenchAssistant(opts: { redis: RedisClient; prefix: string; depth: number }): Assistant {
  const texts = new Translator({
    vi: ["t = Bước", "c = Tiếp", "done = Xong", "title = Thử", "lang = Ngôn ngữ", "unit = Xã", "vi = Tiếng Việt", "session-done = Xong", "nav-back = Quay lại", "nav-home = Về menu", "nav-next = Tiếp tục", "step-counter = Bước { $n }/{ $total }", "step-counter-open = Bước { $n }", "menu-title = Menu"].join("\n"),
  });
  const steps: unknown[] = Array.from({ length: opts.depth }, (_, i) => ({
    id: `s${i}`,
    kind: "choice",
    text: "t",
    choices: [{ id: "n", label: "c" }],
  }));
  steps.push({ id: "end", kind: "end", text: "done" });
  const has = (key: string) => texts.has(key);
  const bench = compileFlow({ id: "bench", title: "title", outcome: "info", field: "bench", menu: 1, steps }, "bench", has);
  const onboarding = compileFlow(
    {
      id: "onboarding",
      title: "title",
      outcome: "none",
      field: "onboarding",
      steps: [
        { id: "lang", kind: "choice", text: "lang", choices: [{ id: "vi", label: "vi", profile: { lang: "vi" } }] },
        { id: "done", kind: "end", text: "done" },
      ],
    },
    "bench",
    has,
  );
  const flows = new FlowCatalogue([onboarding, bench]);
  const units = new UnitCatalogue({
    name: "bench",
    province: "bench",
    validFrom: "2025-07-01",
    units: [{ code: "x", name: "xã X", office: { name: "UBND xã X", address: "UBND xã X" } }],
  });
  return createAssistant({ redis: opts.redis, prefix: opts.prefix, content: assembleContent(texts, flows, units), hashSecret: "bench-secret-0123456789", limits: null });
}
