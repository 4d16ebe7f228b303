/**
 * Drives the pure engine like a user would: keeps the state between turns and presses buttons by
 * their label on the latest screen.
 */
import { runEngine } from "../../src/flows/engine.js";
import type { EngineContext } from "../../src/flows/engine-context.js";
import type { ChatState, EngineEvent, EngineInput, Reply } from "../../src/flows/types.js";

export class EngineDriver {
  state: ChatState | null = null;
  replies: Reply[] = [];
  events: EngineEvent[] = [];
  allEvents: EngineEvent[] = [];

  constructor(readonly ctx: EngineContext) {}

  send(input: EngineInput): Reply[] {
    const result = runEngine(this.ctx, this.state, input);
    this.state = result.state;
    this.replies = result.replies;
    this.events = result.events;
    this.allEvents.push(...result.events);
    return result.replies;
  }

  start() {
    return this.send({ kind: "start" });
  }

  text(text: string) {
    return this.send({ kind: "text", text });
  }

  /** The latest screen: the last reply that has buttons. */
  get screen(): Reply {
    const screen = [...this.replies].reverse().find((r) => r.buttons?.length);
    if (!screen) throw new Error(`no screen in: ${JSON.stringify(this.replies)}`);
    return screen;
  }

  get texts(): string {
    return this.replies.map((r) => r.text).join("\n---\n");
  }

  buttonData(label: string | RegExp): string {
    for (const row of this.screen.buttons!) {
      for (const b of row) {
        const hit = typeof label === "string" ? b.label === label || b.label.endsWith(` ${label}`) : label.test(b.label);
        if (hit && "data" in b) return b.data;
      }
    }
    throw new Error(`no button ${String(label)} on: ${JSON.stringify(this.screen.buttons!.flat().map((b) => b.label))}`);
  }

  press(label: string | RegExp) {
    return this.send({ kind: "button", data: this.buttonData(label) });
  }

  labels(): string[] {
    return this.screen.buttons!.flat().map((b) => b.label);
  }
}
