// Builders for realistic Telegram updates that tests push into the fake Bot API.
import type { Chat, ChatMember, Message, Update, User, UserFromGetMe } from "grammy/types";

/** An update as a test writes it: the fake assigns update_id unless one is given. */
export type UpdateInput = Omit<Update, "update_id"> & { update_id?: number };

/** The bot the fake answers getMe with, unless a test overrides it. */
export const FAKE_BOT: UserFromGetMe = {
  id: 7_000_000_001,
  is_bot: true,
  first_name: "Trợ lý Dịch vụ công (test)",
  username: "tro_ly_dvc_test_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export interface UpdateOptions {
  from?: Partial<User>;
  /** Defaults to a fresh id well above the ids the fake gives to bot messages, so they never collide. */
  messageId?: number;
  /** Unix seconds; defaults to now. */
  date?: number;
}

// Incoming message ids start high so they never clash with the fake's per-chat ids for sent messages.
let nextIncomingId = 100_000;
let nextCallbackId = 1;

const now = (): number => Math.floor(Date.now() / 1000);

/** The user behind a chat: in a private chat the user id equals the chat id, as in Telegram. */
export function testUser(chatId: number, from?: Partial<User>): User {
  return { id: chatId, is_bot: false, first_name: "Người dùng", language_code: "vi", ...from };
}

/** A chat object shaped like Telegram's for the given id (negative ids are groups). */
export function testChat(chatId: number): Exclude<Chat, Chat.ChannelChat> {
  if (chatId > 0) return { id: chatId, type: "private", first_name: "Người dùng" };
  // Supergroup ids look like -100xxxxxxxxxx; smaller negative ids are basic groups.
  if (chatId <= -1_000_000_000_000) return { id: chatId, type: "supergroup", title: "Nhóm thử" };
  return { id: chatId, type: "group", title: "Nhóm thử" };
}

function baseMessage(chatId: number, opts: UpdateOptions): Message & Update.NonChannel {
  const from = testUser(chatId > 0 ? chatId : 1, opts.from);
  return { message_id: opts.messageId ?? nextIncomingId++, date: opts.date ?? now(), chat: testChat(chatId), from };
}

/** A text message; a leading /command gets the bot_command entity grammY's bot.command() relies on. */
export function textUpdate(chatId: number, text: string, opts: UpdateOptions = {}): UpdateInput {
  const message = { ...baseMessage(chatId, opts), text };
  const command = /^\/[^\s]+/.exec(text);
  if (command) message.entities = [{ type: "bot_command", offset: 0, length: command[0].length }];
  return { message };
}

/** A button press on a bot message; the fake fills in that message's text and keyboard if it knows it. */
export function callbackUpdate(chatId: number, data: string, messageId = 1, opts: Omit<UpdateOptions, "messageId"> = {}): UpdateInput {
  const from = testUser(chatId > 0 ? chatId : 1, opts.from);
  return {
    callback_query: {
      id: `cbq-${nextCallbackId++}`,
      from,
      chat_instance: `ci-${chatId}`,
      data,
      message: { message_id: messageId, date: opts.date ?? now(), chat: testChat(chatId), from: FAKE_BOT },
    },
  };
}

export function stickerUpdate(chatId: number, opts: UpdateOptions = {}): UpdateInput {
  const message = {
    ...baseMessage(chatId, opts),
    sticker: {
      file_id: "CAACAgIAAxkBAAIBsticker",
      file_unique_id: "AgADsticker",
      type: "regular" as const,
      width: 512,
      height: 512,
      is_animated: false,
      is_video: false,
      emoji: "👍",
    },
  };
  return { message };
}

export function photoUpdate(chatId: number, opts: UpdateOptions & { caption?: string } = {}): UpdateInput {
  const message: Message & Update.NonChannel = {
    ...baseMessage(chatId, opts),
    // Telegram sends several sizes, smallest first.
    photo: [
      { file_id: "AgACAgIAAxkBAAIBphoto-s", file_unique_id: "AQADphoto-s", width: 90, height: 67, file_size: 1_200 },
      { file_id: "AgACAgIAAxkBAAIBphoto-m", file_unique_id: "AQADphoto-m", width: 320, height: 240, file_size: 18_000 },
      { file_id: "AgACAgIAAxkBAAIBphoto-x", file_unique_id: "AQADphoto-x", width: 1280, height: 960, file_size: 160_000 },
    ],
  };
  if (opts.caption !== undefined) message.caption = opts.caption;
  return { message };
}

export type MemberStatus = "member" | "kicked" | "left";

function member(status: MemberStatus, user: User): ChatMember {
  if (status === "kicked") return { status, user, until_date: 0 };
  return { status, user };
}

/** The bot's own membership changed: "kicked" is how a user blocking the bot arrives, "member" an unblock. */
export function myChatMemberUpdate(chatId: number, status: MemberStatus, opts: Omit<UpdateOptions, "messageId"> = {}): UpdateInput {
  const previous: MemberStatus = status === "member" ? "kicked" : "member";
  return {
    my_chat_member: {
      chat: testChat(chatId),
      from: testUser(chatId > 0 ? chatId : 1, opts.from),
      date: opts.date ?? now(),
      old_chat_member: member(previous, FAKE_BOT),
      new_chat_member: member(status, FAKE_BOT),
    },
  };
}
