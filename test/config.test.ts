import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

describe("loadConfig", () => {
  it("gives working defaults for a laptop: web chat, local Redis, quiet hours 21:00-07:00", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      telegram: null,
      redis: { target: null, prefix: "dvc:" },
      http: { host: "127.0.0.1", port: 8080 },
      admins: [],
      unitsFile: null,
      quietHours: { fromMinute: 21 * 60, toMinute: 7 * 60 },
    });
    expect(config.hashSecret.length).toBeGreaterThan(15);
  });

  it("runs Telegram by long polling when a token is set, and by webhook when a URL is set too", () => {
    const token = "123456:ABCdefGhIJKlmnoPQRstuVWXyz_-1234";
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: token }).telegram).toEqual({ mode: "polling", token, apiRoot: "https://api.telegram.org" });
    const hook = loadConfig({
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: "http://127.0.0.1:9999/",
      TELEGRAM_WEBHOOK_URL: "https://bot.example.vn/telegram/webhook",
      TELEGRAM_WEBHOOK_SECRET: "s3cret-s3cret-s3cret",
    }).telegram;
    expect(hook).toEqual({
      mode: "webhook",
      token,
      apiRoot: "http://127.0.0.1:9999",
      webhookUrl: "https://bot.example.vn/telegram/webhook",
      webhookSecret: "s3cret-s3cret-s3cret",
    });
  });

  it("paces Telegram broadcasts at 28.8 a second unless told otherwise", () => {
    expect(loadConfig({}).telegramBulkRate).toBe(28.8);
    expect(loadConfig({ TELEGRAM_BULK_RATE: "20" }).telegramBulkRate).toBe(20);
  });

  it("turns paid broadcasts on only with a monthly Stars budget, at 960 a second unless told (at most 1,000)", () => {
    expect(loadConfig({}).telegramPaid).toBeNull();
    expect(loadConfig({ TELEGRAM_PAID_BROADCAST: "on", TELEGRAM_STARS_BUDGET: "5000" }).telegramPaid).toEqual({ ratePerSecond: 960, monthlyBudgetStars: 5000 });
    expect(loadConfig({ TELEGRAM_PAID_BROADCAST: "ON", TELEGRAM_STARS_BUDGET: "50", TELEGRAM_PAID_RATE: "300" }).telegramPaid).toEqual({ ratePerSecond: 300, monthlyBudgetStars: 50 });
    expect(loadConfig({ TELEGRAM_STARS_BUDGET: "50" }).telegramPaid).toBeNull();
  });

  it("reads a Redis Cluster (which wins over REDIS_URL) or a Sentinel group, and refuses half a Sentinel", () => {
    expect(loadConfig({ REDIS_URL: "redis://h:1", REDIS_CLUSTER_NODES: "10.0.0.1:7000, 10.0.0.2:7001" }).redis.target).toEqual({
      kind: "cluster",
      nodes: [{ host: "10.0.0.1", port: 7000 }, { host: "10.0.0.2", port: 7001 }],
      password: null,
    });
    expect(loadConfig({ REDIS_SENTINELS: "s1:26379,s2:26379", REDIS_SENTINEL_NAME: "mymaster", REDIS_PASSWORD: "pw" }).redis.target).toEqual({
      kind: "sentinel",
      sentinels: [{ host: "s1", port: 26379 }, { host: "s2", port: 26379 }],
      name: "mymaster",
      password: "pw",
    });
    expect(() => loadConfig({ REDIS_SENTINELS: "s1:26379" })).toThrow(/REDIS_SENTINEL_NAME: required with REDIS_SENTINELS/);
    expect(() => loadConfig({ REDIS_CLUSTER_NODES: "10.0.0.1" })).toThrow(/REDIS_CLUSTER_NODES: expected comma-separated host:port/);
    expect(() => loadConfig({ REDIS_PREFIX: "{dvc}:" })).toThrow(/REDIS_PREFIX: .*no braces/);
    expect(loadConfig({}).redis.target).toBeNull(); // a private redis-server of its own
  });

  it("reads admins, prefix, quiet hours off and the units file", () => {
    const config = loadConfig({ BOT_ADMINS: "111, 222", REDIS_PREFIX: "tra-cu:", QUIET_HOURS: "", UNITS_FILE: "content/units/tra-cu-2023.yaml", REDIS_URL: "redis://10.0.0.5:6380/2" });
    expect(config.admins).toEqual(["111", "222"]);
    expect(config.redis).toEqual({ target: { kind: "single", url: "redis://10.0.0.5:6380/2" }, prefix: "tra-cu:" });
    expect(config.quietHours).toBeNull();
    expect(config.unitsFile).toBe("content/units/tra-cu-2023.yaml");
  });

  it.each([
    [{ PORT: "abc" }, /^PORT: .*\(got "abc"\)$/],
    [{ PORT: "70000" }, /^PORT: /],
    [{ TELEGRAM_BULK_RATE: "50" }, /^TELEGRAM_BULK_RATE: at most 30 messages a second/],
    [{ TELEGRAM_BULK_RATE: "0" }, /^TELEGRAM_BULK_RATE: /],
    [{ TELEGRAM_PAID_BROADCAST: "on" }, /^TELEGRAM_STARS_BUDGET: required with TELEGRAM_PAID_BROADCAST=on/],
    [{ TELEGRAM_PAID_BROADCAST: "on", TELEGRAM_STARS_BUDGET: "100", TELEGRAM_PAID_RATE: "5000" }, /^TELEGRAM_PAID_RATE: at most 1,000 messages a second/],
    [{ TELEGRAM_PAID_BROADCAST: "on", TELEGRAM_STARS_BUDGET: "-3" }, /^TELEGRAM_STARS_BUDGET: /],
    [{ TELEGRAM_PAID_BROADCAST: "yes" }, /^TELEGRAM_PAID_BROADCAST: /],
    [{ TELEGRAM_BOT_TOKEN: "nope" }, /^TELEGRAM_BOT_TOKEN: expected a token from @BotFather.*\(got "…"\)$/],
    [{ REDIS_URL: "http://x" }, /^REDIS_URL: /],
    [{ BOT_ADMINS: "12,abc" }, /^BOT_ADMINS: expected comma-separated user ids: a Telegram id/],
    [{ QUIET_HOURS: "9pm-7am" }, /^QUIET_HOURS: expected HH:MM-HH:MM/],
    [{ NODE_ENV: "production" }, /^HASH_SECRET: required in production/],
    [{ HASH_SECRET: "short" }, /^HASH_SECRET: expected at least 16 characters/],
    [{ TELEGRAM_WEBHOOK_URL: "https://x.vn/hook" }, /^TELEGRAM_WEBHOOK_URL: needs TELEGRAM_BOT_TOKEN/],
    [{ TELEGRAM_WEBHOOK_URL: "http://x.vn/hook", TELEGRAM_BOT_TOKEN: "123456:ABCdefGhIJKlmnoPQRstuVWXyz_-1234" }, /^TELEGRAM_WEBHOOK_URL: /],
  ])("rejects %j with one line naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).not.toContain("\n");
    }
  });
});
