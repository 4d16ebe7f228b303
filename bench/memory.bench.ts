// Redis memory per active citizen: 100,000 citizens each go through the real Assistant (shipped
// content): /start, language, commune, reminders yes, anonymous statistics yes; each is subscribed
// (as the subscription listener does), completes one guide (session log with pseudonym, its month
// and year roll-ups, step counters) and leaves one guide half done (a position). Measured as
// used_memory after minus before, divided by the citizens; then the bytes of one citizen's own keys
// (MEMORY USAGE, sampled) so the total can be read by key family. Target (issue 14): ≤ 600 B.
import { performance } from "node:perf_hooks";
import type { Redis } from "ioredis";
import { createAssistant } from "../src/bot/assistant-factory.js";
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

const usedMemory = async (redis: Redis) => Number(/used_memory:(\d+)/.exec(await redis.info("memory"))![1]);

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
      const before = await usedMemory(redis);
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
        await log.record({ sessionId: `m${i}`, flow: "khai-sinh", procedure: "khai-sinh", field: "ho-tich", unit: "long-hiep", lang: "vi", startedAt: at, completedAt: at, outcome: "online_filing", result: "done", assisted: false, channel: "telegram", user: userHash(SECRET, "telegram", chat.id) });
      };
      for (let i = 0; i < CITIZENS; i += PARALLEL) await Promise.all(Array.from({ length: Math.min(PARALLEL, CITIZENS - i) }, (_, j) => citizen(i + j)));
      const seconds = (performance.now() - t0) / 1000;
      const after = await usedMemory(redis);
      const perCitizen = (after - before) / CITIZENS;

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
      const groups = new Map<string, { name: string; members: string[]; ttl: number }>();
      keys.forEach((key, i) => {
        const ttl = ttls[i]!;
        const id = `${family(key)}|${lifetime(ttl)}`;
        const group = groups.get(id);
        if (!group) groups.set(id, { name: family(key), members: [key], ttl });
        else {
          group.members.push(key);
          group.ttl = group.ttl < 0 || ttl < 0 ? -1 : Math.max(group.ttl, ttl);
        }
      });
      const families = [...groups.values()];
      const order = (ttl: number) => (ttl < 0 ? Infinity : ttl);
      families.sort((a, b) => order(a.ttl) - order(b.ttl));
      const rows: { name: string; keys: number; perCitizen: number; ttl: number }[] = [];
      let memory = after;
      for (const f of families) {
        // DEL, not UNLINK: the memory must be freed before it is measured.
        for (let i = 0; i < f.members.length; i += 500) await redis.del(...f.members.slice(i, i + 500));
        const now = await usedMemory(redis);
        rows.push({ name: f.name, keys: f.members.length, perCitizen: (memory - now) / CITIZENS, ttl: f.ttl });
        memory = now;
      }
      const keptBeyond = (seconds: number) => rows.filter((r) => r.ttl < 0 || r.ttl > seconds).reduce((sum, r) => sum + r.perCitizen, 0);
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
      const ok = hour <= 600;
      console.log(
        `\nused_memory grew ${fmt((after - before) / 1e6, 1)} MB: **${fmt(perCitizen, 0)} B per citizen** right after; ` +
          `**${fmt(hour, 0)} B per citizen are kept beyond an hour** (the rest serve redeliveries and retries), **${fmt(days, 0)} B beyond two days**. ` +
          `Target ≤ 600 B (kept beyond an hour): ${ok ? "met" : "NOT met"}. (Each family's bytes: the drop of used_memory when it is deleted, shortest-lived first.)`,
      );
    } finally {
      await deleteByPrefix(redis, prefix);
      redis.disconnect();
    }
  },
};
