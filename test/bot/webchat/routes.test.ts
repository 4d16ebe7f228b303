/**
 * The web chat endpoint as an attacker would use it: the chat id is the only credential, so it
 * must be unguessable, and one client cannot flood a chat nor open chats without end.
 */
import { randomBytes } from "node:crypto";
import type { RedisClient } from "../../../src/redis/connection.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebChatLimiter } from "../../../src/bot/webchat/rate-limit.js";
import { webChatRoutes } from "../../../src/bot/webchat/routes.js";
import { testAssistant } from "../../support/assistant.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "../../support/redis.js";

let redis: RedisClient;
const prefix = uniquePrefix("webchat-routes");
beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

const newChat = () => randomBytes(16).toString("hex");

function app(p: string, limits = { perClientPerMinute: 1000, perChatPerMinute: 5, newChatsPerClientPerHour: 3 }) {
  const { assistant } = testAssistant(redis, p, { now: Date.now });
  const routes = webChatRoutes(assistant, { limiter: new WebChatLimiter(redis, p, limits), hashSecret: "test-secret-0123456789" });
  return (body: unknown) =>
    routes.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });
}

describe("the web chat endpoint", () => {
  it("accepts only the 128-bit chat ids the page makes, and JSON", async () => {
    const post = app(`${prefix}a:`);
    expect((await post({ chat: "abcdefgh", input: { kind: "start" } })).status).toBe(400);
    expect((await post({ chat: "browser-test-1", input: { kind: "start" } })).status).toBe(400);
    expect((await post("{not json")).status).toBe(400);
    expect((await post({ chat: newChat(), input: { kind: "start" } })).status).toBe(200);
  });

  it("slows down one chat flooded with requests, with a kind answer", async () => {
    const post = app(`${prefix}b:`);
    const chat = newChat();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => post({ chat, input: { kind: "text", text: `hỏi ${i}` } })));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    const refused = (await answers.find((r) => r.status === 429)!.json()) as { replies: { text: string }[] };
    expect(refused.replies[0]!.text).toBe("Bác gửi nhanh quá.");
  });

  it("caps how many new chats one client opens in an hour", async () => {
    const post = app(`${prefix}c:`);
    const first = newChat();
    for (const chat of [first, newChat(), newChat()]) expect((await post({ chat, input: { kind: "start" } })).status).toBe(200);
    const fourth = await post({ chat: newChat(), input: { kind: "start" } });
    expect(fourth.status).toBe(429);
    expect((await post({ chat: first, input: { kind: "menu" } })).status).toBe(200); // chats already open go on
  });

  it("behind a trusted proxy, counts each forwarded client apart", async () => {
    const p = `${prefix}d:`;
    const { assistant } = testAssistant(redis, p, { now: Date.now });
    const limits = { perClientPerMinute: 1000, perChatPerMinute: 40, newChatsPerClientPerHour: 1 };
    const routes = webChatRoutes(assistant, { limiter: new WebChatLimiter(redis, p, limits), hashSecret: "test-secret-0123456789", trustProxy: true });
    const post = (ip: string) =>
      routes.request("/api/chat", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": `${ip}, 10.0.0.1` }, body: JSON.stringify({ chat: newChat(), input: { kind: "start" } }) });
    expect((await post("203.0.113.1")).status).toBe(200);
    expect((await post("203.0.113.2")).status).toBe(200); // another visitor, not the proxy's second chat
    expect((await post("203.0.113.1")).status).toBe(429);
  });
});

