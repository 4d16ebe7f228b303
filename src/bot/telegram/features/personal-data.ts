/**
 * `/dulieu` and `/xoadulieu` in Telegram, and the "delete all my information" button: the rules are
 * the channel-neutral PersonalDataCommands'.
 */
import { Composer } from "grammy";
import type { Lang } from "../../../flows/types.js";
import { ERASE_PAYLOAD, PersonalDataCommands } from "../../personal-data-commands.js";
import type { BotContext } from "../context.js";
import { actionMarkup } from "../outbound.js";

export function personalDataFeature(commands: PersonalDataCommands): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const pm = feature.chatType("private");
  const hint = (ctx: BotContext): Lang => {
    const code = ctx.from?.language_code?.slice(0, 2);
    return code === "km" || code === "en" ? code : "vi";
  };
  const answer = async (ctx: BotContext, text: string) => {
    const reply = await commands.handle({ channel: "telegram", id: String(ctx.chat!.id) }, text, hint(ctx));
    if (!reply) return false;
    await ctx.reply(reply.text, actionMarkup(reply.buttons));
    return true;
  };
  pm.callbackQuery(ERASE_PAYLOAD, async (ctx) => void (await answer(ctx, ERASE_PAYLOAD)));
  pm.on("message:text", async (ctx, next) => {
    if (PersonalDataCommands.matches(ctx.message.text) && (await answer(ctx, ctx.message.text))) return;
    await next();
  });
  return feature;
}
