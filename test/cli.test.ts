import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RedisClient } from "../src/redis/connection.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "./support/cli.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "./support/redis.js";

let redis: RedisClient;
const prefix = uniquePrefix("cli");
beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

const cli = (...argv: string[]) => runCliCaptured(prefix, argv);

describe("npm run cli", () => {
  it("lists its commands", async () => {
    expect(await cli()).toMatchObject({ code: 2, out: expect.stringContaining("import FILE.csv") });
    expect(await cli("export-all")).toMatchObject({ code: 2, err: expect.stringContaining('Không có lệnh "export-all"') });
  });

  it("imports nothing from a file with a bad row and says which line", async () => {
    const file = join(tmpdir(), `${prefix.replace(/:/g, "_")}bad.csv`);
    await writeFile(file, "date,unit,kind,count\n2025-08-01,long-hiep,online_filing,3\n2025-08-01,dai-an,online_filing,many\n");
    const result = await cli("import", file);
    expect(result.code).toBe(1);
    expect(result.err).toContain("Không nhập gì cả");
    expect(result.err).toContain('dòng 3: số lượng "many" không hợp lệ');
    expect(await redis.exists(`${prefix}stats:import:day:{2025-08-01}`)).toBe(0);
  });

  it("imports a good file with the default catalogue", async () => {
    const file = join(tmpdir(), `${prefix.replace(/:/g, "_")}good.csv`);
    await writeFile(file, "date,unit,kind,count\n2025-08-01,xa ngoc bien,online_filing,3\n");
    expect(await cli("import", file)).toMatchObject({ code: 0, out: expect.stringContaining("Đã nhập 1 dòng") });
    expect(await redis.hget(`${prefix}stats:import:day:{2025-08-01}`, "long-hiep|online_filing")).toBe("3");
  });
});
