/**
 * Handoff actions every channel shares, as text in and text out: officials' button payloads
 * (`hd:t:CODE` take, `hd:c:CODE` close, `hd:r:CODE` reply) and commands (`/traloi CODE text`,
 * `/dong CODE`, `/hoidap`, `/trucban`), and a citizen's 👍/👎 (`hd:f:CODE:u|d`). Roles are checked
 * on every call: an official answers the threads of their communes; the task force and admins
 * answer any.
 */
import type { Handoff } from "../handoff/module.js";
import type { RoleStore } from "../roles/role-store.js";
import type { UnitCatalogue } from "../units/catalogue.js";
import { handoffTexts as H } from "./handoff-texts.js";

const PAYLOAD = /^hd:([trcfmp]):(H-[0-9A-Z]{5})(?::([a-z0-9-]{1,24}))?$/;
const COMMAND = /^\/(traloi|dong|hoidap|trucban|chuyen)(?:@\w+)?(?:\s+([\s\S]*))?$/i;

export interface HandoffAnswer {
  text: string;
  /** Buttons under the answer (duty on/off). */
  buttons?: { label: string; data: string }[];
  /** For `hd:r`: the thread to remember a reply prompt for (channels with replies, e.g. Telegram). */
  replyTo?: string;
}

export class HandoffCommands {
  constructor(
    private readonly deps: {
      handoff: Handoff;
      roles: RoleStore;
      units: UnitCatalogue;
      /** Tells the others who received the question that someone took it (their notices are updated). */
      onTaken?: (code: string, official: string, who: string) => Promise<void>;
      /** The thanks after a shared number, in the citizen's language. */
      phoneThanks?: (citizen: string) => Promise<string>;
    },
  ) {}

  /** A citizen shared their number (a one-tap choice): passed on if an official asked; the thanks, or null. */
  async sharePhone(citizen: string, phone: string, dedupe: string): Promise<string | null> {
    const code = await this.deps.handoff.sharePhone(citizen, phone, dedupe);
    return code ? ((await this.deps.phoneThanks?.(citizen)) ?? "✅") : null;
  }

  /** Whether `text` is one of these payloads or commands (cheap, no I/O). */
  static matches(text: string): boolean {
    const t = text.trim();
    return PAYLOAD.test(t) || COMMAND.test(t) || /^hd:duty:(on|off)$/.test(t);
  }

  /**
   * Answers `text` from `userId` (channel-qualified for officials; `citizen` is the sender's recipient
   * id, to check a 👍/👎 comes from the thread's citizen); null when the text is none of these.
   */
  async handle(userId: string, citizen: string, text: string, dedupe: string, who = userId): Promise<HandoffAnswer | null> {
    const t = text.trim();
    const payload = PAYLOAD.exec(t);
    if (payload) {
      const [, action, code] = payload as unknown as [string, string, string, string | undefined];
      if (action === "f") return this.#feedback(code, citizen, payload[3] === "u" ? "up" : "down");
      if (action === "m") return (await this.#may(userId, code)) ?? this.#move(code, payload[3]);
      if (action === "p") return (await this.#may(userId, code)) ?? { text: (await this.deps.handoff.requestPhone(code, userId)) ? H.phoneAsked(code) : H.unknownTicket(code) };
      if (action === "r") return (await this.#may(userId, code)) ?? { text: H.replyPromptTyped(code), replyTo: code };
      if (action === "t") return (await this.#may(userId, code)) ?? this.#take(userId, code, who);
      return (await this.#may(userId, code)) ?? this.#close(code);
    }
    const duty = /^hd:duty:(on|off)$/.exec(t);
    if (duty) return this.#duty(userId, `${duty[1] === "on" ? "bat" : "tat"}`);
    const command = COMMAND.exec(t);
    if (!command) return null;
    const [name, rest = ""] = [command[1]!.toLowerCase(), command[2]?.trim() ?? ""];
    if (name === "hoidap") return this.#open(userId);
    if (name === "trucban") return this.#duty(userId, rest);
    const [code = "", ...words] = rest.split(/\s+/);
    const upper = code.toUpperCase();
    if (name === "dong") return (await this.#may(userId, upper)) ?? this.#close(upper);
    if (name === "chuyen") {
      const unit = this.deps.units.resolve(words.join(" "))?.unit.code;
      return (await this.#may(userId, upper)) ?? this.#move(upper, unit ?? (words.length > 0 ? "?" : undefined));
    }
    const answer = rest.slice(code.length).trim();
    if (!/^H-[0-9A-Z]{5}$/.test(upper) || words.length === 0 || !answer) return { text: H.answerUsage };
    return this.answer(userId, upper, answer, dedupe);
  }

  /** An official's answer to thread `code` (a typed command, or a reply to a notice). */
  async answer(userId: string, code: string, text: string, dedupe: string, who = userId): Promise<HandoffAnswer> {
    const refused = await this.#may(userId, code);
    if (refused) return refused;
    // `who` is for officials' lists (/hoidap); citizens see the commune, never the official's name.
    const result = await this.deps.handoff.answer(code, userId, who, text, dedupe);
    if (result === "closed") return { text: H.alreadyClosed(code) };
    if (result === "unknown") return { text: H.unknownTicket(code) };
    return { text: H.answered(code) };
  }

  /** Null when `userId` may act on thread `code`, else the answer that says why not. */
  async #may(userId: string, code: string): Promise<HandoffAnswer | null> {
    const { roles, handoff } = this.deps;
    const ticket = await handoff.tickets.get(code, handoff.now);
    if (!ticket) return { text: H.unknownTicket(code) };
    const held = await roles.rolesOf(userId);
    if (held.includes("admin") || held.includes("taskforce")) return null;
    const scope = await roles.scopeOf(userId);
    if (!scope) return { text: H.denied };
    return scope === "all" || scope.includes(ticket.unit) ? null : { text: H.notYours };
  }

  async #take(userId: string, code: string, who = userId): Promise<HandoffAnswer> {
    const { ok, takenByName } = await this.deps.handoff.tickets.take(code, userId, who);
    if (!ok) return { text: H.takenByOther(code, takenByName) };
    await this.deps.onTaken?.(code, userId, who).catch(() => undefined);
    return { text: H.taken(code) };
  }

  /** Without a commune: the communes to choose from; with one: the thread goes there. */
  async #move(code: string, unit: string | undefined): Promise<HandoffAnswer> {
    const { units, handoff } = this.deps;
    if (!unit) return { text: H.moveAsk(code), buttons: units.units.map((u) => ({ label: u.name, data: `hd:m:${code}:${u.code}` })) };
    const target = units.byCode(unit);
    if (!target) return { text: H.unknownTicket(code) };
    return { text: (await handoff.move(code, unit)) ? H.moved(code, target.name) : H.notMoved(code, target.name) };
  }

  async #close(code: string): Promise<HandoffAnswer> {
    return { text: (await this.deps.handoff.close(code)) ? H.closed(code) : H.alreadyClosed(code) };
  }

  async #feedback(code: string, citizen: string, value: "up" | "down"): Promise<HandoffAnswer> {
    const ticket = await this.deps.handoff.tickets.get(code, this.deps.handoff.now);
    // Only the thread's own citizen rates it; anyone else's press is thanked and ignored.
    if (ticket?.citizen === citizen) await this.deps.handoff.feedback(code, value);
    return { text: H.feedbackThanks };
  }

  async #open(userId: string): Promise<HandoffAnswer> {
    const { roles, handoff, units } = this.deps;
    const held = await roles.rolesOf(userId);
    const scope = held.includes("admin") || held.includes("taskforce") ? "all" : await roles.scopeOf(userId);
    if (!scope) return { text: H.denied };
    const open = await handoff.openFor(scope, units.units.map((u) => u.code));
    if (open.length === 0) return { text: H.openEmpty };
    const now = handoff.now;
    const lines = open.slice(0, 30).map((t) => H.openLine({ code: t.code, unit: units.byCode(t.unit)?.name ?? H.noUnit, waitedMs: now - t.createdAt, takenByName: t.takenBy ? (t.takenByName ?? t.takenBy) : null, answered: t.firstAnswerAt !== null }));
    return { text: [H.openTitle, ...lines].join("\n") };
  }

  async #duty(userId: string, args: string): Promise<HandoffAnswer> {
    const { roles, handoff } = this.deps;
    const held = await roles.rolesOf(userId);
    if (held.length === 0) return { text: H.denied };
    const words = args.toLowerCase().split(/\s+/).filter(Boolean);
    const onOff = (w: string | undefined) => (w && ["bat", "bật", "on"].includes(w) ? true : w && ["tat", "tắt", "off"].includes(w) ? false : null);
    if (words.length === 2) {
      // An admin sets someone else's duty.
      if (!held.includes("admin")) return { text: H.denied };
      const on = onOff(words[1]);
      if (on === null) return { text: H.dutyUsage };
      await handoff.setOnDuty(words[0]!, on);
      return { text: H.dutySetFor(words[0]!, on) };
    }
    const on = words.length === 1 ? onOff(words[0]) : null;
    if (words.length === 1 && on === null) return { text: H.dutyUsage };
    if (on !== null) await handoff.setOnDuty(userId, on);
    const now = on ?? (await handoff.isOnDuty(userId));
    return {
      text: now ? H.dutyOn : H.dutyOff,
      buttons: [now ? { label: H.dutyOffButton, data: "hd:duty:off" } : { label: H.dutyOnButton, data: "hd:duty:on" }],
    };
  }
}
