/**
 * The task force's `/thongbao`: write the message (text, or a photo with a caption), choose the
 * audience (everyone or some communes), look at a preview showing the number of recipients, then
 * confirm or cancel. `/dungthongbao` stops the broadcast in progress; a button resumes it.
 *
 * Only holders of the "taskforce" role (admins have every role) get past the first step; the draft
 * lives in a small Redis hash per chat, so the citizen conversation never sees these messages.
 *
 * This composer also gives citizens' replies precedence over bulk sending: each private update
 * marks the chat busy for a second, so a bulk message never lands on top of the bot's answer
 * (see also reply-pacer.ts, which takes a send slot for each reply).
 */
import { Composer, InlineKeyboard } from "grammy";
import { DateTime } from "luxon";
import { newAuthCode as newCode } from "../../../broadcast/auth-code.js";
import type { Draft } from "../../../broadcast/compose-store.js";
import { CAPTION_LIMIT, FOOTER_ROOM, TEXT_LIMIT } from "../../../broadcast/message-renderer.js";
import type { BroadcastParts } from "../../../broadcast/module.js";
import { isQuiet, LOCAL_ZONE, msUntilQuietEnds } from "../../../broadcast/quiet-hours.js";
import { zeroCounts, type Run } from "../../../broadcast/run-store.js";
import { tf } from "../../../broadcast/taskforce-texts.js";
import type { BotContext } from "../context.js";
import { citizenLang } from "./citizen-lang.js";

/** Callback data: "bc:<nonce>:<action>[:<unit>]"; "bcr:<run>" resumes a stopped run. */
const DATA = /^bc:([0-9a-f]{6}):(all|u|pv|go|x|back)(?::([a-z0-9-]{1,24}))?$/;
const RESUME = /^bcr:(\d{1,12})$/;

export function broadcastFeature(parts: BroadcastParts): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { roles, compose, subscriptions, service, runs, renderer, units, redis, keys, tuning, now, quietHours, texts, stateStore, paid } = parts;

  feature.use((ctx, next) => {
    if (ctx.chat?.type === "private" && (ctx.message || ctx.callbackQuery)) {
      // Fire and forget: the reply must not wait for Redis here. (Its send slot is taken by the
      // reply pacer on the bot's Api when the reply goes out.)
      redis.set(keys.chatPace(String(ctx.chat.id)), "1", "PX", tuning.chatGapMs).catch(() => undefined);
    }
    return next();
  });

  const isTaskForce = async (ctx: BotContext) => !!ctx.from && (await roles.has(String(ctx.from.id), "taskforce"));

  /** Officials learn how to get the role; citizens get a short answer in their language. */
  const refuse = async (ctx: BotContext) => {
    if (ctx.from && (await roles.has(String(ctx.from.id), "official"))) await ctx.reply(tf.notAllowed);
    else await ctx.reply(texts.t(await citizenLang(ctx, stateStore), "bc-not-allowed"));
  };

  feature.command(["thongbao", "dungthongbao"], async (ctx, next) => {
    if (!(await isTaskForce(ctx))) {
      await refuse(ctx);
      return;
    }
    await next();
  });

  feature.command("thongbao", async (ctx) => {
    const draft = await compose.start(String(ctx.chat.id), newCode());
    await ctx.reply(tf.composeStart, { reply_markup: new InlineKeyboard().text(tf.cancel, data(draft, "x")) });
  });

  feature.command("dungthongbao", async (ctx) => {
    const [id] = await service.active();
    if (!id || !(await service.stop(id))) {
      await ctx.reply(tf.nothingRunning);
      return;
    }
    const run = await runs.get(id);
    if (!run) return;
    if (run.chatId && run.progressMessageId) await ctx.api.editMessageText(run.chatId, run.progressMessageId, tf.progress(run)).catch(() => undefined);
    await ctx.reply(tf.stopped(run), { reply_markup: new InlineKeyboard().text(tf.resume, `bcr:${run.id}`) });
  });

  // The message to broadcast, while a draft waits for it. Other commands pass through.
  feature.chatType("private").on("message", async (ctx, next) => {
    const chatId = String(ctx.chat.id);
    if (ctx.message.text?.startsWith("/") || !(await compose.active(chatId))) return next();
    const draft = await compose.get(chatId);
    if (!draft || !(await isTaskForce(ctx))) return next();
    const photo = ctx.message.photo?.at(-1)?.file_id ?? null;
    const text = (ctx.message.text ?? ctx.message.caption ?? "").trim();
    if (!text) {
      await ctx.reply(tf.composeNeedText);
      return;
    }
    const max = (photo ? CAPTION_LIMIT : TEXT_LIMIT) - FOOTER_ROOM;
    if (text.length > max) {
      await ctx.reply(tf.composeTooLong(max));
      return;
    }
    const next2: Draft = { ...draft, step: "audience", text, photo, units: [] };
    await compose.save(chatId, next2);
    await ctx.reply(tf.composeAudience, { reply_markup: await audienceKeyboard(next2) });
  });

  feature.on("callback_query:data", async (ctx, next) => {
    const resume = RESUME.exec(ctx.callbackQuery.data);
    if (resume) {
      if (!(await isTaskForce(ctx))) return void (await refuse(ctx));
      const id = resume[1]!;
      await ctx.reply((await service.resume(id)) ? tf.resumed(id) : tf.cannotResume);
      return;
    }
    const m = DATA.exec(ctx.callbackQuery.data);
    if (!m) return next();
    if (!ctx.chat || !(await isTaskForce(ctx))) return void (await refuse(ctx));
    const chatId = String(ctx.chat.id);
    const [, nonce, action, unit] = m;
    const draft = await compose.get(chatId);
    if (!draft || draft.nonce !== nonce) return void (await ctx.reply(tf.expired));

    switch (action) {
      case "x":
        await compose.clear(chatId);
        await ctx.editMessageReplyMarkup().catch(() => undefined);
        await ctx.reply(tf.cancelled);
        return;
      case "all":
        return preview(ctx, chatId, { ...draft, units: null });
      case "u": {
        if (!unit || !units.byCode(unit) || draft.step !== "audience") return;
        const picked = draft.units ?? [];
        const chosen = picked.includes(unit) ? picked.filter((u) => u !== unit) : [...picked, unit];
        const updated = { ...draft, units: chosen };
        await compose.save(chatId, updated);
        await ctx.editMessageReplyMarkup({ reply_markup: await audienceKeyboard(updated) }).catch(() => undefined);
        return;
      }
      case "pv":
        if (draft.units !== null && draft.units.length === 0) return void (await ctx.reply(tf.pickSomething));
        return preview(ctx, chatId, draft);
      case "back": {
        const updated: Draft = { ...draft, step: "audience" };
        await compose.save(chatId, updated);
        await ctx.reply(tf.composeAudience, { reply_markup: await audienceKeyboard(updated) });
        return;
      }
      case "go":
        return confirm(ctx, chatId, draft);
    }
  });

  async function audienceKeyboard(draft: Draft): Promise<InlineKeyboard> {
    const codes = units.units.map((u) => u.code);
    const [everyone, counts] = await Promise.all([subscriptions.count(null), subscriptions.countByUnit(codes)]);
    const kb = new InlineKeyboard().text(tf.everyone(everyone), data(draft, "all")).row();
    for (const u of units.units) {
      kb.text(tf.unitButton(u.name, counts.get(u.code) ?? 0, draft.units?.includes(u.code) ?? false), data(draft, "u", u.code)).row();
    }
    return kb.text(tf.previewButton, data(draft, "pv")).text(tf.cancel, data(draft, "x"));
  }

  async function preview(ctx: BotContext, chatId: string, draft: Draft): Promise<void> {
    const count = await subscriptions.count(draft.units);
    if (count === 0) {
      await ctx.reply(tf.noRecipients);
      return;
    }
    const updated: Draft = { ...draft, step: "preview" };
    await compose.save(chatId, updated);
    // Exactly what a Vietnamese-speaking citizen will see, real authenticity code included.
    const sample = renderer.render(draftRun(updated, now()), { chatId, lang: "vi", unit: null });
    await ctx.reply(tf.previewHeader);
    if (sample.photo) await ctx.replyWithPhoto(sample.photo, { caption: sample.text });
    else await ctx.reply(sample.text, { link_preview_options: { is_disabled: true } });
    const audience = draft.units === null ? tf.audienceAll : draft.units.map((c) => units.byCode(c)?.name ?? c).join(", ");
    const t = now();
    const quiet = isQuiet(quietHours, t)
      ? tf.quietNote(DateTime.fromMillis(t + msUntilQuietEnds(quietHours, t), { zone: LOCAL_ZONE }).toFormat("HH:mm"))
      : "";
    const kb = new InlineKeyboard().text(tf.confirm, data(updated, "go")).text(tf.cancel, data(updated, "x")).row().text(tf.back, data(updated, "back"));
    // The most a paid broadcast can cost: every recipient counted as a paid Telegram message.
    const price = paid.get("telegram")?.priceMilli;
    const cost = price ? tf.paidNote(count * price) : "";
    await ctx.reply(tf.previewSummary(count, audience, quiet + cost), { reply_markup: kb });
  }

  async function confirm(ctx: BotContext, chatId: string, draft: Draft): Promise<void> {
    if (draft.step !== "preview") return;
    const count = await subscriptions.count(draft.units);
    if (count === 0) return void (await ctx.reply(tf.noRecipients));
    // Taking the draft is atomic: a double press starts one broadcast.
    if (!(await compose.take(chatId, draft.nonce))) return void (await ctx.reply(tf.alreadyStarted));
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await service.launch(
      { kind: "broadcast", text: draft.text, photo: draft.photo, units: draft.units, code: draft.code, createdBy: String(ctx.from!.id), chatId, createdAt: now() },
      {
        beforeStart: async (id) => {
          const sent = await ctx.reply(tf.progress({ id, total: count, counts: zeroCounts(), quietUntil: null, status: "running" }));
          await runs.setProgressMessage(id, sent.message_id);
        },
      },
    );
  }

  return feature;
}

function data(draft: Draft, action: string, unit?: string): string {
  return `bc:${draft.nonce}:${action}${unit ? `:${unit}` : ""}`;
}

/** A run-shaped view of a draft, for rendering its preview. */
function draftRun(draft: Draft, at: number): Run {
  return {
    id: "preview",
    kind: "broadcast",
    status: "preparing",
    text: draft.text,
    photo: draft.photo,
    when: "",
    units: draft.units,
    code: draft.code,
    createdBy: null,
    chatId: null,
    progressMessageId: null,
    gen: 0,
    total: 0,
    counts: zeroCounts(),
    byChannel: {},
    costMilli: 0,
    createdAt: at,
    finishedAt: null,
    quietUntil: null,
  };
}

