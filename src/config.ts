/**
 * Configuration: one zod schema, read once at the edge by `loadConfig(env)`.
 *
 * `loadConfig` is pure (no I/O, no import-time side effects), so tests pass a plain object and the
 * composition root passes `process.env`. A wrong value throws a `ConfigError` whose message is one
 * line naming the variable and what was expected.
 */
import { createHash } from "node:crypto";
import { z } from "zod";

/** Thrown when the environment does not describe a valid configuration. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const DEV_HASH_SECRET = "dev-only-hash-secret-change-me";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());

const quietHours = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === "") return null; // empty turns quiet hours off
    const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(s);
    if (!m) {
      ctx.addIssue({ code: "custom", message: "expected HH:MM-HH:MM, e.g. 21:00-07:00, or empty to turn off" });
      return z.NEVER;
    }
    return { fromMinute: Number(m[1]) * 60 + Number(m[2]), toMinute: Number(m[3]) * 60 + Number(m[4]) };
  });

/**
 * People by channel: `tg:123` or a bare number (Telegram, stored bare as before), `zalo:456` (the
 * OA's user id). Roles and BOT_ADMINS use these ids.
 */
const userIds = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === "") return [];
    const ids = s.split(",").map((p) => p.trim().replace(/^tg:/, ""));
    if (!ids.every((id) => /^(\d{1,20}|zalo:\d{1,25})$/.test(id))) {
      ctx.addIssue({ code: "custom", message: "expected comma-separated user ids: a Telegram id (12345 or tg:12345) or zalo:<id>" });
      return z.NEVER;
    }
    return ids;
  });

/** `host:port,host:port,…` for Redis Cluster seed nodes or Sentinels. */
const hostPorts = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const nodes = s.split(",").map((p) => p.trim()).filter(Boolean).map((p) => /^([\w.-]+|\[[0-9a-fA-F:]+\]):(\d{1,5})$/.exec(p));
    if (nodes.length === 0 || nodes.some((m) => !m || Number(m[2]) > 65535)) {
      ctx.addIssue({ code: "custom", message: "expected comma-separated host:port, e.g. 10.0.0.1:7000,10.0.0.2:7000" });
      return z.NEVER;
    }
    return nodes.map((m) => ({ host: m![1]!.replace(/^\[|\]$/g, ""), port: Number(m![2]) }));
  });

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    TELEGRAM_BOT_TOKEN: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d+:[\w-]{20,}$/, "expected a token from @BotFather, like 123456:ABC-DEF…")
        .optional(),
    ),
    TELEGRAM_API_ROOT: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).default("https://api.telegram.org")),
    TELEGRAM_WEBHOOK_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https$/ }).optional()),
    TELEGRAM_WEBHOOK_SECRET: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, "expected 16-256 characters of A-Z, a-z, 0-9, _ or -")
        .optional(),
    ),
    REDIS_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^rediss?$/ }).optional()),
    REDIS_CLUSTER_NODES: z.preprocess(emptyToUndefined, hostPorts.optional()),
    REDIS_SENTINELS: z.preprocess(emptyToUndefined, hostPorts.optional()),
    REDIS_SENTINEL_NAME: z.preprocess(emptyToUndefined, z.string().regex(/^[\w.-]{1,64}$/, "expected the name of the Sentinel master group, e.g. mymaster").optional()),
    // Cluster and Sentinel only; a single node takes its password in REDIS_URL.
    REDIS_PASSWORD: optionalString,
    // Braces are refused: the app puts its own hash tags after the prefix, one per entity.
    REDIS_PREFIX: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[\w:.-]{1,64}$/, "expected 1-64 characters of letters, digits, _ : . or - (no braces: the app adds its own hash tags)")
        .default("dvc:"),
    ),
    BOT_ADMINS: z.preprocess((v) => v ?? "", userIds),
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(8080)),
    HOST: z.preprocess(emptyToUndefined, z.string().default("127.0.0.1")),
    UNITS_FILE: optionalString,
    HASH_SECRET: optionalString,
    QUIET_HOURS: z.preprocess((v) => v ?? "21:00-07:00", quietHours),
    STATE_TTL_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(365).default(30)),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default("./data")),
    ZALO_APP_ID: z.preprocess(emptyToUndefined, z.string().regex(/^\d{6,25}$/, "expected the numeric App ID of the Zalo app").optional()),
    ZALO_APP_SECRET: optionalString,
    ZALO_OA_SECRET_KEY: optionalString,
    ZALO_REFRESH_TOKEN: optionalString,
    ZALO_API_ROOT: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).default("https://openapi.zalo.me")),
    ZALO_OAUTH_ROOT: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).default("https://oauth.zaloapp.com")),
    // Telegram's limit without paid broadcasts is 30 messages a second for a bot; a little under it
    // leaves room for the replies citizens are waiting for.
    TELEGRAM_BULK_RATE: z.preprocess(
      emptyToUndefined,
      z.coerce.number().gt(0).max(30, "at most 30 messages a second (Telegram's limit without paid broadcasts)").default(28.8),
    ),
    // Paid broadcasts: past 30 a second for 0.1 Star a message, within a monthly cap of Stars. The
    // default pace keeps the free pace's 4 % margin under Telegram's 1,000 (any 1-s window counts).
    TELEGRAM_PAID_BROADCAST: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v), z.enum(["on", "off"]).default("off")),
    TELEGRAM_PAID_RATE: z.preprocess(
      emptyToUndefined,
      z.coerce.number().gt(30, "paid broadcasts are for more than 30 a second").max(1000, "at most 1,000 messages a second (Telegram's limit for paid broadcasts)").default(960),
    ),
    TELEGRAM_STARS_BUDGET: z.preprocess(emptyToUndefined, z.coerce.number().int("a whole number of Stars").min(1).max(100_000_000).optional()),
    STALL_NUDGE_HOURS: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(720).default(24)),
    ZALO_PUSH_WINDOW: z.preprocess(emptyToUndefined, z.enum(["48h", "7d", "off"]).default("48h")),
    ZALO_BOT_TOKEN: z.preprocess(emptyToUndefined, z.string().regex(/^\d+:[\w-]{8,}$/, "expected the bot token from Zalo Bot Creator, like 123456:abc…").optional()),
    ZALO_BOT_API_ROOT: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).default("https://bot-api.zaloplatforms.com")),
    ZALO_BOT_WEBHOOK_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https$/, error: "expected the public https:// URL that reaches /zalo-bot/webhook" }).optional()),
    ZALO_BOT_WEBHOOK_SECRET: z.preprocess(emptyToUndefined, z.string().min(8).max(256).optional()),
    TRUST_PROXY: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v), z.enum(["on", "off"]).default("off")),
    WEBCHAT: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v), z.enum(["on", "off", "auto"]).default("auto")),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.HASH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["HASH_SECRET"], message: "required in production (a long random string)" });
    }
    if (env.HASH_SECRET && env.HASH_SECRET.length < 16) {
      ctx.addIssue({ code: "custom", path: ["HASH_SECRET"], message: "expected at least 16 characters" });
    }
    if (env.ZALO_APP_ID) {
      for (const name of ["ZALO_APP_SECRET", "ZALO_OA_SECRET_KEY", "ZALO_REFRESH_TOKEN"] as const) {
        if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "required when ZALO_APP_ID is set (see README, Zalo)" });
      }
    }
    if (env.REDIS_SENTINELS && !env.REDIS_SENTINEL_NAME) {
      ctx.addIssue({ code: "custom", path: ["REDIS_SENTINEL_NAME"], message: "required with REDIS_SENTINELS (the master group's name, e.g. mymaster)" });
    }
    if (env.TELEGRAM_PAID_BROADCAST === "on" && env.TELEGRAM_STARS_BUDGET === undefined) {
      ctx.addIssue({ code: "custom", path: ["TELEGRAM_STARS_BUDGET"], message: "required with TELEGRAM_PAID_BROADCAST=on: the most Stars a calendar month may spend (0.1 Star a message)" });
    }
    if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_BOT_TOKEN) {
      ctx.addIssue({ code: "custom", path: ["TELEGRAM_WEBHOOK_URL"], message: "needs TELEGRAM_BOT_TOKEN as well" });
    }
  });

/** How the Telegram channel receives updates: a discriminated union, so each mode carries only its fields. */
export type TelegramConfig =
  | { mode: "polling"; token: string; apiRoot: string }
  | { mode: "webhook"; token: string; apiRoot: string; webhookUrl: string; webhookSecret: string };

/** The commune's Zalo Official Account (OA Open API v3). */
export interface ZaloConfig {
  appId: string;
  appSecret: string;
  /** The OA secret key: only for checking webhook signatures. */
  oaSecretKey: string;
  /** A seed: used only while no token pair is stored in Redis. */
  refreshToken: string;
  apiRoot: string;
  oauthRoot: string;
  /**
   * How long after a person's last message reminders and broadcasts may still go to them on Zalo
   * (ms): 48 h of free replies, or 7 days of customer-service messages; null: never push on Zalo.
   */
  pushWindowMs: number | null;
}

/** The Zalo Bot Platform (Telegram-like, no buttons): long polling, or a webhook when a URL is set. */
export interface ZaloBotConfig {
  token: string;
  apiRoot: string;
  /** Webhook mode: the public URL Zalo posts to, and the secret it echoes in X-Bot-Api-Secret-Token. */
  webhook: { url: string; secret: string } | null;
}

/** ZALO_PUSH_WINDOW's values in ms. */
const ZALO_WINDOWS = { "48h": 48 * 3_600_000, "7d": 7 * 86_400_000, off: null } as const;

/**
 * Where Redis is: one node (REDIS_URL), a Cluster (REDIS_CLUSTER_NODES, which wins when set) or a
 * Sentinel group (REDIS_SENTINELS); null: the app starts a private redis-server of its own.
 */
export type RedisTarget =
  | { kind: "single"; url: string }
  | { kind: "cluster"; nodes: { host: string; port: number }[]; password: string | null }
  | { kind: "sentinel"; sentinels: { host: string; port: number }[]; name: string; password: string | null };

/** Minutes after local midnight (Asia/Ho_Chi_Minh) during which bulk sending pauses. */
export interface QuietHours {
  fromMinute: number;
  toMinute: number;
}

export interface Config {
  env: "development" | "production" | "test";
  logLevel: string;
  telegram: TelegramConfig | null;
  zalo: ZaloConfig | null;
  /** The Zalo Bot Platform (Telegram-like, no buttons), polled. */
  zaloBot: ZaloBotConfig | null;
  redis: { target: RedisTarget | null; prefix: string };
  admins: string[];
  http: { host: string; port: number };
  unitsFile: string | null;
  hashSecret: string;
  quietHours: QuietHours | null;
  stateTtlSeconds: number;
  /** After how long a guide left halfway gets its one nudge (ms); null: never. */
  stallNudgeMs: number | null;
  /** Broadcast and reminder messages a second on Telegram, shared by every instance. */
  telegramBulkRate: number;
  /** Paid broadcasts on Telegram (TELEGRAM_PAID_BROADCAST=on): their pace and monthly Stars cap; null when off. */
  telegramPaid: { ratePerSecond: number; monthlyBudgetStars: number } | null;
  dataDir: string;
  /** The local web chat runs: WEBCHAT=on, or (auto, the default) when no other channel is configured. */
  webchat: boolean;
  /** Behind a reverse proxy: a client is the first X-Forwarded-For address, not the proxy's. */
  trustProxy: boolean;
}

function redisTarget(e: z.infer<typeof schema>): RedisTarget | null {
  const password = e.REDIS_PASSWORD ?? null;
  if (e.REDIS_CLUSTER_NODES) return { kind: "cluster", nodes: e.REDIS_CLUSTER_NODES, password };
  if (e.REDIS_SENTINELS) return { kind: "sentinel", sentinels: e.REDIS_SENTINELS, name: e.REDIS_SENTINEL_NAME!, password };
  return e.REDIS_URL ? { kind: "single", url: e.REDIS_URL } : null;
}

/**
 * Validates `env` and returns the typed configuration. Throws `ConfigError` with a one-line message
 * such as `PORT: expected a number from 0 to 65535 (got "abc")`.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? "config");
    const got = env[name];
    const shown = got === undefined ? "" : ` (got ${JSON.stringify(name.includes("TOKEN") || name.includes("SECRET") ? "…" : got)})`;
    throw new ConfigError(`${name}: ${issue.message}${shown}`);
  }
  const e = parsed.data;
  let telegram: TelegramConfig | null = null;
  if (e.TELEGRAM_BOT_TOKEN) {
    telegram = e.TELEGRAM_WEBHOOK_URL
      ? {
          mode: "webhook",
          token: e.TELEGRAM_BOT_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, ""),
          webhookUrl: e.TELEGRAM_WEBHOOK_URL,
          // Derived from the token (never the token itself) when none is configured, so webhook mode is always guarded.
          webhookSecret: e.TELEGRAM_WEBHOOK_SECRET ?? createHash("sha256").update(`webhook:${e.TELEGRAM_BOT_TOKEN}`).digest("base64url"),
        }
      : { mode: "polling", token: e.TELEGRAM_BOT_TOKEN, apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, "") };
  }
  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    telegram,
    zalo: e.ZALO_APP_ID
      ? {
          appId: e.ZALO_APP_ID,
          appSecret: e.ZALO_APP_SECRET!,
          oaSecretKey: e.ZALO_OA_SECRET_KEY!,
          refreshToken: e.ZALO_REFRESH_TOKEN!,
          apiRoot: e.ZALO_API_ROOT.replace(/\/+$/, ""),
          oauthRoot: e.ZALO_OAUTH_ROOT.replace(/\/+$/, ""),
          pushWindowMs: ZALO_WINDOWS[e.ZALO_PUSH_WINDOW],
        }
      : null,
    zaloBot: e.ZALO_BOT_TOKEN
      ? {
          token: e.ZALO_BOT_TOKEN,
          apiRoot: e.ZALO_BOT_API_ROOT.replace(/\/+$/, ""),
          webhook: e.ZALO_BOT_WEBHOOK_URL
            ? // Derived from the token (never the token itself) when none is configured, as for Telegram.
              { url: e.ZALO_BOT_WEBHOOK_URL, secret: e.ZALO_BOT_WEBHOOK_SECRET ?? createHash("sha256").update(`zalo-bot-webhook:${e.ZALO_BOT_TOKEN}`).digest("base64url") }
            : null,
        }
      : null,
    redis: { target: redisTarget(e), prefix: e.REDIS_PREFIX },
    admins: e.BOT_ADMINS,
    http: { host: e.HOST, port: e.PORT },
    unitsFile: e.UNITS_FILE ?? null,
    hashSecret: e.HASH_SECRET ?? DEV_HASH_SECRET,
    quietHours: e.QUIET_HOURS,
    stateTtlSeconds: e.STATE_TTL_DAYS * 86_400,
    telegramBulkRate: e.TELEGRAM_BULK_RATE,
    telegramPaid: e.TELEGRAM_PAID_BROADCAST === "on" ? { ratePerSecond: e.TELEGRAM_PAID_RATE, monthlyBudgetStars: e.TELEGRAM_STARS_BUDGET! } : null,
    stallNudgeMs: e.STALL_NUDGE_HOURS > 0 ? e.STALL_NUDGE_HOURS * 3_600_000 : null,
    dataDir: e.DATA_DIR,
    trustProxy: e.TRUST_PROXY === "on",
    webchat: e.WEBCHAT === "on" || (e.WEBCHAT === "auto" && !telegram && !e.ZALO_APP_ID && !e.ZALO_BOT_TOKEN),
  };
}
