/**
 * One channel = one folder under src/bot/ exporting one module of this shape. The composition root
 * (src/app.ts) mounts its routes, starts and stops it; what the channel can show and do is declared
 * in its capabilities, so nothing else needs to know which channel it is.
 */
import type { Hono } from "hono";
import type { ChatAddress } from "../flows/state-store.js";

export type ChannelId = ChatAddress["channel"];

export interface ChannelCapabilities {
  /** Most buttons one message can carry (0: none, screens become numbered text menus). */
  maxButtons: number;
  /** Longest text of one message, in characters. */
  textLimit: number;
  markup: "html" | "plain";
  /** Can redraw a message it sent (a checklist tick edits in place). */
  canEdit: boolean;
  /** Can delete a message the user sent (a secret typed by mistake). */
  canDeleteUserMessage: boolean;
  /** Can write first: "any" time, within a "window" after the user's last message, or "none". */
  push: "any" | "window" | "none";
}

export interface ChannelModule {
  id: ChannelId;
  capabilities: ChannelCapabilities;
  /** HTTP routes to mount on the app's server (webhooks, the web chat page). */
  routes: { path: string; app: Hono }[];
  /** Starts receiving (polling, registering a webhook…), after the HTTP server listens. */
  start(): Promise<void>;
  /** Stops receiving; updates in flight finish. */
  stop(): Promise<void>;
}
