/**
 * A grammY bot with the officials' feature against the fake Bot API, fed update by update with
 * handleUpdate (no polling), so each step's replies can be read as soon as it resolves.
 */
import { packHtml } from "../../../../src/bot/telegram/report-html.js";
import type { Update } from "grammy/types";
import type { RedisClient } from "../../../../src/redis/connection.js";
import { pino } from "pino";
import { createTelegramBot } from "../../../../src/bot/telegram/bot.js";
import { officialsFeature } from "../../../../src/bot/telegram/features/officials.js";
import { Invitations } from "../../../../src/roles/invitations.js";
import { RoleStore } from "../../../../src/roles/role-store.js";
import { DailyDigest } from "../../../../src/stats/daily-digest.js";
import { OfficialReports } from "../../../../src/stats/official-reports.js";
import type { UnitCatalogue } from "../../../../src/units/catalogue.js";
import { callbackUpdate, startFakeBotApi, textUpdate, type FakeBotApi, type SentMessage, type UpdateInput } from "../../../support/fake-bot-api.js";
import { testAssistant } from "../../../support/assistant.js";

export interface Harness {
  api: FakeBotApi;
  roles: RoleStore;
  invitations: Invitations;
  reports: OfficialReports;
  digest: DailyDigest;
  /** Sends a text from a private chat (user id = chat id); resolves with what the bot sent back. */
  say(chatId: number, text: string): Promise<SentMessage[]>;
  /** Presses a button with this callback data. */
  press(chatId: number, data: string): Promise<SentMessage[]>;
  close(): Promise<void>;
}

let nextUpdateId = 1;

export async function officialsHarness(opts: { redis: RedisClient; prefix: string; catalogue: UnitCatalogue; admins: string[]; now?: () => number }): Promise<Harness> {
  const api = await startFakeBotApi();
  const { redis, prefix } = opts;
  const roles = new RoleStore(redis, prefix, opts.admins);
  const invitations = new Invitations(redis, prefix, roles);
  const reports = new OfficialReports({ redis, prefix, catalogue: opts.catalogue, now: opts.now });
  const { assistant } = testAssistant(redis, prefix);
  // The digest sends through the bot built just below (called only later, once it exists).
  const digest: DailyDigest = new DailyDigest({ redis, prefix, roles, reports, now: opts.now, send: async (userId, doc) => {
      for (const html of packHtml(doc)) await bot.api.sendMessage(Number(userId), html, { parse_mode: "HTML" });
    } });
  const bot = createTelegramBot({
    token: api.token,
    apiRoot: api.apiRoot,
    botInfo: api.botInfo,
    assistant,
    logger: pino({ level: "silent" }),
    features: [officialsFeature({ roles, invitations, reports, digest })],
  });

  const deliver = async (chatId: number, input: UpdateInput) => {
    const before = api.sent.length;
    await bot.handleUpdate({ ...input, update_id: nextUpdateId++ } as Update);
    return api.sent.slice(before).filter((m) => m.chatId === chatId);
  };
  return {
    api,
    roles,
    invitations,
    reports,
    digest,
    say: (chatId, text) => deliver(chatId, textUpdate(chatId, text)),
    press: (chatId, data) => deliver(chatId, callbackUpdate(chatId, data)),
    close: () => api.close(),
  };
}
