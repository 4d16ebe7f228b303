/**
 * Reads report figures from counters only, never from the session stream: a range is cut into whole
 * years, whole months and single days (range-parts.ts), each read from its rolled-up counters, so
 * the cost is O(units × parts), at most about 50 parts for any range, however long the history is.
 *
 * For each part, one short Lua script (all sent together) asks its guided hash and imported hash
 * (same slot) for exactly the fields `<unit>|online_filing` and `<unit>|account` of every unit ever
 * counted (HMGET) and returns only the non-zero values.
 *
 * A past day no longer changes once a quarter of an hour of the next day has gone by (a session
 * counts on the day it completed; the margin covers one recorded just after midnight), except
 * through an import, which bumps a generation number. So each process keeps the per-day sums of those final days, dropped whenever
 * the import generation or the set of units changes. A warm `/thongke` then reads
 * only today, and its cost no longer depends on how big the day hashes have grown.
 */
import type { RedisClient } from "../redis/connection.js";
import { LuaScript } from "../redis/lua-script.js";
import type { UnitCatalogue } from "../units/catalogue.js";
import { addDays, today, type Day, type DayRange } from "./periods.js";
import { rangeParts } from "./range-parts.js";
import { UnitRollup } from "./rollup.js";
import { REPORT_KINDS, StatsKeys } from "./stats-keys.js";
import { slot, SOURCES, Tally } from "./tally.js";

const daysScript = LuaScript.load("stats/lua/day-counters.lua");

/** After midnight, the day before stays open this long for sessions recorded late. */
const SETTLE_MS = 15 * 60_000;
/** Final days kept per process: about three years, a few kilobytes each. */
const MAX_CACHED_DAYS = 1200;

export class StatsReader {
  readonly keys: StatsKeys;
  readonly rollup: UnitRollup;
  /** Day → sums by field (guided fields, then imported ones), for final days only. */
  readonly #days = new Map<Day, Float64Array>();
  #signature = "";

  constructor(
    private readonly redis: RedisClient,
    prefix: string,
    readonly catalogue: UnitCatalogue,
    readonly now: () => number = Date.now,
  ) {
    this.keys = new StatsKeys(prefix);
    this.rollup = new UnitRollup(catalogue);
  }

  /** Unit codes to ask for: the catalogue's, plus any other code ever counted (old units). */
  async unitCodes(): Promise<string[]> {
    return this.#codes(await this.redis.smembers(this.keys.units));
  }

  #codes(seen: string[]): string[] {
    return [...new Set([...this.catalogue.units.map((u) => u.code), ...seen.sort()])];
  }

  /**
   * One tally per range. Days shared by several ranges (today inside this week inside this
   * quarter) are read once.
   */
  async tallies(ranges: readonly DayRange[]): Promise<Tally[]> {
    const replies = (await this.redis.multi().smembers(this.keys.units).get(this.keys.importGeneration).exec()) ?? [];
    const failed = replies.find(([err]) => err);
    if (replies.length < 2 || failed) throw failed?.[0] ?? new Error("could not read the units index");
    const seen = replies[0]![1] as string[];
    const generation = replies[1]![1] as string | null;
    const codes = this.#codes(seen);
    const fields = codes.flatMap((code) => REPORT_KINDS.map((kind) => `${code}|${kind}`));
    const signature = `${String(generation ?? 0)}|${fields.join(",")}`;
    if (signature !== this.#signature || this.#days.size > MAX_CACHED_DAYS) {
      this.#days.clear();
      this.#signature = signature;
    }

    const todayDay = today(this.now());
    const parts = ranges.map((range) => rangeParts(range, todayDay));
    const days = [...new Set(parts.flatMap((p) => p.days))].sort();
    const rolled = [...new Set(parts.flatMap((p) => [...p.years.map((y) => `y:${y}`), ...p.months.map((m) => `m:${m}`)]))];
    const [perDay, perRollup] = await Promise.all([this.#readDays(days, fields), this.#readRollups(rolled, fields)]);

    // Where each field's value goes: the rolled-up row and the kind's slot.
    const rows = codes.flatMap((code) => REPORT_KINDS.map(() => this.rollup.rowOf(code)));
    const kindSlots = codes.flatMap(() => REPORT_KINDS.map((kind) => slot(kind, "guided")));
    return parts.map((part) => {
      const sums = new Float64Array(SOURCES.length * fields.length);
      const add = (values: Float64Array) => {
        for (let i = 0; i < sums.length; i++) sums[i]! += values[i]!;
      };
      for (const day of part.days) add(perDay.get(day)!);
      for (const year of part.years) add(perRollup.get(`y:${year}`)!);
      for (const month of part.months) add(perRollup.get(`m:${month}`)!);
      const tally = new Tally();
      sums.forEach((value, i) => {
        if (value === 0) return;
        const field = i % fields.length;
        tally.add(rows[field]!, kindSlots[field]! + Math.floor(i / fields.length), value);
      });
      return tally;
    });
  }

  /** Sums of whole months (`m:YYYY-MM`) and years (`y:YYYY`), read every time (one hash pair each). */
  async #readRollups(ids: string[], fields: string[]): Promise<Map<string, Float64Array>> {
    const keysOf = (id: string) => (id.startsWith("y:") ? [this.keys.guidedYear(id.slice(2)), this.keys.importYear(id.slice(2))] : [this.keys.guidedMonth(id.slice(2)), this.keys.importMonth(id.slice(2))]);
    const replies = await Promise.all(ids.map((id) => daysScript.run(this.redis, keysOf(id), fields) as Promise<number[]>));
    return new Map(ids.map((id, i) => [id, sparse(replies[i]!, fields.length)]));
  }

  /**
   * Per-day sums: final days from the cache when present, the rest with one short script per day
   * (a day's guided and imported counters share its slot), sent together.
   */
  async #readDays(days: Day[], fields: string[]): Promise<Map<Day, Float64Array>> {
    const result = new Map<Day, Float64Array>();
    const missing = days.filter((day) => {
      const cached = this.#days.get(day);
      if (cached) result.set(day, cached);
      return !cached;
    });
    if (missing.length === 0) return result;
    const replies = await Promise.all(missing.map((day) => daysScript.run(this.redis, [this.keys.guidedDay(day), this.keys.importDay(day)], fields) as Promise<number[]>));
    const lastFinal = addDays(today(this.now() - SETTLE_MS), -1);
    missing.forEach((day, i) => {
      const values = sparse(replies[i]!, fields.length);
      result.set(day, values);
      if (day <= lastFinal) this.#days.set(day, values);
    });
    return result;
  }
}

/** The script's reply (count, then index/value pairs) as sums by field, guided then imported. */
function sparse(flat: number[], fieldCount: number): Float64Array {
  const values = new Float64Array(SOURCES.length * fieldCount);
  const count = flat[0]!;
  for (let n = 0, at = 1; n < count; n++, at += 2) values[flat[at]!] = flat[at + 1]!;
  return values;
}
