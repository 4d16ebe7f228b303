/**
 * `/thongke <tỉnh>`: a province's name gives the overview (or a period's report) of its communes
 * only, read from the same counters; a viewer sees only the communes of their scope.
 */
import type { RedisClient } from "../../src/redis/connection.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportFor } from "../../src/bot/officials-commands.js";
import { plainText } from "../../src/bot/report-text.js";
import { OfficialReports } from "../../src/stats/official-reports.js";
import { SessionLog } from "../../src/stats/session-log.js";
import { UnitCatalogue } from "../../src/units/catalogue.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "../support/redis.js";

const office = { name: "UBND", address: "UBND xã" };
const catalogue = new UnitCatalogue({
  name: "hai tỉnh",
  province: "tỉnh Vĩnh Long",
  validFrom: "2025-07-01",
  units: [
    { code: "tra-cu", name: "xã Trà Cú", office },
    { code: "long-hiep", name: "xã Long Hiệp", office },
    { code: "my-tho", name: "phường Mỹ Tho", office, province: "tỉnh Đồng Tháp" },
    { code: "cao-lanh", name: "phường Cao Lãnh", office, province: "tỉnh Đồng Tháp" },
  ],
});
const NOW = Date.UTC(2026, 10, 24, 3, 0); // 10:00 on 24/11/2026 in Vietnam
let redis: RedisClient;
const prefix = uniquePrefix("province");
let reports: OfficialReports;

beforeAll(async () => {
  redis = newRedis();
  reports = new OfficialReports({ redis, prefix, catalogue, now: () => NOW });
  const log = new SessionLog(redis, prefix);
  const filings: Record<string, number> = { "tra-cu": 3, "long-hiep": 1, "my-tho": 7, "cao-lanh": 2 };
  let n = 0;
  for (const [unit, count] of Object.entries(filings)) {
    for (let i = 0; i < count; i++) {
      await log.record({ sessionId: `p${n++}`, flow: "khai-sinh", procedure: "khai-sinh", field: "ho-tich", unit, lang: "vi", startedAt: NOW, completedAt: NOW, outcome: "online_filing", result: "done", assisted: false, channel: "telegram" });
    }
  }
});
afterAll(async () => {
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

const text = async (scope: Parameters<typeof reportFor>[1], args: string) => {
  const answer = await reportFor(reports, scope, args);
  return "error" in answer ? answer.error : plainText(answer.doc, 4000).join("\n");
};

describe("/thongke <tỉnh>", () => {
  it("shows the overview of one province's communes, however the name is typed", async () => {
    for (const typed of ["Đồng Tháp", "tinh dong thap", "TỈNH ĐỒNG THÁP"]) {
      const shown = await text("all", typed);
      expect(shown).toMatch(/Mỹ Tho\s+7/);
      expect(shown).toMatch(/Cao Lãnh\s+2/);
      expect(shown).toMatch(/Tổng số\s+9/);
      expect(shown).not.toContain("Trà Cú");
    }
  });

  it("gives a period's report for the province, and keeps a viewer to their own communes", async () => {
    const quarter = await text("all", "Vĩnh Long quy 4 2026");
    expect(quarter).toContain("Trà Cú");
    expect(quarter).not.toContain("Mỹ Tho");
    const mine = await text(["long-hiep"], "Vĩnh Long");
    expect(mine).toMatch(/Long Hiệp\s+1/);
    expect(mine).not.toContain("Trà Cú");
    expect(await text(["long-hiep"], "Đồng Tháp")).toContain("Long Hiệp");
    expect(await text("all", "Bến Tre")).toContain("Không tìm thấy");
  });
});
