// Contender 4: the project's own engine (src/bot/assistant.ts), built for the bench by
// `createBenchAssistant` in src/bot/assistant-factory.ts.
//
// Contract expected from the factory (the bench checks it and reports an error row if
// the flow does not behave like this):
//   - `createBenchAssistant({ redis, prefix, depth })` returns (or resolves to) an
//     Assistant whose flow has `depth` steps and keeps its state in `redis` under `prefix`;
//   - `{ kind: "open", flow: "bench" }` starts the flow and shows step 1 with buttons;
//   - on every step the first button (`reply.buttons[0][0].data`) is "next";
//   - pressing it on step `depth` ends the flow with replies that carry no data button.
// Until those modules exist this contender is skipped.
import type { Redis } from "ioredis";
import type { CreateResult, FlowContender, FlowDriver } from "./types.js";

// Local mirror of the interface announced for src/bot/assistant.ts. The module is loaded
// with a computed specifier so this file type-checks before it exists.
interface ReplyButton {
  label: string;
  data?: string;
  url?: string;
}
interface Reply {
  text: string;
  buttons?: ReplyButton[][];
}
type EngineInput =
  | { kind: "button"; data: string }
  | { kind: "text"; text: string }
  | { kind: "start" }
  | { kind: "open"; flow: string };

/** How the simulated user enters the bench flow (as documented on createBenchAssistant). */
const START_INPUT: EngineInput = { kind: "open", flow: "bench" };
interface ChatRef {
  channel: "telegram" | "zalo" | "web";
  id: string;
}
interface AssistantLike {
  handle(chat: ChatRef, input: EngineInput, opts?: { updateId?: string; localeHint?: string }): Promise<Reply[] | null>;
}
interface FactoryModule {
  createBenchAssistant?: (opts: { redis: Redis; prefix: string; depth: number }) => AssistantLike | Promise<AssistantLike>;
}

const FACTORY_URL = new URL("../../src/bot/assistant-factory.js", import.meta.url).href;

async function loadFactory(): Promise<FactoryModule | string> {
  try {
    return (await import(FACTORY_URL)) as FactoryModule;
  } catch (err) {
    const e = err as { code?: string; message?: string };
    // Missing factory (or a module it imports under src/ that is not written yet).
    if (e.code === "ERR_MODULE_NOT_FOUND" && /\/src\//.test(e.message ?? "")) {
      return "not available yet";
    }
    throw err;
  }
}

/** The data of the first button of the last reply that has one. */
function firstButtonData(replies: readonly Reply[] | null): string | undefined {
  if (!replies) return undefined;
  for (let i = replies.length - 1; i >= 0; i--) {
    const data = replies[i]?.buttons?.[0]?.[0]?.data;
    if (data !== undefined) return data;
  }
  return undefined;
}

interface ChatOutcome {
  error?: string;
  /** Whether the last answer still offered a button to press. */
  hasButton: boolean;
}

class OursDriver implements FlowDriver {
  private updateId = 1;
  private readonly outcomes = new Map<number, ChatOutcome>();

  constructor(
    private readonly assistant: AssistantLike,
    private readonly depth: number,
  ) {}

  async runChat(chatId: number, presses: number): Promise<number> {
    const chat: ChatRef = { channel: "telegram", id: String(chatId) };
    let replies = await this.assistant.handle(chat, START_INPUT, { updateId: String(this.updateId++) });
    let updates = 1;
    for (let i = 0; i < presses; i++) {
      const data = firstButtonData(replies);
      if (data === undefined) {
        this.outcomes.set(chatId, {
          hasButton: false,
          error: `chat ${chatId}: no button to press after ${i} presses (replies: ${JSON.stringify(replies)})`,
        });
        return updates;
      }
      replies = await this.assistant.handle(chat, { kind: "button", data }, { updateId: String(this.updateId++) });
      updates++;
    }
    const outcome: ChatOutcome = { hasButton: firstButtonData(replies) !== undefined };
    if (replies === null || replies.length === 0) outcome.error = `chat ${chatId}: empty answer after ${presses} presses`;
    this.outcomes.set(chatId, outcome);
    return updates;
  }

  verify(chatId: number, presses: number): string | null {
    const o = this.outcomes.get(chatId);
    if (!o) return `chat ${chatId}: never run`;
    if (o.error) return o.error;
    if (presses < this.depth && !o.hasButton) return `chat ${chatId}: flow ended after ${presses} of ${this.depth} presses`;
    if (presses >= this.depth && o.hasButton) return `chat ${chatId}: flow still offers a button after ${presses} presses (expected the end)`;
    return null;
  }
}

export const ours: FlowContender = {
  name: "ours",
  async create({ redis, prefix, depth }): Promise<CreateResult> {
    const mod = await loadFactory();
    if (typeof mod === "string") return { ok: false, reason: mod };
    if (typeof mod.createBenchAssistant !== "function") {
      return { ok: false, reason: "not available yet (src/bot/assistant-factory.ts has no createBenchAssistant export)" };
    }
    const assistant = await mod.createBenchAssistant({ redis, prefix, depth });
    return { ok: true, driver: new OursDriver(assistant, depth) };
  },
};
