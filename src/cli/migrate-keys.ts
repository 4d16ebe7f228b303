/**
 * `npm run cli -- migrate-keys [--apply]`: renames the keys a deployment wrote before hash tags came
 * in (Redis Cluster) to today's names, so an upgrade keeps its counters, chat places, roles,
 * subscriptions, questions and broadcast records. Without --apply it only counts what it would do.
 *
 *   chat:<channel>:<id>[:last]      → chat:{<channel>:<id>}[:last]
 *   stats:day|import:day:<day>      → …:{<day>}, then the month and year roll-ups are computed
 *   stats:steps|stops:<day> or :{<day>} (fields <unit>|<flow>|<step>) → one hash per commune-day,
 *                                   stats:steps|stops:{<day>}:<unit> (fields <flow>|<step>), added
 *                                   into the commune's month too (stats:steps|stops:{m:<month>}:<unit>)
 *   stats:pos:<session>             → stats:pos:{<session>}
 *   stats:units|imports|import:gen  → {stats}:…
 *   stats:sessions (one stream)     → one stream per completed day, stats:sessions:{<day>}, with its retention
 *   roles:…  → {roles}:…     hd:… → {hd}:…
 *   bc:run:<id>[:to|:st|:prog]      → bc:run:{<id>}[…];  bc:gate → bc:gate:{telegram}; bc:gate:<ch> → bc:gate:{<ch>}
 *   <channel>:in, <channel>:seen:<id> → {<channel>:in}, {<channel>:in}:seen:<id>
 *   stats:once:<session>, stats:seen:<user>   dropped (retry markers of a few days)
 *   sub:<recipient> (a hash each)   → a field of its bucket, sub:{s<n>}, or of its day's withdrawals;
 *   subs:all                        → subs:units (the communes with subscribers)
 *
 * A key is moved with DUMP, RESTORE (its TTL kept) and DEL, which works across Cluster slots; a
 * target that already exists is left alone (a second run changes nothing). BullMQ's queue (bull:…)
 * is not moved: a broadcast that was running is resumed with /tieptuc after the upgrade.
 * Run it with the app stopped.
 */
import type { Redis } from "ioredis";
import { dataNodes, type RedisClient } from "../redis/connection.js";
import { recomputeRollups } from "../stats/rollup-recompute.js";
import { addDays, dayMs, type Day } from "../stats/periods.js";
import { localDay } from "../stats/local-day.js";
import { SESSION_STREAM_RETENTION_DAYS } from "../stats/session-log.js";
import { StatsKeys } from "../stats/stats-keys.js";
import { stepDayExpiresAt, stepMonthExpiresAt } from "../stats/step-tracker.js";
import { broadcastKeys } from "../broadcast/keys.js";
import { SubscriptionStore } from "../broadcast/subscriptions.js";
import type { CliCommand } from "./command.js";

const DAY = "(\\d{4}-\\d{2}-\\d{2})";

/** Old name (after the prefix) → new name, or null to drop the key. */
const RULES: readonly [RegExp, (m: RegExpExecArray) => string | null][] = [
  [/^chat:(telegram|zalo|zalo-bot|web):([^:{}]+)(:last)?$/, (m) => `chat:{${m[1]}:${m[2]}}${m[3] ?? ""}`],
  [new RegExp(`^stats:(day|import:day|steps|stops):${DAY}$`), (m) => `stats:${m[1]}:{${m[2]}}`],
  [/^stats:pos:([^:{}]+)$/, (m) => `stats:pos:{${m[1]}}`],
  [/^stats:(units|imports|import:gen)$/, (m) => `{stats}:${m[1]}`],
  [/^stats:(once|seen):[^{}]+$/, () => null],
  // The inboxes before the handoff family: "hd:in" is the handoff outbox's stream, not a "hd:" key.
  [/^(zalo|zalo-bot|hd):in$/, (m) => `{${m[1]}:in}`],
  [/^(zalo|zalo-bot|hd):seen:(.+)$/, (m) => `{${m[1]}:in}:seen:${m[2]}`],
  [/^roles:(.+)$/, (m) => `{roles}:${m[1]}`],
  [/^hd:(.+)$/, (m) => `{hd}:${m[1]}`],
  [/^bc:run:(\d+)(:to|:st|:prog)?$/, (m) => `bc:run:{${m[1]}}${m[2] ?? ""}`],
  [/^bc:gate$/, () => "bc:gate:{telegram}"],
  [/^bc:gate:([a-z-]+)$/, (m) => `bc:gate:{${m[1]}}`],
];

/** The new name of an old key (after the prefix): a string, null to drop it, undefined when it is current. */
export function migratedName(name: string): string | null | undefined {
  for (const [pattern, to] of RULES) {
    const m = pattern.exec(name);
    if (m) return to(m);
  }
  return undefined;
}

async function scanAll(node: Redis, match: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = "0";
  do {
    const [next, batch] = await node.scan(cursor, "MATCH", match, "COUNT", 1000);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== "0");
  return keys;
}

/** Moves `from` to `to` with its TTL; false when `to` already exists (nothing done). */
async function moveKey(redis: RedisClient, from: string, to: string): Promise<boolean> {
  if (await redis.exists(to)) return false;
  const [dump, pttl] = await Promise.all([redis.dumpBuffer(from), redis.pttl(from)]);
  if (!dump) return false;
  await redis.restore(to, pttl > 0 ? pttl : 0, dump);
  await redis.del(from);
  return true;
}

/** Splits the old single session stream into one stream per completed day, keeping entry ids. */
async function splitSessions(redis: RedisClient, prefix: string, apply: boolean): Promise<number> {
  const old = `${prefix}stats:sessions`;
  if ((await redis.type(old)) !== "stream") return 0;
  const keys = new StatsKeys(prefix);
  let moved = 0;
  for (let start = "-"; ; ) {
    const entries = (await redis.xrange(old, start, "+", "COUNT", 500)) as [string, string[]][];
    if (entries.length === 0) break;
    for (const [id, fields] of entries) {
      const completed = Number(fields[fields.indexOf("completed") + 1]);
      const day = localDay(Number.isFinite(completed) ? completed : Number(id.split("-")[0]));
      moved++;
      if (!apply) continue;
      const stream = keys.sessions(day);
      // An id already there (a second run) is refused by Redis: skip it.
      await redis.xadd(stream, id, ...fields).catch(() => undefined);
      await redis.pexpireat(stream, dayMs(addDays(day, 1)) + SESSION_STREAM_RETENTION_DAYS * 86_400_000);
    }
    start = `(${entries.at(-1)![0]}`;
  }
  if (apply) await redis.del(old);
  return moved;
}

/** Splits day-wide step counters (fields `<unit>|<flow>|<step>`) into one hash per commune-day. */
async function splitStepCounters(redis: RedisClient, prefix: string, names: string[], apply: boolean): Promise<number> {
  const keys = new StatsKeys(prefix);
  let split = 0;
  for (const name of names) {
    const m = /^stats:(steps|stops):(?:\{)?(\d{4}-\d{2}-\d{2})(?:\})?$/.exec(name.slice(prefix.length));
    if (!m) continue;
    split++;
    if (!apply) continue;
    const [, kind, day] = m as unknown as [string, "steps" | "stops", Day];
    // The day's hash under today's name (moved just before) or, on a second run, nothing left.
    const source = `${prefix}stats:${kind}:{${day}}`;
    const fields = await redis.hgetall(source);
    const month = day.slice(0, 7);
    // Into the commune's day (kept a few weeks) and its month (what longer reports read), with the
    // step tracker's own retention; all of one source hash sent together.
    const targets = (unit: string): [string, number][] =>
      kind === "steps"
        ? [[keys.steps(day, unit), stepDayExpiresAt(day)], [keys.stepsMonth(month, unit), stepMonthExpiresAt(day)]]
        : [[keys.stops(day, unit), stepDayExpiresAt(day)], [keys.stopsMonth(month, unit), stepMonthExpiresAt(day)]];
    const writes = Object.entries(fields).flatMap(([field, value]) => {
      const bar = field.indexOf("|");
      return targets(field.slice(0, bar))
        .filter(([, expiresAt]) => expiresAt > Date.now())
        .map(async ([target, expiresAt]) => {
          await redis.hincrby(target, field.slice(bar + 1), Number(value));
          await redis.pexpireat(target, expiresAt);
        });
    });
    await Promise.all(writes);
    await redis.del(source);
  }
  return split;
}

/** Moves each subscription's own hash into its bucket (subscriptions.ts); drops the set of everyone. */
async function packSubscriptions(redis: RedisClient, prefix: string, names: string[], apply: boolean): Promise<number> {
  const store = new SubscriptionStore(redis, broadcastKeys(prefix));
  let packed = 0;
  for (const name of names) {
    const recipient = /^sub:([^{}]+)$/.exec(name.slice(prefix.length))?.[1];
    if (recipient === undefined) continue; // today's names (buckets, withdrawals) carry braces
    packed++;
    if (!apply) continue;
    await store.adopt(recipient, await redis.hgetall(name));
    await redis.del(name);
  }
  if (apply) await redis.del(`${prefix}subs:all`);
  return packed;
}

export const migrateKeysCommand: CliCommand = {
  name: "migrate-keys",
  usage: "[--apply]",
  summary: "đổi tên khóa Redis cũ sang tên mới (nâng cấp; thêm --apply để làm thật)",
  async run(args, ctx) {
    const apply = args.includes("--apply");
    if (args.some((a) => a !== "--apply")) {
      ctx.err("Cách dùng: npm run cli -- migrate-keys [--apply]");
      return 2;
    }
    const redis = await ctx.redis();
    const { prefix } = ctx.config.redis;
    const names = (await Promise.all(dataNodes(redis).map((node) => scanAll(node, `${prefix}*`)))).flat();
    const counts = { moved: 0, dropped: 0, kept: 0 };
    const days = new Set<Day>();
    for (const key of names) {
      const to = migratedName(key.slice(prefix.length));
      if (to === undefined) continue;
      const day = /^stats:(?:day|import:day):(\d{4}-\d{2}-\d{2})$/.exec(key.slice(prefix.length))?.[1];
      if (day) days.add(day);
      if (to === null) {
        counts.dropped++;
        if (apply) await redis.del(key);
      } else if (!apply) counts.moved++;
      else if (await moveKey(redis, key, `${prefix}${to}`)) counts.moved++;
      else counts.kept++;
    }
    const sessions = await splitSessions(redis, prefix, apply);
    const stepDays = await splitStepCounters(redis, prefix, names, apply);
    const subscriptions = await packSubscriptions(redis, prefix, names, apply);
    if (apply && days.size > 0) {
      const keys = new StatsKeys(prefix);
      await recomputeRollups(redis, keys, days, "guided");
      await recomputeRollups(redis, keys, days, "imported");
    }
    const verb = apply ? "Đã" : "Sẽ";
    ctx.out(`${verb} đổi tên ${counts.moved} khóa, bỏ ${counts.dropped} khóa đánh dấu tạm; ${verb.toLowerCase()} chia ${sessions} phiên vào luồng theo ngày; ${days.size} ngày số liệu ${apply ? "đã" : "sẽ"} được cộng lại theo tháng và năm.`);
    if (stepDays > 0) ctx.out(`${verb} tách ${stepDays} bảng bước theo ngày thành bảng theo từng xã.`);
    if (subscriptions > 0) ctx.out(`${verb} gom ${subscriptions} đăng ký nhận tin vào bảng chung.`);
    if (counts.kept > 0) ctx.out(`${counts.kept} khóa cũ giữ nguyên vì tên mới đã có (chạy lại lần hai).`);
    if (!apply) ctx.out("Chưa đổi gì. Dừng ứng dụng rồi chạy lại với --apply.");
    return 0;
  },
};
