/**
 * The HTTP server: health check, the web chat (when enabled) and the Telegram webhook (in webhook
 * mode). One Hono app, mounted routes decided by the composition root.
 */
import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import type { Redis } from "ioredis";

export interface HttpServerOptions {
  host: string;
  port: number;
  redis: Redis;
  mounts: Array<{ path: string; app: Hono }>;
}

export function buildHttpApp(opts: Pick<HttpServerOptions, "redis" | "mounts">): Hono {
  const app = new Hono();
  app.get("/healthz", async (c) => {
    const redis = await opts.redis
      .ping()
      .then(() => "up" as const)
      .catch(() => "down" as const);
    return c.json({ ok: redis === "up", redis }, redis === "up" ? 200 : 503);
  });
  for (const mount of opts.mounts) app.route(mount.path, mount.app);
  app.notFound((c) => c.json({ error: "not found" }, 404));
  return app;
}

/** Starts listening; resolves with the server and the port actually bound (0 picks a free one). */
export function startHttpServer(opts: HttpServerOptions): Promise<{ server: ServerType; port: number }> {
  const app = buildHttpApp(opts);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info) => resolve({ server, port: info.port }));
    server.once("error", reject);
  });
}
