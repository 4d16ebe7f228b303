/**
 * Month and year counters computed again from the days under them: for imported figures after
 * every import (an import sets a day's values, so its effect on a month is only known by adding the
 * days up again), and for guided sessions when counters were written without roll-ups (tests,
 * benchmarks, an older deployment's days). Idempotent: run it twice, same result. Each day is read
 * on its own (one slot per day) and a month or year written in one transaction (its year's slot).
 */
import type { RedisClient } from "../redis/connection.js";
import { execOrThrow } from "../redis/transaction.js";
import { daysInMonth, dayOf, type Day } from "./periods.js";
import type { StatsKeys } from "./stats-keys.js";

export type RollupSource = "guided" | "imported";

/** Days of a month read at once. */
const PARALLEL_DAYS = 31;

export async function recomputeRollups(redis: RedisClient, keys: StatsKeys, days: Iterable<Day>, source: RollupSource): Promise<void> {
  const dayKey = (day: Day) => (source === "guided" ? keys.guidedDay(day) : keys.importDay(day));
  const monthKey = (month: string) => (source === "guided" ? keys.guidedMonth(month) : keys.importMonth(month));
  const yearKey = (year: string) => (source === "guided" ? keys.guidedYear(year) : keys.importYear(year));
  const months = [...new Set([...days].map((d) => d.slice(0, 7)))].sort();
  for (const month of months) {
    const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
    const monthDays = Array.from({ length: daysInMonth(year, m) }, (_, i) => dayOf(year, m, i + 1));
    const sums = new Map<string, number>();
    for (let i = 0; i < monthDays.length; i += PARALLEL_DAYS) {
      const hashes = await Promise.all(monthDays.slice(i, i + PARALLEL_DAYS).map((d) => redis.hgetall(dayKey(d))));
      for (const hash of hashes) for (const [field, value] of Object.entries(hash)) sums.set(field, (sums.get(field) ?? 0) + Number(value));
    }
    await replace(redis, monthKey(month), sums);
  }
  for (const year of new Set(months.map((m) => m.slice(0, 4)))) {
    const hashes = await Promise.all(Array.from({ length: 12 }, (_, i) => redis.hgetall(monthKey(`${year}-${String(i + 1).padStart(2, "0")}`))));
    const sums = new Map<string, number>();
    for (const hash of hashes) for (const [field, value] of Object.entries(hash)) sums.set(field, (sums.get(field) ?? 0) + Number(value));
    await replace(redis, yearKey(year), sums);
  }
}

async function replace(redis: RedisClient, key: string, sums: Map<string, number>): Promise<void> {
  const tx = redis.multi().del(key);
  const fields = [...sums].filter(([, n]) => n !== 0);
  if (fields.length > 0) tx.hset(key, Object.fromEntries(fields.map(([f, n]) => [f, String(n)])));
  await execOrThrow(tx, `roll-up ${key}`);
}
