/**
 * A local fake of the Zalo Bot Platform API (Telegram-like, no buttons): getUpdates returns one
 * update at a time and 408 when a long poll times out; sendMessage refuses texts over 2,000
 * characters and any reply_markup (the platform has no keyboards); setWebhook wants an https URL and
 * a secret of 8 to 256 characters.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeZaloBot {
  apiRoot: string;
  token: string;
  sent: { chatId: string; text: string }[];
  /** What setWebhook was last given (null after deleteWebhook). */
  webhook: { url: string; secret_token: string } | null;
  push(update: Record<string, unknown>): void;
  close(): Promise<void>;
}

export async function startFakeZaloBot(): Promise<FakeZaloBot> {
  const token = "1234567:fake-zalo-bot-token";
  const queue: Record<string, unknown>[] = [];
  const waiting: ((u: Record<string, unknown> | null) => void)[] = [];
  const sent: FakeZaloBot["sent"] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString()));
    req.on("end", () => {
      const reply = (status: number, body: unknown) => {
        if (res.writableEnded) return;
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
      if (!m || m[1] !== token) return reply(401, { ok: false, error_code: 401, description: "Unauthorized" });
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      switch (m[2]) {
        case "deleteWebhook":
          fake.webhook = null;
          return reply(200, { ok: true, result: true });
        case "setWebhook": {
          const secret = String(body.secret_token ?? "");
          if (!String(body.url ?? "").startsWith("https://") || secret.length < 8 || secret.length > 256) return reply(400, { ok: false, error_code: 400, description: "Bad Request: url must be https, secret_token 8-256 characters" });
          fake.webhook = { url: String(body.url), secret_token: secret };
          return reply(200, { ok: true, result: true });
        }
        case "getUpdates": {
          const next = queue.shift();
          if (next) return reply(200, { ok: true, result: next });
          const timer = setTimeout(() => done(null), Number(body.timeout ?? 30) * 1000);
          const done = (u: Record<string, unknown> | null) => {
            clearTimeout(timer);
            if (u) reply(200, { ok: true, result: u });
            else reply(408, { ok: false, error_code: 408, description: "Request timeout" });
          };
          waiting.push(done);
          res.once("close", () => waiting.splice(waiting.indexOf(done) >>> 0, 1));
          return;
        }
        case "sendMessage": {
          const text = String(body.text ?? "");
          if (body.reply_markup !== undefined) return reply(400, { ok: false, error_code: 400, description: "reply_markup is not supported" });
          if (text.length < 1 || [...text].length > 2000) return reply(400, { ok: false, error_code: 400, description: "text must be 1-2000 characters" });
          sent.push({ chatId: String(body.chat_id), text });
          return reply(200, { ok: true, result: { message_id: `b${sent.length}` } });
        }
        default:
          return reply(404, { ok: false, error_code: 404, description: "Not Found" });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const fake: FakeZaloBot = {
    apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token,
    sent,
    webhook: null,
    push(update) {
      const waiter = waiting.shift();
      if (waiter) waiter(update);
      else queue.push(update);
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  return fake;
}
