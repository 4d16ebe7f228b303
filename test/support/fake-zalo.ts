/**
 * A local fake of Zalo's OA Open API v3 and OAuth v4, speaking their HTTP shapes and failure
 * answers: -216 for an expired or unknown access token, -230 for a user out of the 7-day window,
 * single-use refresh tokens (a reused one is refused), and the 5-button and 2,000-character limits
 * answered as errors. Files are uploaded (multipart, `/v2.0/oa/upload/file`) for a token, then sent
 * as a `file` attachment. Plus a signer for webhook events (sha256(app_id + body + timestamp + OA key)).
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { zaloMac } from "../../src/bot/zalo/signature.js";

export interface SentZalo {
  userId: string;
  text: string;
  buttons: { title: string; type: string; payload: unknown }[];
  /** A file sent as an attachment (its upload's name and bytes). */
  file?: { name: string; bytes: Buffer };
  /** A "request_user_info" card (asking the person to share their details). */
  infoRequest?: { title: string; subtitle: string };
}

export interface FakeZalo {
  apiRoot: string;
  oauthRoot: string;
  appId: string;
  appSecret: string;
  oaSecretKey: string;
  /** The refresh token to seed the app with (ZALO_REFRESH_TOKEN). */
  seedRefreshToken: string;
  sent: SentZalo[];
  /** Called for every message the OA sends (benchmarks time replies with it). */
  onSend?: (message: SentZalo) => void;
  refreshCalls: number;
  /** Every access token issued so far stops working (Zalo answers -216). */
  expireAccessTokens(): void;
  /** Messages to this user fail with -230. */
  outOfWindow: Set<string>;
  /** Uploads fail (as Zalo does for a type it does not take) while this is set. */
  refuseUploads: boolean;
  /** How long Zalo takes to accept a message (ms), per call; none by default. */
  sendDelayMs?: () => number;
  /** The settings that point the app at this fake (ZALO_APP_ID and the rest). */
  env(): Record<string, string>;
  /** A signed webhook request for `event` (app_id and timestamp filled in). */
  signed(event: Record<string, unknown>, opts?: { forge?: boolean; appId?: string }): { body: string; headers: Record<string, string> };
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
  });
}

export async function startFakeZalo(): Promise<FakeZalo> {
  const appId = "1234567890123";
  const appSecret = "app-secret-0123456789";
  const oaSecretKey = "oa-secret-key-0123456789";
  const access = new Set<string>();
  const refresh = new Map<string, boolean>([["seed-refresh-token", false]]);
  let issued = 0;
  let messageIds = 0;
  const uploads = new Map<string, { name: string; bytes: Buffer }>();

  const fake: Omit<FakeZalo, "apiRoot" | "oauthRoot" | "close"> = {
    appId,
    appSecret,
    oaSecretKey,
    seedRefreshToken: "seed-refresh-token",
    sent: [],
    refreshCalls: 0,
    outOfWindow: new Set(),
    refuseUploads: false,
    expireAccessTokens: () => access.clear(),
    env: () => ({
      ZALO_APP_ID: appId,
      ZALO_APP_SECRET: appSecret,
      ZALO_OA_SECRET_KEY: oaSecretKey,
      ZALO_REFRESH_TOKEN: "seed-refresh-token",
      ZALO_API_ROOT: (fake as FakeZalo).apiRoot,
      ZALO_OAUTH_ROOT: (fake as FakeZalo).oauthRoot,
    }),
    signed(event, opts = {}) {
      // An event may carry its own timestamp; the signature uses the one in the body, as Zalo's does.
      const payload = { app_id: opts.appId ?? appId, timestamp: String(Date.now()), ...event };
      const body = JSON.stringify(payload);
      const mac = zaloMac(opts.appId ?? appId, body, String(payload.timestamp), opts.forge ? "wrong-key" : oaSecretKey);
      return { body, headers: { "content-type": "application/json", "x-zevent-signature": `mac=${mac}` } };
    },
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const bytes = await readBody(req);
      const raw = bytes.toString();
      const reply = (body: unknown) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (req.url === "/v4/oa/access_token") {
        fake.refreshCalls++;
        const form = new URLSearchParams(raw);
        const token = form.get("refresh_token") ?? "";
        if (req.headers.secret_key !== appSecret || form.get("app_id") !== appId) return reply({ error: -14002, error_name: "Invalid app secret" });
        if (form.get("grant_type") !== "refresh_token" || refresh.get(token) !== false) return reply({ error: -14014, error_name: "Invalid refresh token" });
        refresh.set(token, true); // single use
        issued++;
        const pair = { access_token: `access-${issued}`, refresh_token: `refresh-${issued}`, expires_in: "90000" };
        access.add(pair.access_token);
        refresh.set(pair.refresh_token, false);
        return reply(pair);
      }
      if (req.url === "/v2.0/oa/upload/file") {
        if (!access.has(String(req.headers.access_token ?? ""))) return reply({ error: -216, message: "Access token is invalid" });
        if (fake.refuseUploads) return reply({ error: -210, message: "File type is not supported" });
        const form = await new Request("http://fake/", { method: "POST", headers: { "content-type": String(req.headers["content-type"]) }, body: new Uint8Array(bytes) }).formData();
        const file = form.get("file");
        if (!(file instanceof File)) return reply({ error: -201, message: "file is missing" });
        const token = `file-${uploads.size + 1}`;
        uploads.set(token, { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
        return reply({ error: 0, message: "Success", data: { token } });
      }
      if (req.url === "/v3.0/oa/message/cs") {
        const delay = fake.sendDelayMs?.() ?? 0;
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        if (!access.has(String(req.headers.access_token ?? ""))) return reply({ error: -216, message: "Access token is invalid" });
        type Attachment =
          | { type: "template"; payload: { template_type?: string; buttons?: SentZalo["buttons"]; elements?: { title: string; subtitle: string }[] } }
          | { type: "file"; payload: { token: string } };
        const body = JSON.parse(raw) as { recipient: { user_id: string }; message: { text?: string; attachment?: Attachment } };
        const userId = body.recipient.user_id;
        if (fake.outOfWindow.has(userId)) return reply({ error: -230, message: "User has not interacted with the OA in the past 7 days" });
        const attachment = body.message.attachment;
        if (attachment?.type === "file") {
          const file = uploads.get(attachment.payload.token);
          if (!file) return reply({ error: -201, message: "invalid file token" });
          const message = { userId, text: "", buttons: [], file };
          fake.sent.push(message);
          return reply({ error: 0, message: "Success", data: { message_id: `m${++messageIds}` } });
        }
        if (attachment?.type === "template" && attachment.payload.template_type === "request_user_info") {
          const element = attachment.payload.elements?.[0];
          if (!element?.title) return reply({ error: -201, message: "elements[0].title is required" });
          const message = { userId, text: "", buttons: [], infoRequest: { title: element.title, subtitle: element.subtitle ?? "" } };
          fake.sent.push(message);
          return reply({ error: 0, message: "Success", data: { message_id: `m${++messageIds}` } });
        }
        const buttons = (attachment?.type === "template" ? attachment.payload.buttons : undefined) ?? [];
        if (buttons.length > 5) return reply({ error: -210, message: "Too many buttons" });
        const text = body.message.text ?? "";
        if ([...text].length > 2000) return reply({ error: -210, message: "Text too long" });
        const message = { userId, text, buttons };
        fake.sent.push(message);
        (fake as FakeZalo).onSend?.(message);
        return reply({ error: 0, message: "Success", data: { message_id: `m${++messageIds}` } });
      }
      res.writeHead(404).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(fake, {
    apiRoot: root,
    oauthRoot: root,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as FakeZalo;
}
