/**
 * The composition root as a user runs it: `npm start` (here: tsx src/main.ts) with the web chat,
 * a health check, graceful shutdown, and one clear line for a wrong configuration.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/flows/content.js";
import { cleanupPrefix, newRedis, redisEnv, uniquePrefix } from "../support/redis.js";

const prefix = uniquePrefix("main");
const children: ChildProcessWithoutNullStreams[] = [];

function startApp(env: Record<string, string>, args = ["--import", "tsx", "src/main.ts"]) {
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
  });
  children.push(child);
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  const redis = newRedis();
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

describe("npm start", () => {
  it("serves the web chat demo and /healthz, and stops cleanly on SIGTERM", async () => {
    const app = startApp({ ...redisEnv(), REDIS_PREFIX: prefix, PORT: "0", LOG_LEVEL: "info" });
    const port = await expect
      .poll(() => /web chat demo on http:\/\/127\.0\.0\.1:(\d+)/.exec(app.output())?.[1], { timeout: 15_000, interval: 100 })
      .toBeTruthy()
      .then(() => /web chat demo on http:\/\/127\.0\.0\.1:(\d+)/.exec(app.output())![1]);
    const base = `http://127.0.0.1:${port}`;

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    // The test Redis keeps nothing on disk: the app says so at start-up and in /healthz.
    expect(await health.json()).toEqual({ ok: true, redis: "up", persistence: "none", warning: expect.stringContaining("a restart loses every chat's place") });
    expect(app.output()).toMatch(/"redis":"(redis:\/\/127\.0\.0\.1:\d+|cluster [\d.:,]+)".*"msg":"using redis"/);

    const page = await (await fetch(base)).text();
    expect(page).toContain("demo");

    const chat = await fetch(`${base}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat: "0123456789abcdef0123456789abcdef", input: { kind: "start" } }),
    });
    const body = (await chat.json()) as { replies: { text: string; buttons: { label: string }[][] }[] };
    expect(body.replies.at(-1)!.text).toContain("Xin chào!");
    expect(body.replies.at(-1)!.buttons.flat().map((b) => b.label)).toContain("Tiếng Việt");

    const bad = await fetch(`${base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(bad.status).toBe(400);

    app.child.kill("SIGTERM");
    const [code] = await once(app.child, "exit");
    expect(code).toBe(0);
    expect(app.output()).toContain("shutting down");
  });

  it("refuses a wrong setting with one line naming the variable", async () => {
    const app = startApp({ ...redisEnv(), PORT: "eighty" });
    const [code] = await once(app.child, "exit");
    expect(code).toBe(1);
    expect(app.output().trim()).toBe('Cannot start: PORT: Invalid input: expected number, received NaN (got "eighty")');
  });

  it("refuses a broken units catalogue with one line naming the file", async () => {
    const app = startApp({ ...redisEnv(), UNITS_FILE: "/nonexistent/units.yaml" });
    const [code] = await once(app.child, "exit");
    expect(code).toBe(1);
    expect(app.output().trim()).toMatch(/^Cannot start: \/nonexistent\/units\.yaml: cannot read/);
  });

  it("builds for production and serves the same web chat from dist/ without the TypeScript loader", { timeout: 60_000 }, async () => {
    const build = spawn("npm", ["run", "build"], { cwd: PROJECT_ROOT, env: process.env });
    const [built] = await once(build, "exit");
    expect(built).toBe(0);
    const app = startApp({ ...redisEnv(), REDIS_PREFIX: prefix, PORT: "0", LOG_LEVEL: "info" }, ["dist/main.js"]);
    await expect.poll(() => /web chat demo on http:\/\/127\.0\.0\.1:(\d+)/.exec(app.output())?.[1], { timeout: 15_000, interval: 100 }).toBeTruthy();
    const port = /web chat demo on http:\/\/127\.0\.0\.1:(\d+)/.exec(app.output())![1];
    const page = await (await fetch(`http://127.0.0.1:${port}`)).text();
    expect(page).toContain("demo");
    const chat = await fetch(`http://127.0.0.1:${port}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat: "fedcba9876543210fedcba9876543210", input: { kind: "start" } }),
    });
    expect(((await chat.json()) as { replies: { text: string }[] }).replies.at(-1)!.text).toContain("Xin chào!");
    app.child.kill("SIGTERM");
    expect((await once(app.child, "exit"))[0]).toBe(0);
  });
});
