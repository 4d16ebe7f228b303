/**
 * Question threads on a controlled clock: a thread nobody wrote in for 7 days closes by itself and
 * the citizen is asked (once) whether they were helped; asked again, it opens again and can be closed
 * and rated once more; two closings at once close it once.
 */
import type { RedisClient } from "../../src/redis/connection.js";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Handoff, type OutboxMessage } from "../../src/handoff/module.js";
import { RoleStore } from "../../src/roles/role-store.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "../support/redis.js";

const prefix = uniquePrefix("threads");
let redis: RedisClient;
beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

const DAY = 86_400_000;

describe("question threads", () => {
  it("close after 7 idle days with one 'were you helped?', open again when asked again", async () => {
    const clock = { t: Date.UTC(2026, 10, 24, 2) };
    const roles = new RoleStore(redis, prefix, []);
    await roles.grant("501", "official", { unit: "long-hiep", by: "t", via: "test" });
    const handoff = new Handoff({ redis, prefix, roles, logger: pino({ level: "silent" }), now: () => clock.t });
    const outbox = async () => (await redis.xrange(handoff.outbox.stream, "-", "+")).map(([, f]) => JSON.parse(f[1]!) as OutboxMessage);
    const ask = (text: string) => handoff.listener()({ channel: "telegram", id: "42" }, { type: "question_asked", code: "H-ABCDE", text, unit: "long-hiep", lang: "vi", where: null, at: clock.t });

    await ask("Câu hỏi thứ nhất");
    expect((await outbox()).map((m) => [m.kind, m.to])).toEqual([["notice", "501"]]);
    clock.t += 6 * DAY;
    expect(await handoff.closeIdle(["long-hiep"])).toBe(0);
    clock.t += 2 * DAY;
    const [first, second] = await Promise.all([handoff.closeIdle(["long-hiep"]), handoff.closeIdle(["long-hiep"])]);
    expect(first + second).toBe(1);
    expect((await outbox()).filter((m) => m.kind === "closed")).toEqual([expect.objectContaining({ to: "42", code: "H-ABCDE" })]);
    expect(await handoff.feedback("H-ABCDE", "up")).toBe(true);
    expect(await handoff.feedback("H-ABCDE", "down")).toBe(false);

    // Asked again: the thread opens again, goes to the official, and closing asks once more.
    clock.t += DAY;
    await ask("Câu hỏi thêm");
    expect((await handoff.tickets.get("H-ABCDE", clock.t))?.status).toBe("open");
    expect(await handoff.close("H-ABCDE")).toBe(true);
    expect(await handoff.close("H-ABCDE")).toBe(false);
    expect((await outbox()).filter((m) => m.kind === "closed")).toHaveLength(2);
    expect(await handoff.feedback("H-ABCDE", "down")).toBe(true);
  });
});
