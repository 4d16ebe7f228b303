// Contender 4: the project's own engine (src/bot/assistant.ts), built for the bench by
// `createBenchAssistant` in src/bot/assistant-factory.ts.
//
// Contract expected from the factory (the bench checks it and reports an error row if
// the flow does not behave like this):
//   - `createBenchAssistant({ redis, prefix, depth })` returns (or resolves to) an
//     Assistant whose flow has `depth` steps and keeps its state in `redis` under `prefix`;
//   - `{ kind: "open", flow: "bench" }` starts the flow and shows step 1 with buttons;
//   - on every step the first button (`reply.buttons[0][0]`) is "next", with the same label;
//   - when N = depth > 1, every step screen shows a "k/N" step counter, like the peers' "Step k/N";
//   - pressing "next" on step N leaves the flow: the answer has no counter and no "next" first.
// Until those modules exist this contender is skipped.
import type { RedisClient } from "../../src/redis/connection.js";
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
  createBenchAssistant?: (opts: { redis: RedisClient; prefix: string; depth: number }) => AssistantLike | Promise<AssistantLike>;
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

/** The first button of the last reply that has a data button first. */
function firstButton(replies: readonly Reply[] | null): ReplyButton | undefined {
  if (!replies) return undefined;
  for (let i = replies.length - 1; i >= 0; i--) {
    const button = replies[i]?.buttons?.[0]?.[0];
    if (button?.data !== undefined) return button;
  }
  return undefined;
}

/** The "k/N" step counter shown on a step screen (Fluent isolation marks stripped), if any. */
function stepCounter(replies: readonly Reply[], depth: number): number | undefined {
  for (const r of replies) {
    const m = new RegExp(`(\\d+)\\s*/\\s*${depth}(?!\\d)`).exec(r.text.replace(/[\u2068\u2069]/g, ""));
    if (m) return Number(m[1]);
  }
  return undefined;
}

function describe(replies: Reply[] | null): string {
  return JSON.stringify(replies).slice(0, 200);
}

/**
 * Plays chats against the Assistant, pressing the first button of each answer. What the
 * user sees is checked on every answer, as for the peers (see `check`).
 */
export class OursDriver implements FlowDriver {
  private updateId = 1;
  /** Per chat: null when every answer was as expected, else the first deviation. */
  private readonly outcomes = new Map<number, { presses: number; error: string | null }>();

  constructor(
    private readonly assistant: AssistantLike,
    private readonly depth: number,
  ) {}

  /**
   * Null when the answer after `presses` presses is what the flow should show: on a step,
   * the same first ("next") button as on step 1 and, when N > 1, the counter k/N (a
   * one-step flow shows no counter); after the last press, neither.
   */
  private check(chatId: number, replies: Reply[] | null, presses: number, nextLabel: string | undefined): string | null {
    if (replies === null || replies.length === 0) return `chat ${chatId}: no answer after ${presses} presses`;
    const counter = stepCounter(replies, this.depth);
    const label = firstButton(replies)?.label;
    if (presses < this.depth) {
      const counterOk = this.depth === 1 ? counter === undefined || counter === 1 : counter === presses + 1;
      if (!counterOk || label === undefined || label !== nextLabel) {
        return `chat ${chatId}: expected step ${presses + 1}/${this.depth} after ${presses} presses, got ${describe(replies)}`;
      }
    } else if (counter !== undefined || (label !== undefined && label === nextLabel)) {
      return `chat ${chatId}: still in the flow after ${presses} presses: ${describe(replies)}`;
    }
    return null;
  }

  async runChat(chatId: number, presses: number): Promise<number> {
    const chat: ChatRef = { channel: "telegram", id: String(chatId) };
    let replies = await this.assistant.handle(chat, START_INPUT, { updateId: String(this.updateId++) });
    let updates = 1;
    const nextLabel = replies ? firstButton(replies)?.label : undefined;
    let error = this.check(chatId, replies, 0, nextLabel);
    for (let i = 0; i < presses && error === null; i++) {
      const data = firstButton(replies)?.data;
      if (data === undefined) {
        error = `chat ${chatId}: no button to press after ${i} presses: ${describe(replies)}`;
        break;
      }
      replies = await this.assistant.handle(chat, { kind: "button", data }, { updateId: String(this.updateId++) });
      updates++;
      error = this.check(chatId, replies, i + 1, nextLabel);
    }
    this.outcomes.set(chatId, { presses, error });
    return updates;
  }

  verify(chatId: number, presses: number): string | null {
    const o = this.outcomes.get(chatId);
    if (!o || o.presses !== presses) return `chat ${chatId}: not played with ${presses} presses`;
    return o.error;
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
