/**
 * Renders what the user sees for a place in the conversation: a flow step, the main menu, or the
 * "continue where you stopped?" question. One message per screen, one button per row (big targets
 * for elderly thumbs), and always a way back and a way home.
 */
import { encodeButton, type ButtonAction } from "./buttons.js";
import { ONBOARDING, type CompiledFlow } from "./catalogue.js";
import type { EngineContext } from "./engine-context.js";
import type { StepDefinition } from "./schema.js";
import { hoursOf, isOpen, localClock, nextOpening } from "../units/office-hours.js";
import type { Button, ChatState, Lang, Reply } from "./types.js";
import { unitName, unitText } from "../units/unit-text.js";

/** Questions people ask most, one tap away on the "ask an official" screen. */
const ASK_SUGGESTIONS = ["ask-suggest-returned", "ask-suggest-login", "ask-suggest-fee"] as const;

/** How many commune buttons fit on one screen before we ask people to type the name instead. */
const MAX_UNIT_BUTTONS = 8;

/** Placeholder values for reading a step's words (the glossary does not depend on the commune). */
const ANY_UNIT = { unit: "", office: "", address: "", thursday: "" };

export class ScreenRenderer {
  /** Per guide and language: the jargon explanations each step adds (see i18n/glossary.ts). */
  readonly #notes = new Map<string, Map<string, string[]>>();

  constructor(private readonly ctx: EngineContext) {}

  #glossaryNotes(flow: CompiledFlow, stepId: string, lang: Lang): string[] {
    const glossary = this.ctx.glossary;
    if (!glossary) return [];
    const key = `${flow.def.id}\n${lang}`;
    let notes = this.#notes.get(key);
    if (!notes) {
      const steps = flow.def.steps.map((s) => ({ id: s.id, text: this.#t(lang, s.text, ANY_UNIT) }));
      notes = glossary.firstUses(steps, lang);
      this.#notes.set(key, notes);
    }
    return notes.get(stepId) ?? [];
  }

  /** Numbers are passed as strings: Fluent would run them through Intl.NumberFormat, a hot-path cost. */
  #t(lang: Lang, key: string, args?: Record<string, string>) {
    return this.ctx.texts.t(lang, key, args);
  }

  #button(state: ChatState, label: string, action: ButtonAction): Button {
    return { label, data: encodeButton(state.seq, action) };
  }

  /** "🙋 Hỏi cán bộ xã", where a person's answer can come back on this channel. */
  #askRow(state: ChatState, lang: Lang): Button[][] {
    return this.ctx.handoff ? [[this.#button(state, this.#t(lang, "ask-button"), { a: "ask" })]] : [];
  }

  #navRow(state: ChatState, lang: Lang, withBack: boolean): Button[] {
    const row = [this.#button(state, this.#t(lang, "nav-home"), { a: "home" })];
    if (withBack) row.unshift(this.#button(state, this.#t(lang, "nav-back"), { a: "back" }));
    return row;
  }

  /**
   * The commune facts any step text may show (see the flow schema), phrased for citizens: a fact
   * not yet confirmed says so in plain words and tells them to check before travelling. (Steps that
   * show them are never reached without a commune: the engine asks for it first.)
   */
  #unitArgs(state: ChatState, lang: Lang): Record<string, string> {
    const unit = state.unit ? this.ctx.units.byCode(state.unit) : undefined;
    if (!unit) {
      const none = this.#t(lang, "unit-none");
      return { unit: none, office: none, address: none, thursday: none };
    }
    const { name, office, address, thursday } = unitText(unit, lang);
    return {
      unit: name,
      office,
      address: unit.office.verify ? this.#t(lang, "unit-address-unverified", { address }) : address,
      thursday: !thursday ? this.#t(lang, "unit-thursday-unknown") : unit.thursdayVerify ? this.#t(lang, "unit-thursday-unverified", { hours: thursday }) : thursday,
    };
  }

  unitName(code: string | undefined, lang: Lang = "vi"): string {
    const unit = code ? this.ctx.units.byCode(code) : undefined;
    return unit ? unitName(unit, lang) : this.#t(lang, "unit-none");
  }

  /** "Bước n/total" along the path taken: steps behind plus the way ahead; total null while it branches. */
  stepNumber(state: ChatState, flow: CompiledFlow, stepId: string): { n: number; total: number | null } {
    const behind = state.d ?? 0;
    const ways = (this.ctx.reminders === false ? flow.waysWithoutConsent : flow.ways).get(stepId) ?? { min: 1, max: 1 };
    return { n: behind + 1, total: ways.min === ways.max ? behind + ways.max : null };
  }

  menu(state: ChatState): Reply {
    const lang = state.lang ?? "vi";
    const buttons: Button[][] = this.ctx.flows.menu.map((flow) => [
      this.#button(state, this.#t(lang, flow.def.title), { a: "open", flow: flow.def.id }),
    ]);
    buttons.push(...this.#askRow(state, lang));
    buttons.push([
      this.#button(state, this.#t(lang, "menu-language"), { a: "language" }),
      this.#button(state, this.#t(lang, "menu-unit"), { a: "commune" }),
    ]);
    return { text: this.#t(lang, "menu-title", { unit: this.unitName(state.unit, lang) }), buttons };
  }

  /** Asking an official: type the question; who answers and when is said once it is sent. */
  askPrompt(state: ChatState): Reply {
    const lang = state.lang ?? "vi";
    const suggested = ASK_SUGGESTIONS.map((key, index) => [this.#button(state, this.#t(lang, key), { a: "suggest", index })]);
    return { text: this.#t(lang, "ask-prompt", { unit: this.unitName(state.unit, lang) }), buttons: [...suggested, this.#navRow(state, lang, true)] };
  }

  /** The words of a suggested question, as the official reads them (the label without its emoji). */
  suggestion(state: ChatState, index: number): string | null {
    const key = ASK_SUGGESTIONS[index];
    return key ? this.#t(state.lang ?? "vi", key).replace(/^\P{L}+/u, "") : null;
  }

  /** Who answers a question and when: now (office open) or from the next opening, in plain words. */
  answerWhen(state: ChatState, now: number): string {
    const lang = state.lang ?? "vi";
    const unit = state.unit ? this.ctx.units.byCode(state.unit) : undefined;
    const hours = hoursOf(unit);
    const name = this.unitName(state.unit, lang);
    if (isOpen(hours, now)) return this.#t(lang, "ask-when-open", { unit: name });
    const at = localClock(nextOpening(hours, now));
    const days = at.dayNumber - localClock(now).dayNumber;
    const time = `${Math.floor(at.minute / 60)}:${String(at.minute % 60).padStart(2, "0")}`;
    const day = days === 0 ? this.#t(lang, "day-today") : days === 1 ? this.#t(lang, "day-tomorrow") : this.#t(lang, `weekday-${at.weekday}`);
    return this.#t(lang, "ask-when-later", { unit: name, time, day });
  }

  /** After two texts in a row the bot did not understand: a person may help. */
  offerAsk(state: ChatState): Reply | null {
    const lang = state.lang ?? "vi";
    const row = this.#askRow(state, lang);
    return row.length > 0 ? { text: this.#t(lang, "ask-offer"), buttons: row } : null;
  }

  resumePrompt(state: ChatState, flow: CompiledFlow): Reply {
    const lang = state.lang ?? "vi";
    const n = String(this.stepNumber(state, flow, state.step!).n);
    return {
      text: this.#t(lang, "resume-prompt", { flow: this.#t(lang, flow.def.title), n }),
      buttons: [
        [this.#button(state, this.#t(lang, "resume-continue"), { a: "resume" })],
        [this.#button(state, this.#t(lang, "resume-restart"), { a: "restart" })],
        this.#navRow(state, lang, false),
      ],
    };
  }

  /** Suggestions for text the bot did not understand: the closest guides, then the menu. */
  suggestions(state: ChatState, flowIds: string[]): Reply {
    const lang = state.lang ?? "vi";
    const buttons = flowIds.flatMap((id) => {
      const flow = this.ctx.flows.get(id);
      return flow ? [[this.#button(state, this.#t(lang, flow.def.title), { a: "open", flow: id })]] : [];
    });
    buttons.push(this.#navRow(state, lang, false));
    return { text: this.#t(lang, "unknown-text-suggest"), buttons };
  }

  step(state: ChatState, flow: CompiledFlow, step: StepDefinition): Reply {
    const lang = state.lang ?? "vi";
    const { n, total } = this.stepNumber(state, flow, step.id);
    // No counter on a one-step edit (language, commune) nor at the end; no total where the path
    // ahead still branches into ways of different lengths.
    let counter = "";
    if (step.kind !== "end" && !state.vars?.one) {
      if (total === null) counter = `${this.#t(lang, "step-counter-open", { n: String(n) })}\n\n`;
      else if (total > 1) counter = `${this.#t(lang, "step-counter", { n: String(n), total: String(total) })}\n\n`;
    }
    let text = counter + this.#t(lang, step.text, this.#unitArgs(state, lang));
    for (const note of this.#glossaryNotes(flow, step.id, lang)) text += `\n\n📖 ${note}`;
    const buttons: Button[][] = [];
    // Back goes to the previous step, or from a first step to the screen that opened the guide (or
    // the menu): only a one-step edit (language, commune) offers just the way home.
    const canGoBack = !state.vars?.one;

    switch (step.kind) {
      case "choice":
        for (const choice of step.choices) buttons.push([this.#button(state, this.#t(lang, choice.label), { a: "choose", id: choice.id })]);
        break;
      case "checklist": {
        const ticked = new Set(asList(state.vars?.[step.id]));
        step.items.forEach((item, index) => {
          const on = ticked.has(item.id);
          buttons.push([{ ...this.#button(state, `${on ? "✅" : "⬜"} ${this.#t(lang, item.label)}`, { a: "toggle", index }), pressed: on }]);
        });
        text += `\n\n${this.#t(lang, "checklist-hint")}\n${this.#t(lang, "checklist-progress", { done: String(ticked.size), total: String(step.items.length) })}`;
        buttons.push([this.#button(state, this.#t(lang, "nav-next"), { a: "next" })]);
        break;
      }
      case "question":
        if (step.skip) buttons.push([this.#button(state, this.#t(lang, step.skip), { a: "skip" })]);
        break;
      case "info":
        for (const link of step.links) buttons.push([{ label: this.#t(lang, link.label), url: link.url }]);
        buttons.push([this.#button(state, this.#t(lang, "nav-next"), { a: "next" })]);
        break;
      case "unit":
        for (const unit of this.ctx.units.units.slice(0, MAX_UNIT_BUTTONS)) {
          buttons.push([this.#button(state, unitName(unit, lang), { a: "unit", code: unit.code })]);
        }
        break;
      case "end":
        text += `\n\n${this.#t(lang, "session-done")}`;
        // A troubleshooting guide that did not solve the problem ("😟 Vẫn không được"): a person may.
        if (step.result === "unsolved" || state.vars?.result === "unsolved") buttons.push(...this.#askRow(state, lang));
        buttons.push(this.#navRow(state, lang, false));
        return { text, buttons };
    }
    if (flow.def.id !== ONBOARDING) buttons.push(...this.#askRow(state, lang));
    buttons.push(this.#navRow(state, lang, canGoBack));
    return { text, buttons };
  }
}



export function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
