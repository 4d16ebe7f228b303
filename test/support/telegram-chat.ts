/**
 * A person chatting with the bot through the fake Bot API, as the end-to-end tests drive it: what the
 * bot sent to a chat, its buttons, typing a text and pressing a button, each waiting for the answer.
 */
import { callbackUpdate, FAKE_BOT, textUpdate, type FakeBotApi } from "./fake-bot-api.js";

export type SentMessage = Record<string, unknown>;

/** `api` gives the fake, which tests usually start in beforeAll (so the helpers can be made at load). */
export function telegramChats(api: () => FakeBotApi) {
  const fromBot = (chat: number) => api().messagesIn(chat).filter((m) => (m.from as { id?: number } | undefined)?.id === FAKE_BOT.id);
  const textOf = (m: SentMessage) => String(m.text ?? m.caption ?? "");
  const buttons = (m: SentMessage): [string, string][] =>
    ((m.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined)?.inline_keyboard ?? []).flat().map((b) => [b.text, b.callback_data ?? ""]);

  /** Types `text` in `chat` (optionally as a reply to message `replyTo`); resolves the bot's answer containing `expectText`. */
  async function say(chat: number, text: string, expectText: string, replyTo?: number) {
    const before = fromBot(chat).length;
    const update = textUpdate(chat, text, { from: { id: chat, first_name: "Lan" } });
    if (replyTo !== undefined) (update.message as unknown as SentMessage).reply_to_message = { message_id: replyTo, date: 0, chat: { id: chat, type: "private" }, from: FAKE_BOT, text: "…" };
    api().pushUpdate(update);
    return api().waitFor(() => fromBot(chat).slice(before).find((m) => textOf(m).includes(expectText)), 10_000);
  }

  /** Presses the newest button whose label contains `label`; resolves the answer containing `expectText`. */
  async function press(chat: number, label: string, expectText: string) {
    const withButton = [...fromBot(chat)].reverse().find((m) => buttons(m).some(([l]) => l.includes(label)));
    if (!withButton) throw new Error(`no button "${label}" in chat ${chat}`);
    const data = buttons(withButton).find(([l]) => l.includes(label))![1];
    const before = fromBot(chat).length;
    api().pushUpdate(callbackUpdate(chat, data, withButton.message_id as number, { from: { id: chat } }));
    return api().waitFor(() => fromBot(chat).slice(before).find((m) => textOf(m).includes(expectText)), 10_000);
  }

  /** /start, Vietnamese, the commune typed, and the reminders and statistics questions answered. */
  async function onboard(chat: number, commune: string, reminders: boolean, stats = true) {
    await say(chat, "/start", "Xin chào");
    await press(chat, "Tiếng Việt", "xã");
    await say(chat, commune, "nhắc");
    await press(chat, reminders ? "Có, nhắc tôi" : "Không, cảm ơn", "mã ẩn danh");
    await press(chat, stats ? "✅ Đồng ý" : "Không đồng ý", "Bác cần");
  }

  return { fromBot, textOf, buttons, say, press, onboard };
}
