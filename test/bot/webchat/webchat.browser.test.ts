/**
 * The web chat in a real browser: the app server (real content, real Redis) on a free port and the
 * system Chromium driven by playwright-core. A citizen goes through onboarding, then the VNeID guide
 * to its end, only by pressing buttons and typing, as they would on the page.
 */
import type { ServerType } from "@hono/node-server";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../../src/bot/assistant.js";
import { createAssistant } from "../../../src/bot/assistant-factory.js";
import { webChatRoutes } from "../../../src/bot/webchat/routes.js";
import { loadContent } from "../../../src/flows/content.js";
import { startHttpServer } from "../../../src/http/server.js";
import { connectRedis, createRedis, type RedisClient } from "../../../src/redis/connection.js";
import { chromiumPath, closeServer, launchChromium } from "../../support/browser.js";
import { cleanupPrefix, redisUrl, sessionStreamToday, uniquePrefix } from "../../support/redis.js";

const executable = chromiumPath();
const DEMO_BANNER = "Bản thử nghiệm (demo) trên máy này — không gửi gì đến cơ quan nhà nước";
const ACTION_TIMEOUT_MS = 10_000;

let redis: RedisClient | undefined;
let prefix: string;
let assistant: Assistant | undefined;
let server: ServerType | undefined;
let baseUrl: string;
let browser: Browser | undefined;

/** One visitor: a fresh browser context is a fresh localStorage, hence a fresh chat. */
async function openChat(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser!.newContext({ viewport: { width: 420, height: 860 }, locale: "vi-VN" });
  const page = await context.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(String(err)));
  await page.goto(baseUrl);
  return { context, page, errors };
}

/** What the user sees and presses. Buttons are found by their visible label, as a person would. */
function chat(page: Page) {
  const transcript = page.locator("#transcript");
  const botBubbles = transcript.locator(".msg.bot");
  return {
    transcript,
    botBubbles,
    lastBot: (): Locator => botBubbles.last(),
    /** A button on the current screen (buttons of older screens are switched off). */
    button: (name: string): Locator => transcript.getByRole("button", { name, exact: true, disabled: false }),
    press: async (name: string) => {
      await transcript.getByRole("button", { name, exact: true, disabled: false }).click();
    },
    type: async (text: string) => {
      await page.getByRole("textbox", { name: "Nhập tin nhắn" }).fill(text);
      await page.getByRole("button", { name: "Gửi", exact: true }).click();
    },
    /** Waits until the transcript shows `text` (in a bot bubble unless told otherwise). */
    sees: async (text: string, where: Locator = botBubbles) => {
      await where.getByText(text).last().waitFor();
    },
  };
}

async function sessionEntries(): Promise<Array<Record<string, string>>> {
  const entries = await redis!.xrange(sessionStreamToday(prefix), "-", "+");
  return entries.map(([, fields]) => {
    const record: Record<string, string> = {};
    for (let i = 0; i + 1 < fields.length; i += 2) record[fields[i]!] = fields[i + 1]!;
    return record;
  });
}

// Skipped on a machine without Chromium, except in CI (.ci/run installs it and sets REQUIRE_BROWSER).
describe.skipIf(!executable && !process.env.REQUIRE_BROWSER)("web chat in a real browser", () => {
  beforeAll(async () => {
    redis = createRedis({ kind: "single", url: redisUrl() }, "webchat-test");
    await connectRedis(redis);
    prefix = uniquePrefix("webchat");
    assistant = createAssistant({ redis, prefix, content: loadContent(), hashSecret: "test-secret-0123456789" });
    const started = await startHttpServer({ host: "127.0.0.1", port: 0, redis, mounts: [{ path: "/", app: webChatRoutes(assistant) }] });
    server = started.server;
    baseUrl = `http://127.0.0.1:${started.port}/`;
    browser = await launchChromium(executable);
  });

  afterAll(async () => {
    // Browser first (it holds keep-alive connections), then the server, then storage.
    await browser?.close().catch(() => undefined);
    if (server) await closeServer(server);
    await assistant?.drain();
    if (redis) {
      await cleanupPrefix(redis, prefix).catch(() => undefined);
      await redis.quit().catch(() => redis!.disconnect());
    }
  });

  it("guides a citizen through onboarding and the VNeID guide to its end, by buttons and typing", { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openChat();
    const c = chat(page);
    try {
      // The page itself: Vietnamese, the demo banner in view, a chat id kept in this browser.
      expect(await page.locator("html").getAttribute("lang")).toBe("vi");
      expect(await page.getByText(DEMO_BANNER).isVisible()).toBe(true);
      expect(await c.transcript.getAttribute("aria-live")).toBe("polite");
      await expect(page.getByRole("button", { name: "🏠 Về menu" }).first().isVisible()).resolves.toBe(true);
      await expect(page.getByRole("button", { name: "Bắt đầu lại", exact: true }).isVisible()).resolves.toBe(true);

      // Onboarding: the language question comes by itself on load.
      await c.sees("Bác chọn ngôn ngữ nhé.");
      const chatId = await page.evaluate(() => Object.values({ ...window.localStorage }).find((v) => /^[0-9a-f]{32}$/.test(v)));
      expect(chatId).toMatch(/^[0-9a-f]{32}$/);

      // Big, legible buttons for elderly eyes and thumbs.
      const first = c.button("Tiếng Việt");
      const box = await first.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(48);
      const fontPx = await first.evaluate((el) => parseFloat(window.getComputedStyle(el).fontSize));
      expect(fontPx).toBeGreaterThanOrEqual(18);

      await c.press("Tiếng Việt");
      await c.sees("Bác đang ở xã nào?");

      // A name that matches nothing is echoed back as text, never as markup.
      await c.type("<b>Ngọc</b>");
      await c.sees('Chưa tìm thấy xã "<b>Ngọc</b>"');
      expect(await c.transcript.locator("b").count()).toBe(0);

      // The old commune name, typed: the page says where it belongs now.
      await c.type("Ngọc Biên");
      await c.sees("Ngọc Biên", c.transcript.locator(".msg.user"));
      await c.sees("nay thuộc xã Long Hiệp");
      await c.sees("Bác có muốn nhận tin nhắc vào mỗi thứ Năm không?");
      await c.press("🔔 Có, nhắc tôi");
      // Anonymous statistics: a purpose of its own, asked on its own, nothing chosen in advance.
      await c.sees("mã ẩn danh");
      await c.press("✅ Đồng ý");

      // The menu, with the commune chosen.
      await c.sees("Xã của bác: xã Long Hiệp");
      await c.press("🪪 Làm VNeID, đăng nhập Cổng");
      await c.sees("Bác làm cho ai?");
      await c.press("🙋 Cho chính tôi");
      await c.sees("Bác (hoặc người nhà) đang ở trường hợp nào?");
      await c.press("💳 Có thẻ chip, chưa có VNeID");
      // Where to go, then what number to use: one screen each.
      await c.sees("Bác đến Công an xã");
      await c.press("Tiếp tục ➡️");
      await c.sees("Bác cần một số điện thoại");
      await c.press("Tiếp tục ➡️");

      // The checklist: a tick redraws the same bubble, with ✅ and the count, and keeps the focus there.
      await c.sees("Đã có 0/4 thứ.");
      const bubblesBefore = await c.botBubbles.count();
      await c.press("⬜ 💳 Thẻ căn cước gắn chip");
      await c.button("✅ 💳 Thẻ căn cước gắn chip").waitFor();
      await c.sees("Đã có 1/4 thứ.");
      expect(await c.botBubbles.count()).toBe(bubblesBefore);
      // Ticked or not shows without any emoji font: told to screen readers and drawn differently.
      const tickedItem = c.button("✅ 💳 Thẻ căn cước gắn chip");
      const unticked = c.button("⬜ 📱 Số điện thoại đang dùng được");
      expect(await tickedItem.getAttribute("aria-pressed")).toBe("true");
      expect(await unticked.getAttribute("aria-pressed")).toBe("false");
      const look = (l: Locator) => l.evaluate((el) => { const s = window.getComputedStyle(el); return `${s.backgroundColor} ${s.borderTopWidth}`; });
      expect(await look(tickedItem)).not.toBe(await look(unticked));
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("✅ 💳 Thẻ căn cước gắn chip");
      await c.press("Tiếp tục ➡️");

      // Links open the official stores in a new tab, without giving them this page.
      await c.sees("bác cài ứng dụng VNeID");
      const store = c.lastBot().getByRole("link", { name: /VNeID trên App Store/ });
      expect(await store.getAttribute("target")).toBe("_blank");
      expect(await store.getAttribute("rel")).toContain("noopener");
      expect(await store.getAttribute("href")).toMatch(/^https:\/\/apps\.apple\.com\//);
      // The previous screen's buttons are switched off now.
      const ticked = c.transcript.getByRole("button", { name: "✅ 💳 Thẻ căn cước gắn chip" });
      expect(await ticked.isDisabled()).toBe(true);
      await c.press("Tiếp tục ➡️");

      await c.sees("Kích hoạt tài khoản");
      await c.sees("Cẩn thận lừa đảo");
      // Activating, one action a screen: the ID number, the code, the password, the passcode.
      for (const says of ["Nhập số định danh", "Nhập mã OTP", "Đặt mật khẩu", "Đặt passcode"]) {
        await c.press("Tiếp tục ➡️");
        await c.sees(says);
      }
      await c.press("Tiếp tục ➡️");
      await c.sees("Bác đăng nhập trên máy nào?");
      await c.press("📱 Trên điện thoại");
      await c.sees("Cách đăng nhập bằng mật khẩu");
      // One action per screen: open the portal, tap "Đăng nhập", choose VNeID, type, enter the code.
      for (const says of ["Bấm chữ \"Đăng nhập\"", "Chọn \"Tài khoản định danh", "Gõ tên đăng nhập", "Nhập mã OTP"]) {
        await c.press("Tiếp tục ➡️");
        await c.sees(says);
      }
      await c.press("Tiếp tục ➡️");
      await c.sees("Bác đã đăng nhập được chưa?");
      await c.press("✅ Đăng nhập được rồi");

      // The question: a malformed answer is asked again kindly, then a good one ends the guide.
      await c.sees("Bác đăng ký mức 2 tại Công an ngày nào?");
      expect(await sessionEntries()).toEqual([]);
      const beforeBadAnswer = await c.botBubbles.count();
      await c.type("hôm qua");
      await c.sees("Ngày chưa đúng dạng.");
      await c.botBubbles.nth(beforeBadAnswer + 1).waitFor();
      expect(await c.lastBot().textContent()).toContain("Bác đăng ký mức 2 tại Công an ngày nào?");
      await c.button("🤷 Không nhớ, bỏ qua").waitFor();
      await c.type("15/03/2026");

      await c.sees("Chúc mừng bác đã có VNeID mức 2");
      expect(await c.lastBot().textContent()).toContain("Cảm ơn bác! Bấm");
      expect(await c.button("🏠 Về menu").isVisible()).toBe(true);

      // Exactly one completed session, recorded with its outcome.
      const sessions = await sessionEntries();
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ flow: "vneid", outcome: "account", unit: "long-hiep", channel: "web", lang: "vi", assisted: "0" });

      // A reload keeps the same chat: straight to the menu, commune remembered.
      await page.reload();
      await c.sees("Xã của bác: xã Long Hiệp");
      expect(await sessionEntries()).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("speaks Khmer with the font it ships, the page's own words included", { timeout: 60_000 }, async () => {
    const { context, page, errors } = await openChat();
    const c = chat(page);
    try {
      await c.press("ភាសាខ្មែរ (Khmer)");
      await c.sees("តើលោកអ្នករស់នៅឃុំណា?");
      expect(await page.locator("html").getAttribute("lang")).toBe("km");
      await page.getByRole("button", { name: "ផ្ញើ", exact: true }).waitFor();
      expect(await page.getByRole("textbox", { name: "វាយសារ" }).getAttribute("placeholder")).toBe("វាយសារ…");
      expect(await page.locator("header").getByRole("button", { name: "🏠 ត្រឡប់ទៅម៉ឺនុយ" }).isVisible()).toBe(true);
      // The Khmer letters are drawn with the shipped Noto Sans Khmer (not boxes from a missing font).
      const khmerFont = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.family.replace(/"/g, "") === "Noto Sans Khmer").map((f) => f.status);
      });
      expect(khmerFont).toContain("loaded");
      const fontFile = await page.request.get(`${baseUrl}fonts/noto-sans-khmer-khmer-400-normal.woff2`);
      expect(fontFile.headers()["content-type"]).toBe("font/woff2");
      expect((await page.request.get(`${baseUrl}fonts/../../package.json`)).status()).toBe(404);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("offers a retry when the connection drops, and does not keep a secret on screen", { timeout: 60_000 }, async () => {
    const context = await browser!.newContext({ viewport: { width: 420, height: 860 } });
    const page = await context.newPage();
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(String(err)));
    const c = chat(page);
    const sessionsBefore = (await sessionEntries()).length;
    try {
      // The very first request fails: the page says so and offers to try again.
      await page.route("**/api/chat", (route) => route.abort("internetdisconnected"));
      await page.goto(baseUrl);
      await c.transcript.getByText("Mất kết nối, vui lòng thử lại.").waitFor();
      await page.unroute("**/api/chat");
      await c.press("Thử lại");
      await c.sees("Bác chọn ngôn ngữ nhé.");
      expect(await c.transcript.getByText("Mất kết nối, vui lòng thử lại.").count()).toBe(0);

      await c.press("Tiếng Việt");
      await c.sees("Bác đang ở xã nào?");
      // An ID-card number typed by mistake: warned, and the message is taken off the screen.
      await c.type("0123 4567 8901");
      await c.sees("Bác đừng gửi số căn cước");
      expect(await c.transcript.getByText("0123 4567 8901").count()).toBe(0);

      // The persistent controls: "Bắt đầu lại" is /start, "🏠 Về menu" the menu.
      await c.press("xã Long Hiệp");
      await c.press("🔕 Không, cảm ơn");
      await c.press("🚫 Không đồng ý");
      await c.sees("Bác cần làm việc gì?");
      await c.press("📝 Nộp hồ sơ trên mạng");
      await c.press("👨‍👩‍👧 Hộ tịch: khai sinh, kết hôn…");
      await c.press("👶 Làm khai sinh cho bé");
      await c.sees("Ai đứng ra làm?");
      await page.getByRole("button", { name: "Bắt đầu lại", exact: true }).click();
      await c.sees("Bác muốn làm tiếp không?");
      await page.locator("header").getByRole("button", { name: "🏠 Về menu" }).click();
      await c.sees("Bác cần làm việc gì?");
      await c.button("📝 Nộp hồ sơ trên mạng").waitFor();
      // The footer's privacy line is always there; its link opens the full notice.
      await page.getByText("Trợ lý do UBND xã quản lý").waitFor();
      await page.locator("footer").getByRole("button", { name: "Quyền riêng tư" }).click();
      await c.sees("Ai giữ: Ủy ban nhân dân xã");
      expect(await sessionEntries()).toHaveLength(sessionsBefore); // nothing completed here
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
