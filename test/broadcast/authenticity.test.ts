/**
 * Checking a broadcast where it was passed on (Zalo has no forwards the bot can see): /kiemtra CODE,
 * or the whole message pasted. A real code under a changed text is flagged; an unknown code warned.
 */
import type { RedisClient } from "../../src/redis/connection.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticityAnswer } from "../../src/broadcast/authenticity.js";
import { broadcastKeys } from "../../src/broadcast/keys.js";
import { RunStore } from "../../src/broadcast/run-store.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "../support/redis.js";
import { loadTexts } from "./support/world.js";

let redis: RedisClient;
const prefix = uniquePrefix("authenticity");
beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

describe("checking a broadcast passed on by Zalo", () => {
  it("confirms a real code, flags a changed text under it, and warns about an unknown one", async () => {
    const runs = new RunStore(redis, broadcastKeys(prefix));
    const text = "Thứ Năm này xã làm việc đến 17 giờ.";
    await runs.create({ kind: "broadcast", text, units: null, code: "TB-ABCDEF", createdAt: Date.UTC(2026, 10, 26, 3) });
    const deps = { runs, texts: loadTexts() };
    const real = await authenticityAnswer(deps, "vi", "/kiemtra tb-abcdef");
    expect(real).toContain("✅ Đúng. Tin mã TB-ABCDEF do Tổ công tác gửi ngày 26/11/2026.");
    expect(real).toContain(text);
    const pasted = await authenticityAnswer(deps, "vi", `${text}\n🔐 Mã xác thực: TB-ABCDEF`);
    expect(pasted).toContain("✅ Đúng.");
    const altered = await authenticityAnswer(deps, "vi", "Xã thu phí 500.000 đồng, chuyển khoản ngay. 🔐 Mã xác thực: TB-ABCDEF");
    expect(altered).toContain("KHÁC tin gốc");
    expect(await authenticityAnswer(deps, "vi", "/kiemtra TB-ZZZZZZ")).toContain("Tin đó có thể là giả");
    expect(await authenticityAnswer(deps, "vi", "làm giấy khai sinh")).toBeNull();
    expect(await authenticityAnswer(deps, "km", "/kiemtra")).toContain("🛡️");
  });
});
