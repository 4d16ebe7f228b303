import { joinHtml } from "../../src/bot/telegram/report-html.js";
import type { RedisClient } from "../../src/redis/connection.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RoleStore } from "../../src/roles/role-store.js";
import { DailyDigest, msUntilNextDigest } from "../../src/stats/daily-digest.js";
import { OfficialReports } from "../../src/stats/official-reports.js";
import { UnitCatalogue } from "../../src/units/catalogue.js";
import { unitsData } from "../flows/fixtures.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "../support/redis.js";

let redis: RedisClient;
const prefix = uniquePrefix("digest");
beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

describe("daily digest", () => {
  it("is due at 7:00 Vietnamese time", () => {
    expect(msUntilNextDigest(Date.UTC(2026, 10, 23, 23, 0))).toBe(60 * 60_000); // 6:00 in Vietnam
    expect(msUntilNextDigest(Date.UTC(2026, 10, 24, 0, 0))).toBe(24 * 3600_000); // exactly 7:00: the next one
    expect(msUntilNextDigest(Date.UTC(2026, 10, 24, 1, 30))).toBe(22.5 * 3600_000);
  });

  it("sends yesterday's table to subscribers within their scope, once a day, and drops revoked people", async () => {
    const now = () => Date.UTC(2026, 10, 24, 0, 0); // 7:00 on 24/11
    const roles = new RoleStore(redis, prefix, ["1"]);
    await roles.grant("2", "official", { unit: "long-hiep", by: "1", via: "test" });
    await redis.hset(`${prefix}stats:day:{2026-11-23}`, "long-hiep|online_filing", "4", "tra-cu|online_filing", "2");
    const sent: [string, string][] = [];
    const digest = new DailyDigest({ redis, prefix, roles, now, reports: new OfficialReports({ redis, prefix, catalogue: new UnitCatalogue(unitsData), now }), send: async (u, doc) => sent.push([u, joinHtml(doc)]) });
    for (const u of ["1", "2", "3"]) await digest.setSubscribed(u, true);
    expect(await digest.runOnce()).toBe(2);
    expect(sent.map(([u]) => u)).toEqual(["1", "2"]);
    expect(sent[1]![1]).toContain("<b>Báo cáo hằng ngày: số liệu ngày 23/11/2026</b>");
    expect(sent[1]![1]).toMatch(/1 Long Hiệp\s+0\s+4\s+\+4\s+mới/);
    expect(sent[1]![1]).not.toContain("Trà Cú");
    expect(sent[0]![1]).toContain("Trà Cú");
    expect(await digest.subscribers()).toEqual(["1", "2"]); // 3 holds no role
    expect(await digest.runOnce()).toBe(0); // another instance (or a second timer) the same day
  });
});
