/**
 * Fires the weekly reminder. Every instance ticks (every 30 s); an occurrence fires when its time
 * has come, and the run is created together with a marker for that occurrence in one atomic step,
 * so it fires once however many instances tick. An occurrence missed while the app was down fires
 * late only within `maxLateMs` (2 h) and never during quiet hours: nobody gets Wednesday's 17:00
 * reminder at 23:00.
 */
import type { Logger } from "pino";
import type { QuietHours } from "../config.js";
import { newAuthCode } from "./auth-code.js";
import type { BroadcastService } from "./broadcast-service.js";
import type { BroadcastKeys } from "./keys.js";
import { isQuiet } from "./quiet-hours.js";
import { latestOccurrence, slotId, whenWord, type ScheduleStore } from "./reminder-schedule.js";

export class ReminderTicker {
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<unknown> | null = null;

  constructor(
    private readonly deps: {
      keys: BroadcastKeys;
      schedule: ScheduleStore;
      service: BroadcastService;
      quietHours: QuietHours | null;
      now: () => number;
      logger: Logger;
      maxLateMs?: number;
      intervalMs?: number;
    },
  ) {}

  /** Checks the schedule once; returns the ids of the runs this instance started. */
  async tick(): Promise<string[]> {
    const { schedule, service, keys, quietHours, now } = this.deps;
    const maxLate = this.deps.maxLateMs ?? 2 * 3600_000;
    const s = await schedule.get();
    const t = now();
    if (s.paused || isQuiet(quietHours, t)) return [];
    const started: string[] = [];
    for (const slot of s.slots) {
      const at = latestOccurrence(slot, t);
      if (t - at > maxLate || at < s.updatedAt) continue;
      const id = await service.launch(
        { kind: "reminder", when: whenWord(slot), units: null, code: newAuthCode(), createdAt: t },
        { guard: { key: keys.fired(slotId(slot), at), ttlSeconds: 8 * 86_400 } },
      );
      if (id) {
        this.deps.logger.info({ run: id, slot: slotId(slot), at }, "weekly reminder fired");
        started.push(id);
      }
    }
    return started;
  }

  start(): void {
    const every = this.deps.intervalMs ?? 30_000;
    const run = () => {
      if (this.#running) return;
      this.#running = Promise.all([this.tick(), this.deps.service.recover()])
        .catch((err: unknown) => this.deps.logger.warn({ err }, "reminder tick failed"))
        .finally(() => (this.#running = null));
    };
    run();
    this.#timer = setInterval(run, every);
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running;
  }
}
