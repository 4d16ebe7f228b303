// Shared driver for the Telegram-framework peers: feeds fake updates one chat at a time
// and checks progress from what the fake Bot API recorded.
import type { Update } from "grammy/types";
import { FakeTelegram, NEXT } from "../support/fake-telegram.js";
import type { FlowDriver } from "./types.js";

export class TelegramPeerDriver implements FlowDriver {
  constructor(
    readonly fake: FakeTelegram,
    private readonly depth: number,
    private readonly handleUpdate: (update: Update) => Promise<void>,
  ) {}

  async runChat(chatId: number, presses: number): Promise<number> {
    await this.handleUpdate(this.fake.startUpdate(chatId));
    for (let i = 0; i < presses; i++) {
      await this.handleUpdate(this.fake.callbackUpdate(chatId, NEXT));
    }
    return presses + 1;
  }

  verify(chatId: number, presses: number): string | null {
    return this.fake.verify(chatId, presses, this.depth);
  }
}
