// A real browser for page tests: the system Chromium driven by playwright-core (no browser download),
// plus a server close that cannot hang on the keep-alive connections a browser leaves open.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** The Chromium to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium; null when there is none. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

/** Headless, sandbox-free (containers), and quiet: no network of its own besides the page's. */
export function launchChromium(executablePath = chromiumPath()): Promise<Browser> {
  if (!executablePath) throw new Error("no Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH");
  return chromium.launch({
    executablePath,
    timeout: 30_000,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

interface ClosableServer {
  close(callback?: (err?: Error) => void): unknown;
  closeAllConnections?: () => void;
}

/** Stops an HTTP server, dropping idle keep-alive sockets first; gives up waiting after `ms`. */
export async function closeServer(server: ClosableServer, ms = 5_000): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeAllConnections?.();
  });
}
