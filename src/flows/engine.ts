/**
 * The guidance engine: a pure function of (definitions, state, input) giving (new state, replies,
 * events). No I/O and no channel imports: adapters feed it inputs and show its replies; the caller
 * stores the state and hands the events to the session log.
 *
 * The state is explicit (flow, step, a bounded back-stack, a few variables), never a replay log, so
 * the cost of an update does not grow with the length of a flow.
 */
import { QUESTIONS_PER_DAY, threadCode } from "./ask.js";
import { decodeButton, type ButtonAction } from "./buttons.js";
import { asksForReminders, ONBOARDING, type CompiledFlow } from "./catalogue.js";
import type { EngineContext, RateLimit } from "./engine-context.js";
import { looksSensitive, validators } from "./input-checks.js";
import { asList, ScreenRenderer } from "./screens.js";
import { typedChoice } from "./typed-choice.js";
import { fold } from "../text/fold.js";
import { sessionResults, type SessionResult, type StepDefinition } from "./schema.js";
import type { ChatState, EngineEvent, EngineInput, Lang, Reply, StepPosition, StepResult } from "./types.js";
import { cutText, normalizeInput } from "../text/normalize.js";
import type { Understanding } from "../nlu/understanding.js";
import { unitName } from "../units/unit-text.js";

/** The wording of the statistics consent question (onboarding-stats), stored with each answer. */
export const STATS_CONSENT_VERSION = "2026-12-02";

/** Back-stack bound: enough to walk back through any guide, small enough to keep state tiny. */
const MAX_HISTORY = 24;
/**
 * A session begun before the state kept positions numbered its moves in a record of the step
 * counters; its moves from then on are numbered from here, clear of the ones already counted.
 */
const LEGACY_MOVES = 1_000;
/** After this pause, someone who writes again is asked whether to continue or start over. */
export const RESUME_AFTER_MS = 6 * 60 * 60 * 1000;
/** Longer texts are not read: nobody needs that much to answer a step, and it protects matching. */
export const MAX_TEXT_LENGTH = 1000;

/** Counts one event in a fixed window; `over` > 0 once the window holds more than the limit. */
function countIn(window: [number, number] | undefined, now: number, limit: RateLimit): { window: [number, number]; over: number } {
  const [start, n] = window && now - window[0] < limit.windowMs ? window : [now, 0];
  return { window: [start, n + 1], over: n + 1 - limit.max };
}

export function newChatState(now: number): ChatState {
  return { v: 1, seq: 0, at: now };
}

export function runEngine(ctx: EngineContext, current: ChatState | null, input: EngineInput): StepResult {
  return new Turn(ctx, current ?? newChatState(ctx.now())).handle(input);
}

/** Every word typed (two letters or more) is a word of the title: the person named the guide. */
function titleHas(title: string, typed: string): boolean {
  const own = new Set(fold(title).split(" "));
  const words = fold(typed).split(" ").filter((w) => w.length >= 2);
  return words.length >= 2 && words.every((w) => own.has(w));
}

const renderers = new WeakMap<EngineContext, ScreenRenderer>();
/** Steps whose text shows commune facts, found once per step definition. */
const communeSteps = new WeakMap<StepDefinition, boolean>();
/** Renderers hold no per-chat data, so one per context serves every update. */
function rendererFor(ctx: EngineContext): ScreenRenderer {
  let renderer = renderers.get(ctx);
  if (!renderer) renderers.set(ctx, (renderer = new ScreenRenderer(ctx)));
  return renderer;
}

/** One update's worth of work: a mutable copy of the state plus the replies and events produced. */
class Turn {
  readonly state: ChatState;
  readonly replies: Reply[] = [];
  readonly events: EngineEvent[] = [];
  readonly screens: ScreenRenderer;
  readonly idle: boolean;

  constructor(
    private readonly ctx: EngineContext,
    previous: ChatState,
  ) {
    const now = ctx.now();
    this.state = { ...previous, vars: previous.vars ? { ...previous.vars } : undefined, hist: previous.hist ? [...previous.hist] : undefined, at: now };
    this.idle = now - previous.at > RESUME_AFTER_MS;
    this.screens = rendererFor(ctx);
  }

  get lang(): Lang {
    return this.state.lang ?? "vi";
  }

  handle(input: EngineInput): StepResult {
    if (this.#flooded()) return { state: this.state, replies: this.replies, events: this.events };
    if (this.#checkFlowVersion() && input.kind !== "start" && input.kind !== "menu") {
      // The screen the user answered has changed: show the new one rather than guess.
      this.#render();
      return { state: this.state, replies: this.replies, events: this.events };
    }
    // Not understanding twice in a row offers a person; anything else starts the count again.
    const missed = this.state.miss ?? 0;
    delete this.state.miss;
    switch (input.kind) {
      case "ask":
        this.#startAsk();
        break;
      case "continue":
        delete this.state.resume;
        this.#render();
        break;
      case "start":
        this.#onStart();
        break;
      case "menu":
        this.#goHome();
        break;
      case "help":
        this.#say(this.ctx.texts.t(this.lang, "help"));
        this.#showCurrent();
        break;
      case "open":
        if (this.ctx.flows.get(input.flow)) this.#openAsked(input.flow);
        else this.#showCurrent();
        break;
      case "settings":
        this.#editProfile(input.what);
        break;
      case "unsupported":
        // A photo of an ID card captioned with its number is a secret like the typed number.
        if (input.caption && looksSensitive(normalizeInput(input.caption))) return this.#refuseSecret();
        this.#say(this.ctx.texts.t(this.lang, "unsupported-message"));
        this.#showCurrent();
        break;
      case "refresh":
        this.#render();
        break;
      case "unknown_command":
        this.#say(this.ctx.texts.t(this.lang, "unknown-text"));
        this.#showCurrent();
        break;
      case "button":
        this.#onButton(input.data);
        break;
      case "text":
        this.#onText(normalizeInput(input.text), missed);
        break;
    }
    return { state: this.state, replies: this.replies, events: this.events };
  }

  // ── asking a person ─────────────────────────────────────────────────────────────────────────

  #startAsk() {
    delete this.state.ask;
    if (!this.ctx.handoff) {
      this.#say(this.ctx.texts.t(this.lang, "ask-unavailable"));
      return this.#showCurrent();
    }
    const [start, n] = this.state.qs ?? [0, 0];
    if (this.ctx.now() - start < QUESTIONS_PER_DAY.windowMs && n >= QUESTIONS_PER_DAY.max) {
      this.#say(this.ctx.texts.t(this.lang, "ask-limit"));
      return this.#showCurrent();
    }
    this.state.ask = true;
    this.#render();
  }

  /** The question goes to a person (the handoff listener keeps it); the guides stay open meanwhile. */
  #submitQuestion(text: string) {
    delete this.state.ask;
    const now = this.ctx.now();
    const code = threadCode(this.state, now, () => this.ctx.newSessionId());
    this.state.tk = [code, now];
    this.state.qs = countIn(this.state.qs, now, QUESTIONS_PER_DAY).window;
    const where = this.state.flow && this.state.flow !== ONBOARDING ? `${this.state.flow}/${this.state.step}` : null;
    this.events.push({ type: "question_asked", code, text: cutText(text, MAX_TEXT_LENGTH), unit: this.state.unit ?? null, lang: this.lang, where, at: now });
    this.#say(this.ctx.texts.t(this.lang, "ask-sent", { code, when: this.screens.answerWhen(this.state, now) }));
    this.#showCurrent();
  }

  #flooded(): boolean {
    const limit = this.ctx.limits?.flood;
    if (!limit) return false;
    const flood = countIn(this.state.fl, this.ctx.now(), limit);
    this.state.fl = flood.window;
    // Said once per window; the rest gets no answer, which is what slows a flood down.
    if (flood.over === 1) this.#say(this.ctx.texts.t(this.lang, "too-fast"));
    return flood.over > 0;
  }

  // ── navigation ──────────────────────────────────────────────────────────────────────────────

  #onStart() {
    if (!this.state.lang) return this.#openFlow(ONBOARDING);
    if (this.state.flow && this.state.flow !== ONBOARDING) return this.#askResume();
    this.#goHome();
  }

  #askResume() {
    this.state.resume = true;
    this.#render();
  }

  #goHome() {
    this.#leaveFlow();
    this.#render();
  }

  #leaveFlow() {
    for (const key of ["flow", "fv", "step", "hist", "d", "vars", "sid", "t0", "resume", "pf", "ps"] as const) delete this.state[key];
  }

  /** A guide the person asked for (menu, suggestion, a choice): counted against the open limit. */
  #openAsked(flowId: string, from?: string) {
    const limit = this.ctx.limits?.opens;
    const opened = limit ? countIn(this.state.op, this.ctx.now(), limit) : null;
    if (opened) this.state.op = opened.window;
    if (opened && opened.over > 0) {
      this.#say(this.ctx.texts.t(this.lang, "too-many-guides"));
      return this.#goHome();
    }
    this.#openFlow(flowId);
    if (from) this.state.pf = from;
  }

  #openFlow(flowId: string, atStep?: string, single = false) {
    const flow = this.ctx.flows.get(flowId)!;
    this.#leaveFlow();
    this.state.flow = flow.def.id;
    this.state.fv = flow.version;
    this.state.sid = this.ctx.newSessionId();
    this.state.t0 = this.ctx.now();
    if (single) this.state.vars = { one: true };
    this.#enter(flow, atStep ?? flow.first);
  }

  /** Moves to a step, recording the one we leave for "Quay lại". */
  #advance(flow: CompiledFlow, from: StepDefinition, to: string | undefined) {
    if (this.state.vars?.one) return this.#endEdit(); // a single-step edit (language, commune)
    const target = to ?? flow.fallthrough.get(from.id);
    if (!target) return this.#goHome();
    const hist = (this.state.hist ??= []);
    hist.push(from.id);
    if (hist.length > MAX_HISTORY) hist.shift();
    this.state.d = (this.state.d ?? 0) + 1;
    this.#enter(flow, target);
  }

  #enter(flow: CompiledFlow, stepId: string): void {
    const step = flow.steps.get(stepId)!;
    if (this.ctx.reminders === false && asksForReminders(step)) {
      const next = flow.fallthrough.get(stepId);
      if (next) this.#enter(flow, next);
      else this.#goHome();
      return;
    }
    if (!this.state.unit && this.#showsCommune(step)) return this.#askCommuneFirst(flow, stepId);
    const from = this.#position();
    const again = this.state.flow === flow.def.id && this.state.step === stepId;
    this.state.step = stepId;
    // A step shown again keeps its place (and a session begun before places were kept, its old record).
    if (!again) this.state.ps = [(from?.move ?? (from === undefined ? LEGACY_MOVES : 0)) + 1, this.ctx.now(), this.state.unit ?? null];
    this.events.push({ type: "step_reached", flow: flow.def.id, step: stepId, sessionId: this.state.sid!, unit: this.state.unit ?? null, ...(step.kind === "end" ? { end: true as const } : {}), ...(from === undefined ? {} : { from }) });
    // Once per stretch of warned screens (a chain of "one action each" screens), not on every one.
    const came = this.state.hist?.at(-1);
    if (step.warn === "scam" && (came === undefined || flow.steps.get(came)?.warn !== "scam")) this.#say(this.ctx.texts.t(this.lang, "scam-warning"));
    if (step.kind === "end") return this.#finish(flow, step);
    this.#render();
  }

  /**
   * The step the session in progress stands on, as the step counters counted it: null before its
   * first step, undefined for a session begun before the state kept positions.
   */
  #position(): StepPosition | null | undefined {
    const { ps, flow, step } = this.state;
    if (!ps) return flow && step ? undefined : null;
    return flow && step ? { flow, step, unit: ps[2], at: ps[1], move: ps[0] } : null;
  }

  /** Whether a step's text shows the commune's name, office, address or Thursday hours. */
  #showsCommune(step: StepDefinition): boolean {
    let uses = communeSteps.get(step);
    if (uses === undefined) {
      const vars = this.ctx.texts.variables(step.text);
      communeSteps.set(step, (uses = ["unit", "office", "address", "thursday"].some((v) => vars.has(v))));
    }
    return uses;
  }

  /** Someone who skipped choosing a commune reaches a step about theirs: ask, then come back here. */
  #askCommuneFirst(flow: CompiledFlow, stepId: string) {
    const back = `${flow.def.id}/${stepId}`;
    this.#say(this.ctx.texts.t(this.lang, "unit-ask-first"));
    this.#editProfile("commune");
    (this.state.vars ??= {}).ret = back;
  }

  #finish(flow: CompiledFlow, step: Extract<StepDefinition, { kind: "end" }>) {
    const outcome = step.outcome ?? flow.def.outcome;
    if (outcome !== "none") {
      const chosen = this.state.vars?.result;
      const result = step.result ?? (sessionResults.includes(chosen as SessionResult) ? (chosen as SessionResult) : "done");
      const from = this.#position();
      this.events.push({
        type: "session_completed",
        ...(from === undefined ? {} : { from }),
        session: {
          sessionId: this.state.sid!,
          flow: flow.def.id,
          procedure: flow.def.procedure ?? null,
          field: flow.def.field,
          unit: this.state.unit ?? null,
          lang: this.lang,
          startedAt: this.state.t0 ?? this.ctx.now(),
          completedAt: this.ctx.now(),
          // Only a guide that ended done made an account or a filing; the rest were information.
          outcome: result === "done" ? outcome : "info",
          result,
          assisted: this.state.vars?.assisted === true,
        },
      });
    }
    if (flow.def.id === ONBOARDING) {
      // Straight on to the menu: a welcome with nowhere to go would be a dead end.
      this.#leaveFlow();
      this.#say(this.ctx.texts.t(this.lang, step.text));
      return this.#render();
    }
    this.#bumpSeq();
    const reply = this.screens.step(this.state, flow, step);
    this.#leaveFlow();
    this.replies.push(reply);
  }

  // ── inputs ──────────────────────────────────────────────────────────────────────────────────

  #onButton(data: string) {
    const decoded = decodeButton(data);
    if (!decoded || decoded.seq !== this.state.seq) return this.#stale();
    const { action } = decoded;
    if (action.a === "ask") return this.#startAsk();
    if (this.state.ask) {
      if (action.a === "suggest") {
        const text = this.screens.suggestion(this.state, action.index);
        return text ? this.#submitQuestion(text) : this.#stale();
      }
      // Any other press leaves the question unsent; "back" returns to where the person was.
      delete this.state.ask;
      if (action.a === "back") return this.#render();
    }
    if (action.a === "home") return this.#goHome();
    if (action.a === "language" || action.a === "commune") return this.#editProfile(action.a);
    if (action.a === "open") return this.ctx.flows.get(action.flow) ? this.#openAsked(action.flow) : this.#stale();
    if (this.state.resume) {
      if (action.a === "resume") {
        delete this.state.resume;
        return this.#render();
      }
      if (action.a === "restart") return this.#openAsked(this.state.flow!);
      return this.#stale();
    }
    const place = this.#place();
    if (!place) return this.#stale();
    const { flow, step } = place;
    if (action.a === "back") return this.#back(flow);
    this.#onStepAction(flow, step, action);
  }

  #onStepAction(flow: CompiledFlow, step: StepDefinition, action: ButtonAction) {
    if (step.kind === "choice" && action.a === "choose") {
      const choice = step.choices.find((c) => c.id === action.id);
      if (!choice) return this.#stale();
      return this.#choose(flow, step, choice);
    }
    if (step.kind === "checklist" && action.a === "toggle") {
      const item = step.items[action.index];
      if (!item) return this.#stale();
      const ticked = new Set(asList(this.state.vars?.[step.id]));
      if (ticked.has(item.id)) ticked.delete(item.id);
      else ticked.add(item.id);
      (this.state.vars ??= {})[step.id] = [...ticked];
      return this.#render(true);
    }
    if ((step.kind === "checklist" || step.kind === "info") && action.a === "next") return this.#advance(flow, step, step.next);
    if (step.kind === "question" && action.a === "skip" && step.skip) return this.#advance(flow, step, step.next);
    if (step.kind === "unit" && action.a === "unit") {
      const unit = this.ctx.units.byCode(action.code);
      if (!unit) return this.#stale();
      return this.#setUnit(flow, step, unit.code);
    }
    this.#stale();
  }

  #choose(flow: CompiledFlow, step: StepDefinition, choice: Extract<StepDefinition, { kind: "choice" }>["choices"][number]) {
    if (choice.flow) return this.#openAsked(choice.flow, `${flow.def.id}/${step.id}`);
    if (choice.set) this.state.vars = { ...this.state.vars, ...choice.set };
    if (choice.profile?.lang) this.state.lang = choice.profile.lang;
    if (choice.profile?.remind !== undefined && choice.profile.remind !== this.state.remind) {
      this.state.remind = choice.profile.remind;
      this.state.remindAt = this.ctx.now();
      this.events.push({ type: "reminders_changed", remind: choice.profile.remind, unit: this.state.unit ?? null });
    }
    if (choice.profile?.stats !== undefined) {
      // Proof of consent: the answer, when, and to which wording.
      this.state.stats = choice.profile.stats;
      this.state.statsAt = this.ctx.now();
      this.state.statsV = STATS_CONSENT_VERSION;
    }
    this.#advance(flow, step, choice.next);
  }

  #setUnit(flow: CompiledFlow, step: StepDefinition, code: string) {
    const changed = this.state.unit !== code;
    this.state.unit = code;
    if (changed && this.state.remind) this.events.push({ type: "reminders_changed", remind: true, unit: code });
    this.#advance(flow, step, step.kind === "unit" ? step.next : undefined);
  }

  #back(flow: CompiledFlow) {
    const previous = this.state.hist?.pop();
    if (!previous || !flow.steps.has(previous)) return this.#backToParent();
    this.state.step = previous;
    this.state.d = Math.max(0, (this.state.d ?? 1) - 1);
    this.#render();
  }

  /** After a one-step edit: back to the step that needed it, else home. */
  #endEdit() {
    const [flowId = "", stepId = ""] = String(this.state.vars?.ret ?? "").split("/");
    const target = this.ctx.flows.get(flowId);
    if (!target?.steps.has(stepId)) return this.#goHome();
    this.#openFlow(flowId, stepId);
  }

  /** "Quay lại" on a guide's first step: the screen that opened it, else the menu. */
  #backToParent() {
    const [flowId = "", stepId = ""] = (this.state.pf ?? "").split("/");
    const parent = this.ctx.flows.get(flowId);
    if (!parent?.steps.has(stepId) || parent.steps.get(stepId)!.kind === "end") return this.#goHome();
    this.#openFlow(flowId, stepId);
  }

  #onText(raw: string, missed = 0) {
    if (raw.length > MAX_TEXT_LENGTH) {
      this.#say(this.ctx.texts.t(this.lang, "too-long"));
      return this.#showCurrent();
    }
    if (looksSensitive(raw)) return this.#refuseSecret();
    if (this.idle && this.state.flow && this.state.flow !== ONBOARDING && !this.state.resume) return this.#askResume();
    // A button's payload sent back as text (Zalo's buttons do that) is a press: checked exactly like
    // one, so a stale or forged one gets "out of date" and a fresh screen. A question's answer that
    // merely looks like a payload of an older screen is still taken as the answer.
    const payload = decodeButton(raw.trim());
    if (payload?.seq === this.state.seq) return this.#onButton(raw.trim());
    if (this.state.ask) {
      // The prompt's own buttons typed ("Quay lại", a number) press them; any other text is the question.
      const typed = typedChoice(raw, (this.#screen().buttons ?? []).flat().map((b) => b.label));
      if (!(typed && "index" in typed)) return this.#submitQuestion(raw);
    }
    const place = this.state.resume ? null : this.#place();
    if (place?.step.kind === "question" && this.#answer(place.flow, place.step, raw)) return;
    if (payload) return this.#onButton(raw.trim());
    // Otherwise, on every screen, a typed number or a button's own words press that button (a
    // numbered menu on a channel without buttons is answered this way).
    const buttons = (this.#screen().buttons ?? []).flat().flatMap((b) => ("data" in b ? [b] : []));
    const typed = typedChoice(raw, buttons.map((b) => b.label));
    if (typed && "index" in typed) return this.#onButton(buttons[typed.index]!.data);
    if (place?.step.kind === "question") {
      this.#say(this.ctx.texts.t(this.lang, place.step.invalid));
      return this.#render();
    }
    if (place?.step.kind === "unit") return this.#typedUnit(place.flow, place.step, raw);
    if (typed && place?.step.kind === "choice") {
      this.#say(this.ctx.texts.t(this.lang, "which-button"));
      return this.#render();
    }
    this.#understood(this.ctx.understand(raw, this.lang), raw, missed);
  }

  /** Acts on what free text asked for (src/nlu): never a guide this catalogue does not have. */
  #understood(u: Understanding, raw: string, missed: number) {
    const title = (id: string) => this.ctx.texts.t(this.lang, this.ctx.flows.get(id)!.def.title);
    const ids = (u.kind === "guide" ? [u.id] : u.kind === "choose" ? u.ids : []).filter((id) => this.ctx.flows.get(id));
    // Sure, or a guide's own title typed ("quên mật khẩu"): open it at once, saying which it is.
    const opened = u.kind === "guide" ? ids : ids.filter((id) => titleHas(title(id), raw));
    if (opened.length === 1) {
      this.#say(this.ctx.texts.t(this.lang, "search-opened", { title: title(opened[0]!) }));
      return this.#openAsked(opened[0]!);
    }
    if (ids.length > 0) {
      this.#bumpSeq();
      this.replies.push(this.screens.suggestions(this.state, ids));
      return;
    }
    if (u.kind === "switch") return this.#editProfile(u.what);
    if (u.kind === "ask") return this.#startAsk();
    this.#say(this.ctx.texts.t(this.lang, "unknown-text"));
    this.state.miss = missed + 1;
    this.#showCurrent();
    // Drawn after the screen, so its button carries the same render counter.
    const offer = this.state.miss >= 2 ? this.screens.offerAsk(this.state) : null;
    if (offer) this.replies.push(offer);
  }

  /** Nothing of the text is kept: not in state, not in events, not in logs. */
  #refuseSecret(): StepResult {
    this.events.push({ type: "sensitive_input_refused" });
    this.replies.push({ text: this.ctx.texts.t(this.lang, "sensitive-warning"), deleteInput: true });
    this.#showCurrent();
    return { state: this.state, replies: this.replies, events: this.events };
  }

  /** Takes a valid answer and moves on; false (nothing done) when the text is not one. */
  #answer(flow: CompiledFlow, step: Extract<StepDefinition, { kind: "question" }>, raw: string): boolean {
    const value = validators[step.validate](raw);
    if (value === null) return false;
    (this.state.vars ??= {})[step.store] = value;
    this.#advance(flow, step, step.next);
    return true;
  }

  #typedUnit(flow: CompiledFlow, step: StepDefinition, raw: string) {
    const match = this.ctx.units.resolve(raw);
    if (!match) {
      this.#say(this.ctx.texts.t(this.lang, "unit-not-found", { text: cutText(raw.trim(), 40) }));
      return this.#render();
    }
    const key = match.oldName ? "unit-found-old" : "unit-confirm";
    this.#say(this.ctx.texts.t(this.lang, key, { old: match.oldName ?? "", unit: unitName(match.unit, this.lang) }));
    this.#setUnit(flow, step, match.unit.code);
  }

  #editProfile(what: "language" | "commune" | "reminders" | "stats") {
    const onboarding = this.ctx.flows.get(ONBOARDING)!;
    if (what === "reminders" && this.ctx.reminders === false) {
      this.#say(this.ctx.texts.t(this.lang, "reminders-unavailable"));
      return this.#showCurrent();
    }
    const target = onboarding.def.steps.find((s) =>
      what === "commune"
        ? s.kind === "unit"
        : s.kind === "choice" && s.choices.some((c) => (what === "language" ? c.profile?.lang : c.profile?.[what === "stats" ? "stats" : "remind"] !== undefined)),
    );
    if (!target) return this.#goHome();
    this.#openFlow(ONBOARDING, target.id, true);
  }

  // ── rendering ───────────────────────────────────────────────────────────────────────────────

  #say(text: string) {
    this.replies.push({ text });
  }

  #stale() {
    this.#say(this.ctx.texts.t(this.lang, "stale-button"));
    this.#showCurrent();
  }

  #bumpSeq() {
    this.state.seq = (this.state.seq + 1) % 36 ** 4; // wraps long before the payload grows
  }

  /** Re-shows where the user is without changing it (after a warning or an unreadable message). */
  #showCurrent() {
    if (this.state.flow && this.state.flow !== ONBOARDING && this.idle && !this.state.resume) return this.#askResume();
    this.#render();
  }

  /** Draws the current screen with fresh buttons; older buttons become stale. */
  #render(replace = false) {
    this.#bumpSeq();
    const reply = this.#screen();
    if (replace) reply.replace = true;
    this.replies.push(reply);
  }

  /** The screen the user is on, with buttons of the current render counter. */
  #screen(): Reply {
    if (this.state.ask) return this.screens.askPrompt(this.state);
    const place = this.#place();
    if (place && this.state.resume) return this.screens.resumePrompt(this.state, place.flow);
    if (place) return this.screens.step(this.state, place.flow, place.step);
    return this.screens.menu(this.state);
  }

  #place(): { flow: CompiledFlow; step: StepDefinition } | null {
    if (!this.state.flow || !this.state.step) return null;
    const flow = this.ctx.flows.get(this.state.flow);
    const step = flow?.steps.get(this.state.step);
    return flow && step ? { flow, step } : null;
  }

  /**
   * A deploy may change a flow under someone in the middle of it. Put them back at the nearest step
   * that still exists (their current one, else the latest one they visited, else the first) and say so.
   */
  #checkFlowVersion(): boolean {
    if (!this.state.flow) return false;
    const flow = this.ctx.flows.get(this.state.flow);
    if (!flow) {
      this.#leaveFlow();
      this.#say(this.ctx.texts.t(this.lang, "flow-updated"));
      return true;
    }
    if (flow.version === this.state.fv) return false;
    const hist = this.state.hist ?? [];
    const visited = [...hist, this.state.step ?? ""].reverse();
    const safe = visited.find((id) => flow.steps.has(id) && flow.steps.get(id)!.kind !== "end") ?? flow.first;
    const keep = safe === this.state.step ? hist : hist.slice(0, Math.max(0, hist.lastIndexOf(safe)));
    this.state.hist = keep.filter((id) => flow.steps.has(id));
    this.state.d = this.state.hist.length;
    this.state.step = safe;
    this.state.fv = flow.version;
    this.#say(this.ctx.texts.t(this.lang, "flow-updated"));
    return true;
  }
}
