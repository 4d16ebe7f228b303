/**
 * For `npm start` on a laptop: when no REDIS_URL is configured and nothing answers on
 * 127.0.0.1:6379, run a private redis-server child (data under ./data, append-only file on, so a
 * restart keeps everyone's place) and stop it when the app stops.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { connect } from "node:net";
import { resolve } from "node:path";

export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";

/** Thrown when Redis is needed but cannot be found or started; the message says what to do. */
export class RedisUnavailableError extends Error {
  override name = "RedisUnavailableError";
}

function isListening(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ port, host });
    socket.setTimeout(500);
    socket.once("connect", () => (socket.destroy(), done(true)));
    socket.once("timeout", () => (socket.destroy(), done(false)));
    socket.once("error", () => done(false));
  });
}

export interface LocalRedis {
  url: string;
  /** Stops the child if we started one (and stops restarting it). */
  stop(): Promise<void>;
}

export interface LocalRedisOptions {
  port?: number;
  /** Told when the private server dies and when it is back (the app logs it). */
  onEvent?: (event: { type: "died"; code: number | null; signal: string | null; restartInMs: number } | { type: "restarted" } | { type: "restart_failed"; err: unknown }) => void;
}

/** Back-off between restarts of a private server that keeps dying: 1 s, 2 s, 4 s … at most 30 s. */
const RESTART_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

export async function ensureLocalRedis(dataDir: string, opts: LocalRedisOptions = {}): Promise<LocalRedis> {
  const port = opts.port ?? 6379;
  const url = `redis://127.0.0.1:${port}`;
  if (await isListening(port)) return { url, stop: async () => {} };

  const dir = resolve(dataDir, "redis");
  mkdirSync(dir, { recursive: true });
  let child = await startChild(port, dir);
  let stopping = false;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;

  // The app cannot work without it: when it dies, start it again (same data, append-only file).
  const scheduleRestart = (): number => {
    const delay = RESTART_DELAYS_MS[Math.min(failures, RESTART_DELAYS_MS.length - 1)]!;
    timer = setTimeout(() => {
      startChild(port, dir).then(
        (next) => {
          if (stopping) return void next.kill("SIGTERM");
          failures = 0;
          child = next;
          opts.onEvent?.({ type: "restarted" });
          watch(next);
        },
        (err: unknown) => {
          failures++;
          opts.onEvent?.({ type: "restart_failed", err });
          if (!stopping) scheduleRestart();
        },
      );
    }, delay);
    return delay;
  };
  const watch = (proc: ChildProcess) =>
    proc.once("exit", (code, signal) => {
      if (stopping) return;
      opts.onEvent?.({ type: "died", code, signal, restartInMs: scheduleRestart() });
    });
  watch(child);

  return {
    url,
    stop: () =>
      new Promise((done) => {
        stopping = true;
        clearTimeout(timer);
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}

async function startChild(port: number, dir: string): Promise<ChildProcess> {
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--save", "", "--protected-mode", "yes"],
    { stdio: "ignore" },
  );
  const started = await new Promise<boolean | Error>((done) => {
    child.once("error", (err) => done(err));
    const poll = async (tries: number): Promise<void> => {
      if (await isListening(port)) return done(true);
      if (tries <= 0 || child.exitCode !== null) return done(false);
      setTimeout(() => void poll(tries - 1), 100);
    };
    void poll(50);
  });
  if (started !== true) {
    child.kill();
    const missing = started instanceof Error && (started as NodeJS.ErrnoException).code === "ENOENT";
    throw new RedisUnavailableError(
      missing
        ? "Redis is not installed: install it (Debian/Ubuntu: sudo apt-get install redis-server) or set REDIS_URL to a running Redis."
        : `redis-server did not start on port ${port}: set REDIS_URL to a running Redis.`,
    );
  }
  return child;
}
