/**
 * The whole app, built in-process from a validated configuration: Redis, content, the Assistant,
 * officials' and broadcast modules, the channels (each one module, see src/bot/channel.ts) and the
 * HTTP server. `main.ts` only reads the environment and handles signals; tests call `createApp`.
 *
 *   const app = await createApp(loadConfig(process.env));
 *   …
 *   await app.stop();   // channels, sender, HTTP, updates in flight, Redis, in that order
 */
import type { RedisClient } from "./redis/connection.js";
import type { Logger } from "pino";
import { createAssistant } from "./bot/assistant-factory.js";
import type { ChannelModule } from "./bot/channel.js";
import { telegramBroadcast } from "./bot/telegram/broadcast-features.js";
import { TelegramBulkChannel } from "./bot/telegram/bulk-channel.js";
import { telegramChannel, type TelegramChannel } from "./bot/telegram/channel.js";
import { citizenCommands } from "./bot/telegram/commands.js";
import { officialsFeature } from "./bot/telegram/features/officials.js";
import type { MenuOptions } from "./bot/telegram/features/officials-menu.js";
import { OfficialsCommands } from "./bot/officials-commands.js";
import { UpdateClaims } from "./bot/update-claims.js";
import { webChatChannel } from "./bot/webchat/channel.js";
import { ZaloBulkChannel } from "./bot/zalo/bulk-channel.js";
import { zaloChannel } from "./bot/zalo/channel.js";
import { ZALO_LIMITS } from "./bot/zalo/outbound.js";
import { plainText } from "./bot/report-text.js";
import { packHtml } from "./bot/telegram/report-html.js";
import { createZaloClient } from "./bot/zalo/client.js";
import { zaloBotChannel } from "./bot/zalo-bot/channel.js";
import { asksAuthenticity, authenticityAnswer } from "./broadcast/authenticity.js";
import type { BulkChannel } from "./broadcast/bulk-channel.js";
import { createBroadcastModule, type BroadcastModule } from "./broadcast/module.js";
import type { Config } from "./config.js";
import { loadContent } from "./flows/content.js";
import { ChatStateStore, type ChatAddress } from "./flows/state-store.js";
import { startHttpServer } from "./http/server.js";
import { createLogger } from "./log/logger.js";
import { connectRedis, createRedis, describeRedis } from "./redis/connection.js";
import { ensureLocalRedis } from "./redis/local-server.js";
import { checkPersistence } from "./redis/persistence.js";
import { Invitations } from "./roles/invitations.js";
import { RoleStore } from "./roles/role-store.js";
import { DailyDigest } from "./stats/daily-digest.js";
import { OfficialReports } from "./stats/official-reports.js";
import { namesFromContent } from "./stats/stats-names.js";
import { createStepTracker } from "./stats/step-tracker.js";
import { Handoff } from "./handoff/module.js";
import { StallNudges } from "./handoff/stall-nudges.js";
import { sendNudge } from "./bot/nudge-message.js";
import { recipientAddress } from "./broadcast/recipient.js";
import { isQuiet } from "./broadcast/quiet-hours.js";
import { HandoffCommands } from "./bot/handoff-commands.js";
import { describeWhere, markTaken, startHandoffRelay, type HandoffPusher } from "./bot/handoff-relay.js";
import { handoffFeature } from "./bot/telegram/features/handoff.js";
import { personalDataFeature } from "./bot/telegram/features/personal-data.js";
import { PersonalDataCommands } from "./bot/personal-data-commands.js";
import { ChatTurns } from "./bot/chat-turns.js";
import { SessionLog } from "./stats/session-log.js";
import { PersonalData } from "./privacy/personal-data.js";
import { handoffSection } from "./bot/handoff-texts.js";
import { telegramPusher } from "./bot/telegram/pusher.js";
import { zaloPusher } from "./bot/zalo/pusher.js";
import { zaloBotPusher } from "./bot/zalo-bot/pusher.js";
import { ZaloBotApi } from "./bot/zalo-bot/api.js";

/** Broadcast commands in the command menu of those who may use them. */
const BROADCAST_MENU: MenuOptions["extra"] = {
  taskforce: [
    { command: "thongbao", description: "Soạn và gửi thông báo" },
    { command: "dungthongbao", description: "Dừng thông báo đang gửi" },
  ],
  admin: [{ command: "lichnhac", description: "Xem, đổi, tạm dừng lịch nhắc thứ Năm" }],
};

/** How often due stall nudges are looked for. */
const NUDGE_TICK_MS = 60_000;
/** How often threads idle for 7 days are closed. */
const IDLE_SWEEP_MS = 10 * 60_000;

export interface App {
  /** The HTTP port actually bound (PORT=0 picks a free one). */
  port: number;
  redis: RedisClient;
  channels: ChannelModule[];
  /** Subscriptions, broadcasts and reminders, when a channel can push (ops scripts and tests start runs with it). */
  broadcasts: BroadcastModule | null;
  /** Stall nudges, when on (tests run a tick with `tick()`). */
  nudges: StallNudges | null;
  logger: Logger;
  /** Graceful stop; resolves when everything is closed. */
  stop(): Promise<void>;
}

export interface AppOptions {
  logger?: Logger;
  /** How long a Telegram poller's lease lasts before another instance may take over (tests shorten it). */
  pollerTermMs?: number;
}

export async function createApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const logger = opts.logger ?? createLogger({ level: config.logLevel, hashSecret: config.hashSecret });
  const content = loadContent({ unitsFile: config.unitsFile });

  // ── Redis ──
  const localRedis = config.redis.target
    ? null
    : await ensureLocalRedis(config.dataDir, {
        onEvent: (e) => {
          if (e.type === "died") logger.error({ code: e.code, signal: e.signal, restartInMs: e.restartInMs }, "the private redis-server stopped; restarting it");
          else if (e.type === "restarted") logger.info("the private redis-server is running again");
          else logger.error({ err: e.err }, "the private redis-server could not be restarted; trying again");
        },
      });
  const redisTarget = config.redis.target ?? { kind: "single", url: localRedis!.url };
  const redis = createRedis(redisTarget);
  // One line per outage, not one per reconnect attempt.
  let redisDown = false;
  redis.on("error", (err) => {
    if (!redisDown) logger.warn({ err: err.message }, "redis connection problem");
    redisDown = true;
  });
  redis.on("ready", () => {
    if (redisDown) logger.info("redis connection back");
    redisDown = false;
  });
  await connectRedis(redis);
  const persistence = await checkPersistence(redis);
  logger.info({ redis: describeRedis(redisTarget), private: localRedis !== null, persistence: persistence.mode }, "using redis");
  if (persistence.warning) logger.warn({ persistence: persistence.mode }, persistence.warning);

  const { prefix } = config.redis;
  const stateStore = new ChatStateStore(redis, prefix, config.stateTtlSeconds);

  // ── domain modules ──
  const roles = new RoleStore(redis, prefix, config.admins);
  const invitations = new Invitations(redis, prefix, roles);
  const menuIds = content.flows.menu.map((f) => f.def.id);
  const names = namesFromContent(content.flows, content.texts, menuIds);
  // Questions to a person go where an answer can come back: channels that can write first.
  const handoff = new Handoff({ redis, prefix, roles, logger });
  const reports = new OfficialReports({ redis, prefix, catalogue: content.units, names, detailSections: [async (unit, days) => handoffSection(await handoff.stats(unit, days))] });
  // Pushers are known once the channels exist; a take updates the other officials' notices through them.
  let pushers: Map<string, HandoffPusher> | null = null;
  const handoffCommands = new HandoffCommands({
    handoff,
    roles,
    units: content.units,
    phoneThanks: async (citizen) => content.texts.t((await stateStore.read(recipientAddress(citizen)))?.lang ?? "vi", "handoff-phone-thanks"),
    onTaken: (code, official, who) => (pushers ? markTaken({ handoff, units: content.units, pushers, describeWhere: (where) => describeWhere(names, where) }, code, official, who) : Promise.resolve()),
  });
  const handoffChannels = [...(config.telegram ? ["telegram" as const] : []), ...(config.zalo ? ["zalo" as const] : []), ...(config.zaloBot ? ["zalo-bot" as const] : [])];
  const roleMenu: MenuOptions = { base: citizenCommands(content.texts, "vi"), extra: BROADCAST_MENU };
  const telegram = config.telegram;
  // Reminders and broadcasts go to the subscribers of every channel that can write first: Telegram,
  // and the Zalo OA within its messaging window. The task force composes on Telegram.
  const zaloClient = config.zalo ? createZaloClient({ config: config.zalo, redis, prefix, logger }) : null;
  const telegramBulk = telegram ? new TelegramBulkChannel({ token: telegram.token, apiRoot: telegram.apiRoot, ratePerSecond: config.telegramBulkRate, ...(config.telegramPaid ? { paid: config.telegramPaid } : {}) }) : null;
  const bulkChannels: BulkChannel[] = [
    ...(telegramBulk ? [telegramBulk] : []),
    ...(zaloClient && config.zalo?.pushWindowMs ? [new ZaloBulkChannel(zaloClient.api, config.zalo.pushWindowMs)] : []),
  ];
  const broadcasts =
    bulkChannels.length > 0
      ? createBroadcastModule({ redis, redisTarget, config, units: content.units, texts: content.texts, roles, channels: bulkChannels, staff: telegramBulk, stateStore, logger })
      : null;
  // What we hold about a person, for them to see and delete (/dulieu, /xoadulieu), on every channel.
  const personalData = new PersonalDataCommands({
    data: new PersonalData({ redis, prefix, hashSecret: config.hashSecret, stateStore, tickets: handoff.tickets, sessionLog: new SessionLog(redis, prefix) }),
    texts: content.texts,
    units: content.units,
    flows: content.flows,
  });
  // One nudge for a guide left halfway, where the channel may write first (Telegram; Zalo within its window).
  const nudgeWindows = new Map<string, number | null>([...(telegram ? [["telegram", null] as const] : []), ...(config.zalo?.pushWindowMs ? [["zalo", config.zalo.pushWindowMs] as const] : [])]);
  const nudges =
    config.stallNudgeMs && nudgeWindows.size > 0
      ? new StallNudges({
          redis,
          prefix,
          delayMs: config.stallNudgeMs,
          windows: nudgeWindows,
          stateStore,
          quiet: (now) => isQuiet(config.quietHours, now),
          send: (nudge) => sendNudge({ pushers, texts: content.texts, flows: content.flows }, nudge),
        })
      : null;
  // A chat's updates one at a time and in order across instances (Telegram webhooks, Zalo events).
  const turns = new ChatTurns(redis, prefix, {}, (chat) => logger.warn({ channel: chat.channel }, "a chat's update waited too long for its turn; ran it anyway"));
  const assistant = createAssistant({
    redis,
    prefix,
    content,
    hashSecret: config.hashSecret,
    store: stateStore,
    // Only chats of a channel that can deliver reminders are asked for them.
    pushChannels: bulkChannels.map((c) => c.channel),
    handoffChannels,
    logger,
    listeners: [createStepTracker({ redis, prefix }), handoff.listener(), ...(nudges ? [nudges.listener()] : []), ...(broadcasts?.listeners ?? [])],
    turns,
  });

  // ── channels ──
  const channels: ChannelModule[] = [];
  let tg: TelegramChannel | null = null;
  const digest = new DailyDigest({
    redis,
    prefix,
    roles,
    reports,
    logger,
    // Each official gets it on the channel their id names: Telegram as HTML, the Zalo OA as plain text.
    send: async (userId, doc) => {
      if (userId.startsWith("zalo:")) {
        if (!zaloClient) throw new Error("zalo is not configured");
        for (const text of plainText(doc, ZALO_LIMITS.textLength)) await zaloClient.api.sendCs(userId.slice("zalo:".length), { text });
        return;
      }
      if (!tg) throw new Error("telegram is not configured");
      for (const html of packHtml(doc)) await tg.bot.api.sendMessage(Number(userId), html, { parse_mode: "HTML" });
    },
  });
  if (telegram) {
    const tb = broadcasts ? telegramBroadcast(broadcasts.parts) : null;
    tg = telegramChannel({
      config: telegram,
      assistant,
      logger,
      texts: content.texts,
      roles,
      roleMenu,
      claims: new UpdateClaims(redis, prefix),
      redis,
      prefix,
      ...(opts.pollerTermMs ? { pollerTermMs: opts.pollerTermMs } : {}),
      features: [personalDataFeature(personalData), handoffFeature(handoffCommands, handoff.tickets), officialsFeature({ roles, invitations, reports, digest, menu: roleMenu }), ...(tb?.features ?? [])],
      // Replies to citizens take their share of the bulk sender's budget, never wait behind it.
      transformers: tb ? [tb.replyPacer] : [],
    });
    channels.push(tg);
  }
  // Families pass broadcasts on by Zalo, where they can be checked (/kiemtra, or the message pasted).
  // The chat's language is read only for text that asks for a check.
  const verify = broadcasts
    ? async (text: string, chat: ChatAddress) => (asksAuthenticity(text) ? authenticityAnswer({ runs: broadcasts.parts.runs, texts: content.texts }, (await stateStore.read(chat))?.lang ?? "vi", text) : null)
    : undefined;
  const zalo = config.zalo
    ? zaloChannel({
        config: config.zalo,
        assistant,
        redis,
        prefix,
        logger,
        client: zaloClient!,
        officials: new OfficialsCommands({ roles, invitations, reports, digest }),
        subscriptions: broadcasts?.parts.subscriptionCommands,
        handoff: handoffCommands,
        personalData,
        verify,
        turns,
      })
    : null;
  if (zalo) channels.push(zalo);
  if (config.zaloBot) channels.push(zaloBotChannel({ ...config.zaloBot, assistant, redis, prefix, logger, verify, handoff: handoffCommands, personalData, turns }));
  if (config.webchat) channels.push(webChatChannel({ assistant, redis, prefix, hashSecret: config.hashSecret, trustProxy: config.trustProxy, personalData }));

  // A token refresh Zalo refused shows here until a new ZALO_REFRESH_TOKEN is set.
  const health = () => (zalo?.tokens.lastError ? { zalo: zalo.tokens.lastError } : {});
  const { server, port } = await startHttpServer({ host: config.http.host, port: config.http.port, redis, mounts: channels.flatMap((c) => c.routes), persistence, health });
  for (const channel of channels) await channel.start();
  // Questions to officials and their answers, each on its recipient's channel, once.
  pushers = new Map<string, HandoffPusher>();
  if (tg) pushers.set("telegram", telegramPusher(tg.bot.api));
  if (zaloClient) pushers.set("zalo", zaloPusher(zaloClient.api));
  if (config.zaloBot) pushers.set("zalo-bot", zaloBotPusher(new ZaloBotApi(config.zaloBot.apiRoot, config.zaloBot.token)));
  const relay = pushers.size > 0 ? await startHandoffRelay({ redis, handoff, pushers, texts: content.texts, units: content.units, describeWhere: (where) => describeWhere(names, where), logger }) : null;
  // Threads idle for 7 days close by themselves, and the citizen is asked whether they were helped.
  const idleTimer = setInterval(() => void handoff.closeIdle(content.units.units.map((u) => u.code)).catch((err: unknown) => logger.warn({ err }, "closing idle questions failed")), IDLE_SWEEP_MS).unref();
  const nudgeTimer = nudges
    ? setInterval(() => void nudges.tick().catch((err: unknown) => logger.warn({ err }, "stall nudges failed; trying again next minute")), NUDGE_TICK_MS).unref()
    : null;
  if (tg || zalo) digest.start();
  await broadcasts?.start();
  if (config.webchat) logger.info(`web chat ${telegram ? "" : "demo "}on http://${config.http.host}:${port}${telegram ? "" : " (set TELEGRAM_BOT_TOKEN to run the Telegram bot)"}`);

  let stopped: Promise<void> | null = null;
  return {
    port,
    redis,
    channels,
    broadcasts,
    nudges,
    logger,
    stop() {
      // Stop receiving first, then let sends and updates in flight finish, then close storage.
      stopped ??= (async () => {
        for (const channel of channels) await channel.stop();
        digest.stop();
        await relay?.stop();
        if (nudgeTimer) clearInterval(nudgeTimer);
        clearInterval(idleTimer);
        // Sends in flight finish; unsent batches stay queued for the next start.
        await broadcasts?.stop();
        await new Promise<void>((done) => server.close(() => done()));
        await assistant.drain();
        await redis.quit().catch(() => redis.disconnect());
        await localRedis?.stop();
      })();
      return stopped;
    },
  };
}
