/**
 * The weekly "Ngày thứ Năm chuyển đổi số" reminder schedule: local (Asia/Ho_Chi_Minh) weekday and
 * time slots, default Wednesday 17:00 (for tomorrow) and Thursday 07:00 (for today). Stored in
 * Redis so admins can change, pause and resume it while every instance follows the same schedule.
 */
import type { RedisClient } from "../redis/connection.js";
import { DateTime } from "luxon";
import { formatMinute, LOCAL_ZONE } from "./quiet-hours.js";

export interface ReminderSlot {
  /** ISO weekday: 1 = Monday … 4 = Thursday … 7 = Sunday. */
  weekday: number;
  /** Minutes after local midnight. */
  minute: number;
}

export interface Schedule {
  slots: ReminderSlot[];
  paused: boolean;
  /** When the schedule last changed (ms): occurrences before it are never fired late. */
  updatedAt: number;
}

export const DEFAULT_SLOTS: readonly ReminderSlot[] = [
  { weekday: 3, minute: 17 * 60 },
  { weekday: 4, minute: 7 * 60 },
];

/** Stable name of a slot, used in the once-per-occurrence marker: "3-1020". */
export const slotId = (slot: ReminderSlot) => `${slot.weekday}-${slot.minute}`;

/** The most recent time (ms) at or before `now` when `slot` came round. */
export function latestOccurrence(slot: ReminderSlot, now: number): number {
  const local = DateTime.fromMillis(now, { zone: LOCAL_ZONE });
  const daysBack = (local.weekday - slot.weekday + 7) % 7;
  let at = local.startOf("day").minus({ days: daysBack }).plus({ minutes: slot.minute });
  if (at.toMillis() > now) at = at.minus({ days: 7 });
  return at.toMillis();
}

/** How the reminder speaks of Thursday: sent on Thursday "today", on Wednesday "tomorrow". */
export function whenWord(slot: ReminderSlot): "today" | "tomorrow" | "other" {
  return slot.weekday === 4 ? "today" : slot.weekday === 3 ? "tomorrow" : "other";
}

const DAY_NAMES = ["", "T2", "T3", "T4", "T5", "T6", "T7", "CN"];

/** "T4 17:00, T5 07:00" */
export function formatSlots(slots: readonly ReminderSlot[]): string {
  return slots.map((s) => `${DAY_NAMES[s.weekday]} ${formatMinute(s.minute)}`).join(", ");
}

/**
 * Reads slots the way an admin types them: "T4 17:00, T5 7:00", "thu 5 07:00", "CN 8h". Returns
 * null when any part is not understood (nothing half-applied).
 */
export function parseSlots(text: string): ReminderSlot[] | null {
  const parts = text.split(/[,;]+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0 || parts.length > 14) return null;
  const slots: ReminderSlot[] = [];
  for (const part of parts) {
    const m = /^(?:t|th[uứ]\s*)?([2-7])\s+(\d{1,2})(?:[:h](\d{2})?)?$|^(cn|ch[uủ] nh[aậ]t)\s+(\d{1,2})(?:[:h](\d{2})?)?$/i.exec(part);
    if (!m) return null;
    const weekday = m[1] ? Number(m[1]) - 1 : 7;
    const hour = Number(m[2] ?? m[5]);
    const minute = Number(m[3] ?? m[6] ?? 0);
    if (hour > 23 || minute > 59) return null;
    const slot = { weekday, minute: hour * 60 + minute };
    if (!slots.some((s) => slotId(s) === slotId(slot))) slots.push(slot);
  }
  return slots.sort((a, b) => a.weekday - b.weekday || a.minute - b.minute);
}

export class ScheduleStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly key: string,
  ) {}

  /** The stored schedule, or the default one (running, unchanged since the epoch). */
  async get(): Promise<Schedule> {
    const raw = await this.redis.get(this.key);
    if (raw) {
      try {
        const s = JSON.parse(raw) as Schedule;
        if (Array.isArray(s.slots)) return s;
      } catch {
        // A corrupt record falls back to the default rather than stopping reminders.
      }
    }
    return { slots: [...DEFAULT_SLOTS], paused: false, updatedAt: 0 };
  }

  async setSlots(slots: ReminderSlot[], now: number): Promise<Schedule> {
    const next = { ...(await this.get()), slots, updatedAt: now };
    await this.redis.set(this.key, JSON.stringify(next));
    return next;
  }

  async setPaused(paused: boolean, now: number): Promise<Schedule> {
    // Resuming counts as a change: what came round while paused is not sent late.
    const next = { ...(await this.get()), paused, updatedAt: now };
    await this.redis.set(this.key, JSON.stringify(next));
    return next;
  }
}
