/**
 * The acceptance case: with the 2023 units as catalogue and the 2023 figures imported through the
 * CLI, `/thongke quy 2 2023` reproduces the table of report 03/BC-TCT (Q1 → Q2 2023 per unit).
 */
import { fileURLToPath } from "node:url";
import type { RedisClient } from "../../../../src/redis/connection.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../../src/cli.js";
import { UnitCatalogue } from "../../../../src/units/catalogue.js";
import { cleanupPrefix, newRedis, redisEnv, uniquePrefix } from "../../../support/redis.js";
import { officialsHarness, type Harness } from "./officials-harness.js";

const UNITS_2023 = fileURLToPath(new URL("../../../../content/units/tra-cu-2023.yaml", import.meta.url));
const CSV = fileURLToPath(new URL("../../../fixtures/tra-cu-2023.csv", import.meta.url));
const ADMIN = 9001;

let redis: RedisClient;
let harness: Harness;
const prefix = uniquePrefix("report-2023");

beforeAll(async () => {
  redis = newRedis();
  const out: string[] = [];
  const code = await runCli(["import", CSV], { ...redisEnv(), REDIS_PREFIX: prefix, UNITS_FILE: UNITS_2023 }, { out: (l) => out.push(l), err: (l) => out.push(l) });
  expect(out.join("\n")).toContain("Đã nhập 20 dòng");
  expect(code).toBe(0);
  harness = await officialsHarness({ redis, prefix, catalogue: UnitCatalogue.fromFile(UNITS_2023), admins: [String(ADMIN)], now: () => Date.UTC(2023, 6, 10, 3) });
});
afterAll(async () => {
  await harness.close();
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

describe("/thongke quy 2 2023 with the 2023 catalogue and figures", () => {
  it("reproduces the report's table: 19→78, 02→33, 01→273, 03→744, 08→375, 01→121", async () => {
    const [reply, ...more] = await harness.say(ADMIN, "/thongke quy 2 2023");
    expect(more).toEqual([]);
    expect(reply!.text).toBe(
      [
        "<b>Hồ sơ nộp trực tuyến: quý 2/2023</b>",
        "Kỳ này: quý 2/2023, 01/04/2023–30/06/2023",
        "Kỳ trước: quý 1/2023, 01/01/2023–31/03/2023",
        "<pre>                      Kỳ    Kỳ",
        "STT Đơn vị         trước   này   Tăng        %",
        "  1 Một cửa huyện     19    78    +59    +311%",
        "  2 TT Trà Cú          2    33    +31  +1.550%",
        "  3 An Quảng Hữu       1   273   +272 +27.200%",
        "  4 Lưu Nghiệp Anh     3   744   +741 +24.700%",
        "  5 Ngọc Biên          8   375   +367  +4.588%",
        "  6 Tân Hiệp           1   121   +120 +12.000%",
        "    Tổng số           34 1.624 +1.590  +4.676%</pre>",
        "Trong đó kỳ này: qua trợ lý 0, nhập từ nguồn khác 1.624.",
        "Tài khoản đã hướng dẫn: kỳ trước 0, kỳ này 240.",
      ].join("\n"),
    );
    // The buttons: other periods, then the chart and the workbook of this very period.
    const buttons = (reply!.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard;
    expect(buttons[1]!.map((b) => b.callback_data)).toEqual(["tk:c:quarter.20230401.20230630", "tk:x:quarter.20230401.20230630"]);
  });

  it("draws the chart of that table when its button is pressed", async () => {
    const [photo] = await harness.press(ADMIN, "tk:c:quarter.20230401.20230630");
    expect(photo).toMatchObject({ method: "sendPhoto", caption: "Biểu đồ hồ sơ nộp trực tuyến: quý 2/2023 so với quý 1/2023." });
    const upload = harness.api.calls.find((c) => c.method === "sendPhoto")!.files[0]!;
    expect(upload.name).toBe("bieu-do.png");
    expect(upload.size).toBeGreaterThan(10_000);
  });

  it("re-importing the same file changes nothing", async () => {
    const out: string[] = [];
    expect(await runCli(["import", CSV], { ...redisEnv(), REDIS_PREFIX: prefix, UNITS_FILE: UNITS_2023 }, { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(0);
    expect(out.join("\n")).toContain("Mới: 0; thay đổi: 0; không đổi (đã nhập trước đó): 20.");
    const [reply] = await harness.say(ADMIN, "/thongke quy 2 2023");
    expect(reply!.text).toContain("    Tổng số           34 1.624 +1.590  +4.676%</pre>");
  });
});
