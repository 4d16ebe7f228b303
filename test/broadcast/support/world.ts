// A small world for broadcast tests: three communes, the real locale texts, a stub role checker,
// and a broadcast module wired to a fake Bot API with fast test tuning.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RedisTarget } from "../../../src/config.js";
import type { RedisClient } from "../../../src/redis/connection.js";
import { pino } from "pino";
import type { QuietHours } from "../../../src/config.js";
import { TelegramBulkChannel } from "../../../src/bot/telegram/bulk-channel.js";
import { createBroadcastModule, type BroadcastModule, type BroadcastTuning } from "../../../src/broadcast/module.js";
import type { Role, RoleChecker } from "../../../src/broadcast/roles.js";
import { PROJECT_ROOT } from "../../../src/flows/content.js";
import { ChatStateStore } from "../../../src/flows/state-store.js";
import type { Lang } from "../../../src/flows/types.js";
import { Translator } from "../../../src/i18n/translator.js";
import { UnitCatalogue } from "../../../src/units/catalogue.js";

export const UNITS = new UnitCatalogue({
  name: "test",
  province: "tỉnh Vĩnh Long",
  validFrom: "2025-07-01",
  units: [
    { code: "tra-cu", name: "xã Trà Cú", office: { name: "TT PVHCC xã Trà Cú", address: "ấp Chợ, xã Trà Cú" }, thursday: "Thứ Năm, 7:00–11:00" },
    { code: "long-hiep", name: "xã Long Hiệp", office: { name: "TT PVHCC xã Long Hiệp", address: "ấp Giồng Giếng, xã Long Hiệp" }, thursday: "Thứ Năm, 7:30–11:00" },
    { code: "dai-an", name: "xã Đại An", office: { name: "TT PVHCC xã Đại An", address: "ấp Chợ, xã Đại An" } },
  ],
});

/** The app's locale files (the broadcast keys are in their "Broadcasts and reminders" section). */
export function loadTexts(): Translator {
  const sources: Partial<Record<Lang, string>> = {};
  for (const lang of ["vi", "km", "en"] as const) {
    const path = join(PROJECT_ROOT, "locales", `${lang}.ftl`);
    if (existsSync(path)) sources[lang] = readFileSync(path, "utf8");
  }
  return new Translator(sources);
}

/** Roles held in memory; admins hold every role, as in the real RoleStore. */
export class StubRoles implements RoleChecker {
  readonly #held = new Map<string, Set<Role>>();

  grant(userId: number | string, role: Role): this {
    const set = this.#held.get(String(userId)) ?? new Set<Role>();
    set.add(role);
    this.#held.set(String(userId), set);
    return this;
  }

  async has(userId: string, role: Role): Promise<boolean> {
    const set = this.#held.get(userId);
    return !!set && (set.has("admin") || set.has(role));
  }
}

/** Module tuning plus the test channel's pace (a channel's own setting in production). */
export type TestTuning = Partial<BroadcastTuning> & { ratePerSecond?: number };

/** Quick enough for tests, with the same shape as production. */
export const TEST_TUNING: TestTuning = {
  ratePerSecond: 60,
  batchSize: 10,
  lanes: 3,
  concurrency: 2,
  maxAttempts: 3,
  backoffMs: 50,
  lateMs: 50,
  statusPollMs: 50,
  quietRecheckMs: 100,
  leaseMs: 3000,
  lockDurationMs: 1500,
  stalledIntervalMs: 500,
  progressIntervalMs: 100,
};

/** A controllable clock: starts at `t`, moves only when told. */
export function testClock(t: number) {
  const clock = { t, now: () => clock.t };
  return clock;
}

/** Wednesday 26 November 2025, 10:00 in Asia/Ho_Chi_Minh (03:00 UTC): not quiet. */
export const WED_10H = Date.UTC(2025, 10, 26, 3, 0, 0);

export interface ModuleOptions {
  redis: RedisClient;
  redisTarget: RedisTarget;
  prefix: string;
  apiRoot: string;
  token: string;
  roles?: RoleChecker;
  now?: () => number;
  quietHours?: QuietHours | null;
  tuning?: TestTuning;
  /** Telegram's paid broadcasts: pace and monthly Stars cap. */
  paid?: { ratePerSecond: number; monthlyBudgetStars: number };
  sender?: boolean;
  /**
   * Whether the weekly reminder may fire by itself. Off unless asked: on a real clock the default
   * schedule (Wednesday 17:00, Thursday 7:00) would start a reminder run in the middle of a test
   * run at those hours.
   */
  reminders?: boolean;
}

export function makeModule(opts: ModuleOptions): BroadcastModule {
  const { ratePerSecond, ...tuning } = { ...TEST_TUNING, ...opts.tuning };
  const telegram = new TelegramBulkChannel({ token: opts.token, apiRoot: opts.apiRoot, timeoutSeconds: 5, ratePerSecond, ...(opts.paid ? { paid: opts.paid } : {}) });
  const mod = createBroadcastModule({
    redis: opts.redis,
    redisTarget: opts.redisTarget,
    config: { quietHours: opts.quietHours ?? null, redis: { prefix: opts.prefix } },
    units: UNITS,
    texts: loadTexts(),
    roles: opts.roles ?? new StubRoles(),
    channels: [telegram],
    staff: telegram,
    stateStore: new ChatStateStore(opts.redis, opts.prefix, 3600),
    logger: pino({ level: process.env.TEST_LOG ?? "silent" }),
    now: opts.now ?? (() => WED_10H),
    tuning,
    sender: opts.sender,
  });
  if (opts.reminders) return mod;
  const start = mod.start.bind(mod);
  mod.start = async () => {
    await mod.parts.schedule.setPaused(true, 0);
    await start();
  };
  return mod;
}

/** Subscribes chats `first … first + n - 1` to `unit` (Vietnamese unless told). */
export async function seedSubscribers(mod: BroadcastModule, first: number, n: number, unit = "tra-cu", lang: Lang = "vi"): Promise<number[]> {
  const ids = Array.from({ length: n }, (_, i) => first + i);
  for (const id of ids) await mod.parts.subscriptions.subscribe(String(id), { unit, lang, source: "onboarding" });
  return ids;
}

/** Starts a broadcast run directly (what confirming /thongbao does) and returns its id. */
export async function startBroadcast(mod: BroadcastModule, text: string, units: string[] | null = null, code = "TB-TEST22"): Promise<string> {
  const id = await mod.parts.service.launch({ kind: "broadcast", text, units, code, createdAt: mod.parts.now() });
  return id!;
}

/** Waits until the run is done (or throws after timeoutMs). */
export async function waitForRun(mod: BroadcastModule, id: string, timeoutMs = 10_000) {
  const started = Date.now();
  for (;;) {
    const run = await mod.parts.runs.get(id);
    if (run?.status === "done") return run;
    if (Date.now() - started > timeoutMs) throw new Error(`run ${id} not done: ${JSON.stringify(run)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Messages per chat id among `sent` entries whose text contains `marker`. */
export function countsByChat(sent: { chatId: number | string; text?: string; caption?: string }[], marker: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of sent) {
    if (!(m.text ?? m.caption ?? "").includes(marker)) continue;
    counts.set(String(m.chatId), (counts.get(String(m.chatId)) ?? 0) + 1);
  }
  return counts;
}
