/**
 * `/lichnhac`: admins see, change, pause and resume the weekly reminder schedule.
 *
 *   /lichnhac                       shows the schedule
 *   /lichnhac dat T4 17:00, T5 07:00  sets the slots (local time, Asia/Ho_Chi_Minh)
 *   /lichnhac dung | tieptuc        pauses | resumes
 */
import { Composer } from "grammy";
import type { BroadcastParts } from "../../../broadcast/module.js";
import { formatMinute, isQuiet } from "../../../broadcast/quiet-hours.js";
import { formatSlots, latestOccurrence, parseSlots } from "../../../broadcast/reminder-schedule.js";
import { sched, tf } from "../../../broadcast/taskforce-texts.js";
import { fold } from "../../../text/fold.js";
import type { BotContext } from "../context.js";

export function remindersFeature(parts: BroadcastParts): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { schedule, roles, quietHours, now, runs } = parts;

  feature.command("lichnhac", async (ctx) => {
    if (!ctx.from || !(await roles.has(String(ctx.from.id), "admin"))) {
      await ctx.reply(tf.notAdmin);
      return;
    }
    const [verb = "", ...rest] = ctx.match.trim().split(/\s+/);
    const action = fold(verb);
    if (action === "dung" || action === "tamdung") {
      await schedule.setPaused(true, now());
      await ctx.reply(sched.paused);
      return;
    }
    if (action === "tieptuc" || action === "chay") {
      await schedule.setPaused(false, now());
      await ctx.reply(sched.resumed);
      return;
    }
    if (action === "dat") {
      const slots = parseSlots(rest.join(" "));
      if (!slots) {
        await ctx.reply(sched.badSlots);
        return;
      }
      // A slot inside quiet hours would never be sent: refuse it now rather than fail silently.
      const quiet = slots.find((s) => isQuiet(quietHours, latestOccurrence(s, now())));
      if (quiet) {
        await ctx.reply(sched.inQuiet(formatSlots([quiet])));
        return;
      }
      await schedule.setSlots(slots, now());
      await ctx.reply(sched.updated(formatSlots(slots)));
      return;
    }
    const s = await schedule.get();
    const quiet = quietHours ? `${formatMinute(quietHours.fromMinute)}-${formatMinute(quietHours.toMinute)}` : sched.quietOff;
    const last = (await runs.recent(20)).find((r) => r.kind === "reminder") ?? null;
    await ctx.reply(sched.show(formatSlots(s.slots), s.paused, quiet, last));
  });

  return feature;
}
