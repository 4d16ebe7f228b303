/**
 * The HTTP server: health check, the web chat (when enabled) and the Telegram webhook (in webhook
 * mode). One Hono app, mounted routes decided by the composition root.
 */
import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import type { RedisClient } from "../redis/connection.js";
import type { Persistence } from "../redis/persistence.js";

/** /healthz answers within this even when Redis is frozen: a load balancer must not hang on it. */
export const HEALTH_PING_TIMEOUT_MS = 800;

export interface HttpServerOptions {
  host: string;
  port: number;
  redis: RedisClient;
  mounts: Array<{ path: string; app: Hono }>;
  /** What start-up found about Redis persistence (shown, with its warning, in /healthz). */
  persistence?: Persistence;
  /** More to show in /healthz (a channel's token trouble…), read on each call. */
  health?: () => Record<string, unknown>;
}

export function buildHttpApp(opts: Pick<HttpServerOptions, "redis" | "mounts" | "persistence" | "health">): Hono {
  const app = new Hono();
  app.get("/healthz", async (c) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"frozen">((done) => (timer = setTimeout(() => done("frozen"), HEALTH_PING_TIMEOUT_MS)));
    const ping = opts.redis.ping().then(
      () => "up" as const,
      () => "down" as const,
    );
    const redis = await Promise.race([ping, timeout]).finally(() => clearTimeout(timer));
    const body = { ok: redis === "up", redis, ...(opts.persistence ? { persistence: opts.persistence.mode, warning: opts.persistence.warning } : {}), ...opts.health?.() };
    return c.json(body, redis === "up" ? 200 : 503);
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
