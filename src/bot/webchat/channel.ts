/**
 * The web chat as a channel module: the page and its JSON endpoint on the app's HTTP server. It
 * cannot write first, so it gets no reminders (the onboarding does not ask for them).
 */
import type { PersonalDataCommands } from "../personal-data-commands.js";
import type { RedisClient } from "../../redis/connection.js";
import type { Assistant } from "../assistant.js";
import type { ChannelCapabilities, ChannelModule } from "../channel.js";
import { WebChatLimiter } from "./rate-limit.js";
import { webChatRoutes } from "./routes.js";

export const WEBCHAT_CAPABILITIES: ChannelCapabilities = {
  maxButtons: 24,
  textLimit: 20_000,
  markup: "plain",
  canEdit: true,
  canDeleteUserMessage: true,
  push: "none",
};

export function webChatChannel(opts: { assistant: Assistant; redis: RedisClient; prefix: string; hashSecret: string; trustProxy?: boolean; personalData?: PersonalDataCommands }): ChannelModule {
  const limiter = new WebChatLimiter(opts.redis, opts.prefix);
  return {
    id: "web",
    capabilities: WEBCHAT_CAPABILITIES,
    routes: [{ path: "/", app: webChatRoutes(opts.assistant, { limiter, hashSecret: opts.hashSecret, trustProxy: opts.trustProxy, personalData: opts.personalData }) }],
    start: async () => {},
    stop: async () => {},
  };
}
