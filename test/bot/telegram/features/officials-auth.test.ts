/**
 * Authorisation: every privileged command and button against every role and a stranger. Those
 * without the role get exactly "Lệnh này dành cho cán bộ." and nothing else.
 */
import type { RedisClient } from "../../../../src/redis/connection.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UnitCatalogue } from "../../../../src/units/catalogue.js";
import { unitsData } from "../../../flows/fixtures.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "../../../support/redis.js";
import { officialsHarness, type Harness } from "./officials-harness.js";

const ADMIN = 1001;
const OFFICIAL_ALL = 2002;
const OFFICIAL_ONE = 3003; // official of xã Long Hiệp
const TASKFORCE = 4004;
const STRANGER = 5005;
const DENIED = "Lệnh này dành cho cán bộ.";

type Who = "admin" | "officialAll" | "officialOne" | "taskforce" | "stranger";
const USERS: Record<Who, number> = { admin: ADMIN, officialAll: OFFICIAL_ALL, officialOne: OFFICIAL_ONE, taskforce: TASKFORCE, stranger: STRANGER };

/** Command (or button) → who may use it. */
const TABLE: { action: string; allowed: Who[]; button?: boolean }[] = [
  { action: "/thongke", allowed: ["admin", "officialAll", "officialOne"] },
  { action: "/thongke quy 2 2023", allowed: ["admin", "officialAll", "officialOne"] },
  { action: "/thongke Long Hiệp", allowed: ["admin", "officialAll", "officialOne"] },
  { action: "/xuatbaocao thang 6 2023", allowed: ["admin", "officialAll", "officialOne"] },
  { action: "/baocaongay bat", allowed: ["admin", "officialAll", "officialOne"] },
  { action: "tk:p:month", allowed: ["admin", "officialAll", "officialOne"], button: true },
  { action: "tk:c:quarter.20230401.20230630", allowed: ["admin", "officialAll", "officialOne"], button: true },
  { action: "tk:x:quarter.20230401.20230630", allowed: ["admin", "officialAll", "officialOne"], button: true },
  { action: "/moi canbo Long Hiệp", allowed: ["admin"] },
  { action: "/quyen", allowed: ["admin"] },
  { action: "/loimoi", allowed: ["admin"] },
  { action: "/huymoi ABCD-EFGH", allowed: ["admin"] },
  { action: "/thuhoi 7007", allowed: ["admin"] },
  { action: "/nhatky", allowed: ["admin"] },
];

let redis: RedisClient;
let harness: Harness;
const prefix = uniquePrefix("officials-auth");

beforeAll(async () => {
  redis = newRedis();
  harness = await officialsHarness({ redis, prefix, catalogue: new UnitCatalogue(unitsData), admins: [String(ADMIN)], now: () => Date.UTC(2026, 10, 24, 3) });
  await harness.roles.grant(String(OFFICIAL_ALL), "official", { by: "setup", via: "test" });
  await harness.roles.grant(String(OFFICIAL_ONE), "official", { unit: "long-hiep", by: "setup", via: "test" });
  await harness.roles.grant(String(TASKFORCE), "taskforce", { by: "setup", via: "test" });
});
afterAll(async () => {
  await harness.close();
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

const cases = TABLE.flatMap(({ action, allowed, button }) =>
  (Object.keys(USERS) as Who[]).map((who) => ({ action, who, allowed: allowed.includes(who), button: button === true })),
);

describe("who may use officials' commands", () => {
  it.each(cases)("$action by $who → allowed: $allowed", async ({ action, who, allowed, button }) => {
    const chat = USERS[who];
    const replies = button ? await harness.press(chat, action) : await harness.say(chat, action);
    if (allowed) {
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.map((r) => r.text)).not.toContain(DENIED);
    } else {
      expect(replies.map((r) => ({ text: r.text, method: r.method, caption: r.caption }))).toEqual([{ text: DENIED, method: "sendMessage", caption: undefined }]);
      expect(replies[0]!.reply_markup).toBeUndefined();
    }
  });

  it("shows a one-commune official their commune and the totals only", async () => {
    const [overview] = await harness.say(OFFICIAL_ONE, "/thongke");
    expect(overview!.text).toContain("Long Hiệp");
    expect(overview!.text).not.toContain("Trà Cú");
    expect(overview!.text).not.toContain("Đại An");
    expect(overview!.text).toContain("Tổng số");
    const [other] = await harness.say(OFFICIAL_ONE, "/thongke Trà Cú");
    expect(other!.text).toBe("Bạn chỉ xem được số liệu của: xã Long Hiệp.");
    const [all] = await harness.say(OFFICIAL_ALL, "/thongke");
    expect(all!.text).toContain("Trà Cú");
    expect(all!.text).toContain("Đại An");
  });

  it.each(["tk:x:range.00010101.99991231", "tk:x:range.20200101.20291231", "tk:c:quarter.20230401.20230915", "tk:c:month.20230231.20230301"])(
    "treats a forged report button %s as stale, not as work to do",
    async (data) => {
      const replies = await harness.press(OFFICIAL_ALL, data);
      expect(replies.map((r) => r.text)).toEqual(["Nút này không còn dùng được. Gõ /thongke để xem số liệu mới."]);
    },
  );

  it("refuses to revoke a BOT_ADMINS admin", async () => {
    const [reply] = await harness.say(ADMIN, `/thuhoi ${ADMIN}`);
    expect(reply!.text).toBe("Không thể thu hồi quyền của quản trị được cấu hình sẵn (BOT_ADMINS).");
    expect(await harness.roles.has(String(ADMIN), "admin")).toBe(true);
  });

  it.each(["/thongke", "/lichnhac", "/thongbao", "/moi canbo", "/kichhoat ABCD-EFGH", "/quyen@bot"])("keeps %s out of groups", async (command) => {
    const replies = await harness.say(-1_000_000_000_123, command);
    expect(replies.map((r) => r.text)).toEqual(["Vui lòng dùng lệnh này trong tin nhắn riêng với trợ lý."]);
  });

  it("lets a family group check a broadcast with /kiemtra", async () => {
    const replies = await harness.say(-1_000_000_000_123, "/kiemtra TB-ABCDEF");
    expect(replies.map((r) => r.text)).not.toContain("Vui lòng dùng lệnh này trong tin nhắn riêng với trợ lý.");
  });
});
