/**
 * The commune's Zalo OA end to end, in-process (createApp) against a local fake of Zalo's API: signed
 * webhooks (forged, missing, other app), a duplicate msg_id, a guide walked with Zalo buttons and
 * typed numbers, a secret typed by mistake, an expired token refreshed once, single-use refresh
 * tokens shared by two keepers, a restart, and an event acknowledged before its process died.
 */
import type { RedisClient } from "../../../src/redis/connection.js";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../../src/app.js";
import { ZaloTokenKeeper } from "../../../src/bot/zalo/token-keeper.js";
import { ConfigError, loadConfig } from "../../../src/config.js";
import { startFakeZalo, type FakeZalo } from "../../support/fake-zalo.js";
import { cleanupPrefix, newRedis, redisEnv, uniquePrefix } from "../../support/redis.js";

const logger = pino({ level: "silent" });
let zalo: FakeZalo;
let redis: RedisClient;
const prefix = uniquePrefix("zalo");
const apps: App[] = [];

function env(extra: Record<string, string> = {}) {
  return loadConfig({
    ...redisEnv(),
    REDIS_PREFIX: prefix,
    PORT: "0",
    ...zalo.env(),
    ...extra,
  });
}

async function start(): Promise<App> {
  const app = await createApp(env(), { logger });
  apps.push(app);
  return app;
}

beforeAll(async () => {
  zalo = await startFakeZalo();
  redis = newRedis();
});
afterAll(async () => {
  for (const app of apps) await app.stop();
  await zalo.close();
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

let msg = 0;
const textEvent = (user: string, text: string, msgId = `msg-${++msg}`) => ({ event_name: "user_send_text", sender: { id: user }, recipient: { id: "oa-1" }, message: { msg_id: msgId, text } });
async function deliver(app: App, event: Record<string, unknown>, opts?: Parameters<FakeZalo["signed"]>[1]) {
  const { body, headers } = zalo.signed(event, opts);
  return fetch(`http://127.0.0.1:${app.port}/zalo/webhook`, { method: "POST", headers, body });
}
const to = (user: string) => zalo.sent.filter((m) => m.userId === user);
async function expectSent(user: string, text: string, from = 0) {
  await expect.poll(() => to(user).slice(from).some((m) => m.text.includes(text)), { timeout: 10_000 }).toBe(true);
}
const payloadOf = (user: string, title: string) => {
  const withButton = [...to(user)].reverse().find((m) => m.buttons.some((b) => b.title.includes(title)));
  return String(withButton!.buttons.find((b) => b.title.includes(title))!.payload);
};

describe("Zalo OA channel", () => {
  it("refuses forged, unsigned and other apps' webhooks, and handles a duplicate msg_id once", async () => {
    const app = await start();
    const user = "z-100";
    expect((await deliver(app, textEvent(user, "/start"), { forge: true })).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${app.port}/zalo/webhook`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(textEvent(user, "/start")) })).status).toBe(401);
    expect((await deliver(app, textEvent(user, "/start"), { appId: "999999999" })).status).toBe(401);
    expect(to(user)).toHaveLength(0);

    const event = textEvent(user, "/start");
    expect((await deliver(app, event)).status).toBe(200);
    expect((await deliver(app, event)).status).toBe(200); // Zalo retried the same msg_id
    await expectSent(user, "Xin chào");
    await deliver(app, textEvent(user, "/menu"));
    await expect.poll(() => to(user).length, { timeout: 10_000 }).toBeGreaterThan(1);
    expect(to(user).filter((m) => m.text.includes("Xin chào"))).toHaveLength(1);
  });

  it("guides a citizen with Zalo buttons, typed numbers and kind answers to stickers and secrets", async () => {
    const app = apps[0] ?? (await start());
    const user = "z-200";
    await deliver(app, { event_name: "follow", follower: { id: user }, oa_id: "oa-1" });
    await expectSent(user, "Xin chào");
    expect(to(user).at(-1)!.buttons.length).toBeLessThanOrEqual(5);
    await deliver(app, textEvent(user, payloadOf(user, "Tiếng Việt"))); // a tap sends its payload as text
    await expectSent(user, "xã nào");
    // Six communes and the way home are more than five buttons: a numbered menu instead.
    const communes = to(user).at(-1)!;
    expect(communes.buttons).toEqual([]);
    expect(communes.text).toMatch(/1\. xã Trà Cú/);
    await deliver(app, textEvent(user, "5"));
    await expectSent(user, "Long Hiệp");

    let before = to(user).length;
    await deliver(app, { event_name: "user_send_sticker", sender: { id: user }, message: { msg_id: `msg-${++msg}` } });
    await expectSent(user, "chữ", before);

    before = to(user).length;
    await deliver(app, textEvent(user, "số căn cước của tôi là 012345678901"));
    await expectSent(user, "Bác hãy tự xóa tin nhắn vừa gửi", before);
    expect(JSON.stringify(await redis.get(`${prefix}chat:zalo:${user}`))).not.toContain("012345678901");
    // Answered events are deleted from the ingress stream: what people typed is not kept.
    await expect.poll(async () => JSON.stringify(await redis.xrange(`${prefix}{zalo:in}`, "-", "+")), { timeout: 5_000 }).not.toContain("012345678901");
  });

  it("refreshes an expired token once and sends again; a restart uses the stored pair", async () => {
    const app = apps[0] ?? (await start());
    const user = "z-300";
    await deliver(app, textEvent(user, "/start"));
    await expectSent(user, "Xin chào");
    const calls = zalo.refreshCalls;
    zalo.expireAccessTokens();
    const before = to(user).length;
    await deliver(app, textEvent(user, "/menu"));
    await expect.poll(() => to(user).length, { timeout: 10_000 }).toBeGreaterThan(before);
    expect(zalo.refreshCalls).toBe(calls + 1);

    // A new keeper (a restart) reads the stored pair: no refresh, and the seed is never reused.
    const keeper = new ZaloTokenKeeper({ redis, prefix, appId: zalo.appId, appSecret: zalo.appSecret, seedRefreshToken: zalo.seedRefreshToken, oauthRoot: zalo.oauthRoot, logger });
    expect(await keeper.accessToken()).toMatch(/^access-/);
    expect(zalo.refreshCalls).toBe(calls + 1);
  });

  it("lets two processes that meet an expired token refresh it once between them", async () => {
    const p = `${prefix}two:`;
    const make = () => new ZaloTokenKeeper({ redis, prefix: p, appId: zalo.appId, appSecret: zalo.appSecret, seedRefreshToken: "unused", oauthRoot: zalo.oauthRoot, logger });
    // Seed this prefix with a valid pair taken from the shared keeper's chain.
    const seed = JSON.parse((await redis.get(`${prefix}zalo:token`))!) as { refreshToken: string };
    await redis.set(`${p}zalo:token`, JSON.stringify({ accessToken: "stale", refreshToken: seed.refreshToken, expiresAt: Date.now() + 3_600_000 }));
    const calls = zalo.refreshCalls;
    const [a, b] = await Promise.all([make().refresh("stale"), make().refresh("stale")]);
    expect(a.accessToken).toBe(b.accessToken);
    expect(zalo.refreshCalls).toBe(calls + 1);
    // The shared keeper's refresh token was spent here: give the main prefix the new pair.
    await redis.set(`${prefix}zalo:token`, (await redis.get(`${p}zalo:token`))!);
  });

  it("handles an event acknowledged just before its process died", async () => {
    const app = apps[0] ?? (await start());
    const user = "z-400";
    // The worker is down (killed) but the webhook already answered 200: the event waits in Redis.
    await app.channels.find((c) => c.id === "zalo")!.stop();
    expect((await deliver(app, textEvent(user, "/start"))).status).toBe(200);
    expect(to(user)).toHaveLength(0);
    const restarted = await start(); // another instance (or the restart) picks it up
    await expectSent(user, "Xin chào");
    expect(restarted.channels.map((c) => c.id)).toEqual(["zalo"]);
  });

  it("lets an invited official read /thongke on Zalo, as plain text; anyone else gets 'for officials'", async () => {
    const app = apps.at(-1)!;
    const official = "z-500";
    const stranger = "z-501";
    await deliver(app, textEvent(stranger, "/thongke"));
    await expectSent(stranger, "Lệnh này dành cho cán bộ.");
    const { RoleStore } = await import("../../../src/roles/role-store.js");
    const { Invitations } = await import("../../../src/roles/invitations.js");
    const roles = new RoleStore(redis, prefix, []);
    await roles.grant("zalo:900", "admin", { by: "setup", via: "test" }); // an admin who works from Zalo
    const invite = await new Invitations(redis, prefix, roles).create("official", "long-hiep", "zalo:900");
    await deliver(app, textEvent(official, `/kichhoat ${invite.code}`));
    await expectSent(official, "Đã kích hoạt quyền cán bộ (xã Long Hiệp)");
    await deliver(app, textEvent(official, "/thongke"));
    await expectSent(official, "Thống kê đến nay");
    const overview = to(official).find((m) => m.text.includes("Thống kê đến nay"))!.text;
    expect(overview).not.toMatch(/<\/?(b|pre)>/);
    expect(overview).toContain("Long Hiệp");
    expect(overview).not.toContain("Trà Cú");

    // The district's Excel sheet and the CSV come as Zalo files.
    let from = to(official).length;
    await deliver(app, textEvent(official, "/xuatbaocao"));
    await expect.poll(() => to(official).slice(from).filter((m) => m.file).length, { timeout: 10_000 }).toBe(2);
    const [xlsx, csv] = to(official).slice(from).flatMap((m) => (m.file ? [m.file] : []));
    expect(xlsx!.name).toMatch(/^bao-cao-truc-tuyen_.*\.xlsx$/);
    expect(xlsx!.bytes.subarray(0, 2).toString()).toBe("PK"); // a zip, as every .xlsx
    expect(csv!.bytes.toString()).toContain("Long Hiệp");
    expect(csv!.bytes.toString()).not.toContain("Trà Cú");
    // A file Zalo will not take: said plainly, and the figures come as text instead.
    zalo.refuseUploads = true;
    from = to(official).length;
    await deliver(app, textEvent(official, "/xuatbaocao"));
    await expectSent(official, "Zalo chưa nhận tệp", from);
    await expectSent(official, "Hồ sơ nộp trực tuyến", from);
    zalo.refuseUploads = false;

    from = to(official).length;
    await deliver(app, textEvent(official, "/baocaongay bat"));
    await expectSent(official, "Đã bật: mỗi sáng lúc 7:00", from);
    expect(await redis.smembers(`${prefix}digest:subscribers`)).toContain(`zalo:${official}`);
  });

  it("stops start-up with one line naming a missing Zalo setting", () => {
    expect(() => loadConfig({ ZALO_APP_ID: "1234567890123", ZALO_OA_SECRET_KEY: "x", ZALO_REFRESH_TOKEN: "y" })).toThrow(ConfigError);
    expect(() => loadConfig({ ZALO_APP_ID: "1234567890123", ZALO_OA_SECRET_KEY: "x", ZALO_REFRESH_TOKEN: "y" })).toThrow(/^ZALO_APP_SECRET: required when ZALO_APP_ID is set/);
  });
});

describe("Zalo: sharing a phone number with an official", () => {
  it("asks with Zalo's info card and reads the shared number from user_submit_info", async () => {
    const { fromZaloEvent } = await import("../../../src/bot/zalo/inbound.js");
    const app = apps.at(-1) ?? (await start());
    const { api } = app.channels.find((c) => c.id === "zalo") as unknown as { api: import("../../../src/bot/zalo/api.js").ZaloOaApi };
    await api.requestUserInfo("z-900", "📞 Gửi số điện thoại của tôi", "Cán bộ xã Long Hiệp muốn gọi điện cho bác.");
    expect(to("z-900").at(-1)?.infoRequest).toEqual({ title: "📞 Gửi số điện thoại của tôi", subtitle: "Cán bộ xã Long Hiệp muốn gọi điện cho bác." });
    expect(fromZaloEvent({ event_name: "user_submit_info", sender: { id: "z-900" }, timestamp: "1", info: { phone: 84912345678 } } as never)).toEqual({
      userId: "z-900",
      eventId: "info:z-900:1",
      sharedPhone: "84912345678",
      sentAt: 1,
    });
  });
});
