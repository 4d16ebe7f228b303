import type { RedisClient } from "../../src/redis/connection.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCsv } from "../../src/stats/import.js";
import { UnitCatalogue } from "../../src/units/catalogue.js";
import { unitsData } from "../flows/fixtures.js";
import { allKeys, cleanupPrefix, newRedis, uniquePrefix } from "../support/redis.js";

let redis: RedisClient;
const prefix = uniquePrefix("import");
const catalogue = new UnitCatalogue(unitsData); // tra-cu, long-hiep (old names Ngọc Biên, Tân Hiệp), dai-an
const opts = { file: "test.csv", now: Date.UTC(2026, 10, 24), todayDay: "2026-11-24" };

beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

describe("CSV import", () => {
  it("imports nothing when any row is bad, and lists every bad row with its line number", async () => {
    const p = `${prefix}bad:`;
    const csv = [
      "date,unit,kind,count",
      "2026-11-02,tra-cu,online_filing,5",
      "2026-02-30,tra-cu,online_filing,1",
      "2026-11-02,xã Không Có,online_filing,1",
      "",
      "2026-11-03,dai-an,filing,1",
      "2026-11-03,dai-an,account,-4",
      "2026-11-03,dai-an",
      "2026-12-01,dai-an,account,1",
      "2026-11-02,Tra Cu,online_filing,7",
    ].join("\n");
    const result = await importCsv(redis, p, catalogue, csv, opts);
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 3, reason: 'ngày "2026-02-30" không hợp lệ (cần dạng YYYY-MM-DD)' },
        { line: 4, reason: 'không tìm thấy đơn vị "xã Không Có"' },
        { line: 6, reason: 'loại "filing" không hợp lệ (cần online_filing hoặc account)' },
        { line: 7, reason: 'số lượng "-4" không hợp lệ (cần số nguyên từ 0 đến 1000000)' },
        { line: 8, reason: "cần 4 cột, dòng này có 2" },
        { line: 9, reason: "ngày 2026-12-01 chưa tới" },
        { line: 10, reason: "trùng với dòng 2" },
      ],
    });
    expect(await allKeys(redis, `${p}*`)).toEqual([]);
  });

  it("checks the header", async () => {
    const result = await importCsv(redis, `${prefix}h:`, catalogue, "ngay,don vi,loai,so\n2026-11-02,tra-cu,account,1\n", opts);
    expect(result).toEqual({ ok: false, problems: [{ line: 1, reason: 'dòng tiêu đề phải là "date,unit,kind,count" (đang là "ngay,don vi,loai,so")' }] });
  });

  it("finds units by old name and rolls them into today's commune; a re-import does not count twice", async () => {
    const p = `${prefix}old:`;
    const csv = "\uFEFFdate,unit,kind,count\r\n2025-06-05,XA NGOC BIEN,online_filing,8\r\n2025-06-05,Tân Hiệp,online_filing,3\r\n2025-06-05,thi tran dinh an,account,2\r\n";
    const first = await importCsv(redis, p, catalogue, csv, opts);
    expect(first).toMatchObject({ ok: true, summary: { rows: 3, cells: 2, added: 2, changed: 0, unchanged: 0, totals: { online_filing: 11, account: 2 } } });
    const again = await importCsv(redis, p, catalogue, csv, opts);
    expect(again).toMatchObject({ ok: true, summary: { added: 0, changed: 0, unchanged: 2 } });
    expect(await redis.hgetall(`${p}stats:import:day:{2025-06-05}`)).toEqual({ "long-hiep|online_filing": "11", "dai-an|account": "2" });
    // A corrected file replaces the figures it lists.
    const fixed = await importCsv(redis, p, catalogue, "date,unit,kind,count\n2025-06-05,long-hiep,online_filing,12\n", opts);
    expect(fixed).toMatchObject({ ok: true, summary: { changed: 1 } });
    expect(await redis.hget(`${p}stats:import:day:{2025-06-05}`, "long-hiep|online_filing")).toBe("12");
    expect(await redis.xlen(`${p}{stats}:imports`)).toBe(3);
  });
});
