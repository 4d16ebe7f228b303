// Redis memory per active citizen: 100,000 citizens each go through the real Assistant (shipped
// content): /start, language, commune, reminders yes, anonymous statistics yes; each is subscribed
// (as the subscription listener does), completes one guide (session log with pseudonym, its month
// and year roll-ups, step counters) and leaves one guide half done (its place). Measured as
// used_memory after minus before, divided by the citizens, then family by family: each family of
// keys is deleted in turn and the drop of used_memory (once Redis has resized its tables) is its
// share. Two sums: what is held for each citizen whatever they do (chat state, subscription) —
// target (issue 14) ≤ 600 B — and what each completed guide adds to its day (session log,
// once-markers, seen-today), the per-day cost `bench/national-day.bench.ts` takes to national scale.
import { performance } from "node:perf_hooks";
import type { Redis } from "ioredis";
import { createAssistant, newSessionId } from "../src/bot/assistant-factory.js";
import { broadcastKeys } from "../src/broadcast/keys.js";
import { SubscriptionStore } from "../src/broadcast/subscriptions.js";
import { loadContent } from "../src/flows/content.js";
import type { Reply } from "../src/flows/types.js";
import { SessionLog } from "../src/stats/session-log.js";
import { createStepTracker } from "../src/stats/step-tracker.js";
import { userHash } from "../src/stats/user-hash.js";
import type { BenchModule } from "./support/bench-module.js";
import { connectRedis } from "./support/redis-client.js";
import { benchPrefix, deleteByPrefix, scanKeys } from "./support/redis-keys.js";
import { fmt, markdownTable } from "./support/table.js";

const CITIZENS = Number(process.env.BENCH_CITIZENS ?? 100_000);
const PARALLEL = 200;
const SECRET = "bench-secret-0123456789";

/**
 * Bytes Redis has allocated, less the slots of its key tables (main and expiries of db 0). Those
 * tables double and shrink by powers of two, and when a table shrinks depends on every key in the
 * database, so their slots would land on whichever family happened to be deleted then. They are
 * counted instead at 8 bytes per slot for each key, in each table it is in, at the average fill of
 * 75 % (`TABLE_SLOT_BYTES`).
 */
async function usedMemory(redis: Redis): Promise<number> {
  const used = Number(/used_memory:(\d+)/.exec(await redis.info("memory"))![1]);
  const keyspace = /db0:keys=(\d+),expires=(\d+)/.exec(await redis.info("keyspace"));
  const stats = (await redis.call("MEMORY", "STATS")) as unknown[];
  const db0 = stats[stats.indexOf("db.0") + 1] as unknown[] | undefined;
  if (!keyspace || !db0) return used;
  const main = Number(db0[db0.indexOf("overhead.hashtable.main") + 1]);
  const expires = Number(db0[db0.indexOf("overhead.hashtable.expires") + 1]);
  // The overhead Redis reports is each table's entries (24 B each) plus its slots.
  const slots = main - Number(keyspace[1]) * 24 + (expires - Number(keyspace[2]) * 24);
  return used - slots;
}
const TABLE_SLOT_BYTES = 8 / 0.75;

/** used_memory once a deletion's frees have settled. */
async function settledMemory(redis: Redis): Promise<number> {
  let last = await usedMemory(redis);
  let steady = 0;
  for (let i = 0; i < 20 && steady < 2; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const now = await usedMemory(redis);
    steady = now === last ? steady + 1 : 0;
    last = now;
  }
  return last;
}

/** Families a completed guide adds to its day; the rest is held for the citizen. */
const PER_GUIDE = /^stats:(sessions|seen|once|day|steps|stops|month|year|ev|rolled)\b/;

function press(replies: Reply[] | null, label: string): string {
  for (const reply of [...(replies ?? [])].reverse()) for (const b of reply.buttons?.flat() ?? []) if ("data" in b && b.label.includes(label)) return b.data;
  throw new Error(`no button "${label}" in ${JSON.stringify(replies?.map((r) => r.text.slice(0, 60)))}`);
}

export const memoryBench: BenchModule = {
  id: "memory",
  title: `Redis memory per active citizen (${fmt(CITIZENS)} citizens)`,
  async run(redisUrl) {
    const redis = await connectRedis(redisUrl);
    const prefix = benchPrefix();
    try {
      const content = loadContent();
      const assistant = createAssistant({ redis, prefix, content, hashSecret: SECRET, limits: null, listeners: [createStepTracker({ redis, prefix })] });
      const subs = new SubscriptionStore(redis, broadcastKeys(prefix));
      const log = new SessionLog(redis, prefix);
      const before = await settledMemory(redis);
      const t0 = performance.now();
      const citizen = async (i: number) => {
        const chat = { channel: "telegram" as const, id: String(8_000_000_000 + i) };
        let u = i * 10;
        const say = (input: Parameters<typeof assistant.handle>[1]) => assistant.handle(chat, input, { updateId: String(u++) });
        const hello = await say({ kind: "start" });
        await say({ kind: "button", data: press(hello, "Tiếng Việt") });
        const remind = await say({ kind: "text", text: "Long Hiệp" });
        const stats = await say({ kind: "button", data: press(remind, "Có, nhắc tôi") });
        await say({ kind: "button", data: press(stats, "Đồng ý") });
        await say({ kind: "open", flow: "vneid" }); // a guide left half done: its position is kept
        await subs.subscribe(chat.id, { unit: "long-hiep", lang: "vi", source: "onboarding" });
        const at = Date.now() - (i % 30) * 86_400_000;
        await log.record({ sessionId: newSessionId(), flow: "khai-sinh", procedure: "khai-sinh", field: "ho-tich", unit: "long-hiep", lang: "vi", startedAt: at, completedAt: at, outcome: "online_filing", result: "done", assisted: false, channel: "telegram", user: userHash(SECRET, "telegram", chat.id) });
      };
      for (let i = 0; i < CITIZENS; i += PARALLEL) await Promise.all(Array.from({ length: Math.min(PARALLEL, CITIZENS - i) }, (_, j) => citizen(i + j)));
      const seconds = (performance.now() - t0) / 1000;
      const after = await settledMemory(redis);
      // By key family, exactly: each family is deleted in turn (shortest-lived first) and the drop
      // of used_memory is its share, so shared keys (a commune's subscriber set, a day's stream)
      // count as fully as each citizen's own.
      const keys = await scanKeys(redis, prefix);
      const family = (key: string) => key.slice(prefix.length).replace(/\{[^}]*\}/, "{…}").replace(/:\d{6,}/g, ":<id>").replace(/\d{4}-\d\d(-\d\d)?/g, "<date>").split(":").slice(0, 3).join(":");
      // A family's keys may live for different times (a finished session's position an hour, an
      // open one 30 days): they are grouped by family and lifetime class, from each key's own TTL.
      const ttls: number[] = [];
      for (let i = 0; i < keys.length; i += 1000) {
        const pipe = redis.pipeline();
        for (const k of keys.slice(i, i + 1000)) pipe.ttl(k);
        for (const [, ttl] of (await pipe.exec()) ?? []) ttls.push(Number(ttl));
      }
      const lifetime = (ttl: number) => (ttl < 0 ? "kept" : ttl <= 3_600 ? "hour" : ttl <= 2 * 86_400 ? "days" : "kept");
      const groups = new Map<string, { name: string; members: string[]; ttl: number; expiring: number }>();
      keys.forEach((key, i) => {
        const ttl = ttls[i]!;
        const id = `${family(key)}|${lifetime(ttl)}`;
        const group = groups.get(id);
        if (!group) groups.set(id, { name: family(key), members: [key], ttl, expiring: ttl >= 0 ? 1 : 0 });
        else {
          group.members.push(key);
          group.ttl = group.ttl < 0 || ttl < 0 ? -1 : Math.max(group.ttl, ttl);
          if (ttl >= 0) group.expiring++;
        }
      });
      const families = [...groups.values()];
      // Deleted class by class: the hour's keys, then each guide's, then each citizen's, each class
      // shortest-lived first.
      const order = (ttl: number) => (ttl < 0 ? Infinity : ttl);
      const kind = (f: (typeof families)[number]) => (f.ttl >= 0 && f.ttl <= 3_600 ? 0 : PER_GUIDE.test(f.name) ? 1 : 2);
      families.sort((a, b) => kind(a) - kind(b) || order(a.ttl) - order(b.ttl));
      const rows: { name: string; keys: number; perCitizen: number; ttl: number }[] = [];
      let memory = after;
      for (const f of families) {
        // DEL, not UNLINK: the memory must be freed before it is measured.
        // Each key takes a slot in the key table, and one in the expiry table if it expires.
        const slots = (f.members.length + f.expiring) * TABLE_SLOT_BYTES;
        for (let i = 0; i < f.members.length; i += 500) await redis.del(...f.members.slice(i, i + 500));
        const now = await settledMemory(redis);
        rows.push({ name: f.name, keys: f.members.length, perCitizen: (memory - now + slots) / CITIZENS, ttl: f.ttl });
        memory = now;
      }
      const perCitizen = rows.reduce((sum, r) => sum + r.perCitizen, 0);
      const keptBeyond = (seconds: number, which: (name: string) => boolean = () => true) =>
        rows.filter((r) => (r.ttl < 0 || r.ttl > seconds) && which(r.name)).reduce((sum, r) => sum + r.perCitizen, 0);
      const kept = (ttl: number) => (ttl < 0 ? "no expiry" : ttl <= 3_600 ? `${Math.round(ttl / 60)} min` : `${fmt(ttl / 86_400, 0)} days`);
      console.log(`${fmt(CITIZENS)} citizens onboarded, subscribed, one guide done and one open, in ${fmt(seconds, 1)} s; ${fmt(keys.length)} keys.\n`);
      console.log(
        markdownTable(
          [
            { header: "key family", cell: (r: (typeof rows)[number]) => `\`${r.name}\`` },
            { header: "keys", align: "right", cell: (r) => fmt(r.keys) },
            { header: "bytes per citizen", align: "right", cell: (r) => fmt(r.perCitizen, 0) },
            { header: "kept", align: "right", cell: (r) => kept(r.ttl) },
          ],
          [...rows].sort((a, b) => b.perCitizen - a.perCitizen),
        ),
      );
      const hour = keptBeyond(3_600);
      const days = keptBeyond(2 * 86_400);
      const held = keptBeyond(3_600, (name) => !PER_GUIDE.test(name));
      const guide = keptBeyond(3_600, (name) => PER_GUIDE.test(name));
      console.log(
        `\nused_memory grew ${fmt((after - before) / 1e6, 1)} MB (key tables apart): ${fmt(perCitizen, 0)} B per citizen right after (the hour's redelivery answers and move markers included). ` +
          `Kept beyond an hour: **${fmt(held, 0)} B held for each citizen** (chat state, subscription; target ≤ 600 B: ${held <= 600 ? "met" : "NOT met"}) ` +
          `and **${fmt(guide, 0)} B for each completed guide** (its day's session log, once-marker, seen-today and counters: the per-day cost), ` +
          `${fmt(hour, 0)} B together; ${fmt(days, 0)} B beyond two days.`,
      );
    } finally {
      await deleteByPrefix(redis, prefix);
      redis.disconnect();
    }
  },
};
