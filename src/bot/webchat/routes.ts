/**
 * The local web chat: the embedded default channel, so anyone can try the guides without a bot
 * token. The page (public/) talks JSON to POST /api/chat; the server drives the same Assistant.
 */
import { citizenCommand } from "../citizen-commands.js";
import { ERASE_PAYLOAD, PersonalDataCommands } from "../personal-data-commands.js";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { Assistant } from "../assistant.js";
import { userHash } from "../../stats/user-hash.js";
import type { WebChatLimiter } from "./rate-limit.js";
import type { EngineInput, Lang } from "../../flows/types.js";

const page = (name: string) => readFileSync(new URL(`./public/${name}`, import.meta.url), "utf8");
const require = createRequire(import.meta.url);

/**
 * Khmer text needs a Khmer font, which many phones and PCs lack (every letter a box): the page
 * ships Noto Sans Khmer (fontsource), served from here, never from a font CDN.
 */
const FONTS: Record<string, string> = Object.fromEntries(
  ["noto-sans-khmer-khmer-400-normal.woff2", "noto-sans-khmer-khmer-700-normal.woff2"].map((f) => [f, `@fontsource/noto-sans-khmer/files/${f}`]),
);

/**
 * The browser keeps a random id in localStorage; it is the chat's address and its only credential,
 * so it must be the 128 random bits the page makes (32 hex digits), nothing guessable.
 */
export const CHAT_ID = /^[0-9a-f]{32}$/;

const chatRequest = z.object({
  chat: z.string().regex(CHAT_ID),
  input: z.discriminatedUnion("kind", [
    z.object({ kind: z.enum(["start", "menu", "help", "refresh"]) }),
    // The footer's privacy notice (the page's only way to open a guide without a button of the bot's).
    z.object({ kind: z.literal("open"), flow: z.literal("privacy") }),
    z.object({ kind: z.literal("button"), data: z.string().max(64) }),
    // Long texts are accepted and answered kindly by the engine ("too long"), not rejected here.
    z.object({ kind: z.literal("text"), text: z.string().max(20_000) }),
  ]),
  /** Client-made id per message, so a retried request is answered once. */
  messageId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
  lang: z.string().max(16).optional(),
});

export interface WebChatOptions {
  /** Request limits (shared by every instance); none when omitted. */
  limiter?: WebChatLimiter;
  /** Key of the pseudonym that stands for a client's address in the limiter's keys. */
  hashSecret?: string;
  /** Behind a reverse proxy, the client is the first X-Forwarded-For address (else every visitor is the proxy). */
  trustProxy?: boolean;
  /** /dulieu and /xoadulieu (and the delete button). */
  personalData?: PersonalDataCommands;
}

export function webChatRoutes(assistant: Assistant, opts: WebChatOptions = {}): Hono {
  const app = new Hono();
  const html = page("index.html");
  const script = page("webchat.js");
  const style = page("webchat.css");
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'self'"], imgSrc: ["'self'", "data:"], frameAncestors: ["'none'"] },
      referrerPolicy: "no-referrer",
    }),
  );
  app.get("/", (c) => c.html(html));
  app.get("/webchat.js", (c) => c.body(script, 200, { "content-type": "text/javascript; charset=utf-8" }));
  app.get("/webchat.css", (c) => c.body(style, 200, { "content-type": "text/css; charset=utf-8" }));
  const fonts = new Map(Object.entries(FONTS).map(([name, path]) => [name, readFileSync(require.resolve(path))]));
  app.get("/fonts/:file", (c) => {
    const font = fonts.get(c.req.param("file"));
    if (!font) return c.json({ error: "not found" }, 404);
    return c.body(new Uint8Array(font), 200, { "content-type": "font/woff2", "cache-control": "public, max-age=31536000, immutable" });
  });
  app.post("/api/chat", bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.json({ error: "too large" }, 413) }), async (c) => {
    const parsed = chatRequest.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return c.json({ error: "bad request" }, 400);
    const { chat, input, messageId, lang } = parsed.data;
    if (opts.limiter) {
      const client = userHash(opts.hashSecret ?? "", "client", clientAddress(c, opts.trustProxy === true));
      const verdict = await opts.limiter.check(client, chat).catch(() => "ok" as const);
      // The page shows the replies of a 429 like any others: a kind sentence, in the user's language.
      if (verdict !== "ok") return c.json({ replies: [assistant.notice(lang, verdict === "new_chats" ? "too-many-chats" : "too-fast")], duplicate: false }, 429);
    }
    const address = { channel: "web" as const, id: chat };
    // Seeing and deleting what we hold: answered here, never kept as a guide step.
    const typed = input.kind === "text" ? input.text : input.kind === "button" && input.data === ERASE_PAYLOAD ? ERASE_PAYLOAD : null;
    if (opts.personalData && typed !== null && PersonalDataCommands.matches(typed)) {
      const answer = await opts.personalData.handle(address, typed, lang === "km" || lang === "en" ? lang : "vi");
      if (answer) return c.json({ replies: [{ text: answer.text, buttons: answer.buttons?.map((b) => [b]) }], duplicate: false });
    }
    // The page draws its own words (buttons, placeholder, banner) in the chat's language.
    const report: { lang?: Lang } = {};
    // Typed commands (/start, /riengtu, /andanh…) work here as on every channel.
    const command = input.kind === "text" ? citizenCommand(input.text) : null;
    const replies = await assistant.handle(address, command ?? (input as EngineInput), {
      updateId: messageId ? `${chat}:${messageId}` : undefined,
      localeHint: lang,
      report,
    });
    if (replies) return c.json({ replies, duplicate: false, lang: report.lang });
    // A retry of a message we already handled: its answer was lost on the way, so show where they are.
    const again = (await assistant.handle(address, { kind: "refresh" }, { localeHint: lang, report })) ?? [];
    return c.json({ replies: again, duplicate: true, lang: report.lang });
  });
  return app;
}

/** The connecting address, or the client's as the trusted proxy in front reports it. */
function clientAddress(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown"; // not on a Node socket (in-process requests in tests)
  }
}
