/**
 * The engine's vocabulary: what it stores per chat, what it takes in and what it gives back.
 * Nothing here knows about Telegram, Zalo or the web chat; adapters translate to and from these.
 */
import type { Outcome, SessionResult } from "./schema.js";

import type { Lang } from "../i18n/lang.js";

export { languages, type Lang } from "../i18n/lang.js";

export type VarValue = string | number | boolean | string[];

/**
 * Everything the bot remembers about one chat, kept small (well under 1 KB) and explicit: where the
 * user is, never a log of what happened. Short keys because it is stored once per chat.
 */
export interface ChatState {
  /** Shape version of this record, so a future change can migrate old records. */
  v: 1;
  /** Render counter: buttons carry it, so a press on an older menu is recognised as stale. */
  seq: number;
  lang?: Lang;
  unit?: string;
  remind?: boolean;
  /** When reminders consent was given or withdrawn (ms), kept for the personal-data decree. */
  remindAt?: number;
  /**
   * Consent to keep a pseudonym with the guides this person completed (anonymous statistics, counted
   * once per person); absent or false: completions are counted without it. `statsAt` is when it was
   * answered, `statsV` the wording answered (STATS_CONSENT_VERSION).
   */
  stats?: boolean;
  statsAt?: number;
  statsV?: string;
  /** The flow in progress, its definition version and the current step. */
  flow?: string;
  fv?: string;
  step?: string;
  /** Steps visited before the current one, most recent last (bounded), for "Quay lại". */
  hist?: string[];
  /** Where this flow was opened from ("<flow>/<step>"), so "Quay lại" on its first step goes there. */
  pf?: string;
  /** Steps taken in this flow so far (not bounded like `hist`), for "Bước n/total". */
  d?: number;
  vars?: Record<string, VarValue>;
  /** Session id and start time (ms) of the guide in progress. */
  sid?: string;
  t0?: number;
  /** Last activity (ms), to offer "continue where you stopped" after a pause. */
  at: number;
  /** The user is looking at the "continue or restart?" question. */
  resume?: true;
  /** The next text is a question for a person (the commune's officials). */
  ask?: true;
  /** The question thread this chat last used: its code and when (ms), so a follow-up joins it. */
  tk?: [string, number];
  /** Questions asked: start (ms) of the current day window and how many. */
  qs?: [number, number];
  /** Texts in a row the bot did not understand, to offer a person after two. */
  miss?: number;
  /** Flood guard: start (ms) of the current window and how many messages came in it. */
  fl?: [number, number];
  /** Guides opened: start (ms) of the current window and how many were opened in it. */
  op?: [number, number];
  /**
   * Where the step counters count the session in progress: its moves so far, when it reached the
   * current step (ms) and the commune it was counted under. Kept here, with the step, so the
   * counters need no record of their own per session (see StepPosition).
   */
  ps?: [number, number, string | null];
  /** Digests of the last few update ids handled for this chat (kept by the state store, not the engine). */
  u?: string[];
}

export type EngineInput =
  | { kind: "start" }
  | { kind: "menu" }
  | { kind: "help" }
  | { kind: "button"; data: string }
  | { kind: "text"; text: string }
  | { kind: "open"; flow: string }
  /** Reopens one of the first-contact choices on its own (a command: /andanh for statistics). */
  | { kind: "settings"; what: "language" | "commune" | "reminders" | "stats" }
  /** A sticker, photo, voice note or other message the bot cannot read, with its caption if any. */
  | { kind: "unsupported"; caption?: string }
  /** A command the bot does not know (e.g. a typo in "/start"). */
  | { kind: "unknown_command" }
  /** Show the current screen again, unchanged (a client that lost the previous answer). */
  | { kind: "refresh" }
  /** "Ask an official" (/hoicanbo): the next text is a question for a person. */
  | { kind: "ask" }
  /** "Go on where I stopped" (the stall nudge's button): the current step, without the resume question. */
  | { kind: "continue" };

/**
 * A button: an action (`data`) or a link (`url`). `pressed` marks a toggle (a checklist item) as
 * ticked or not, for channels that can show it without relying on the ✅/⬜ in the label.
 */
export type Button = { label: string; data: string; pressed?: boolean } | { label: string; url: string };

export interface Reply {
  text: string;
  buttons?: Button[][];
  /**
   * This reply redraws the screen the user just pressed a button on (a checklist tick), so a channel
   * that can edit messages should edit rather than send a new one.
   */
  replace?: boolean;
  /**
   * The user's message held a secret (an ID number, an OTP): a channel that can delete it from the
   * chat should, so it does not linger on a shared family phone.
   */
  deleteInput?: boolean;
}

/** A completed guidance session, as the engine knows it; the recorder adds channel and user hash. */
export interface CompletedSession {
  sessionId: string;
  flow: string;
  procedure: string | null;
  field: string;
  unit: string | null;
  lang: Lang;
  startedAt: number;
  completedAt: number;
  /** What the session counts as: the guide's outcome when it ended "done", else "info". */
  outcome: Outcome;
  result: SessionResult;
  assisted: boolean;
}

/** A step a session stood on, as the step counters counted it. */
export interface StepPosition {
  flow: string;
  step: string;
  unit: string | null;
  /** When the session reached it (ms). */
  at: number;
  /** Its move number. */
  move: number;
}

export type EngineEvent =
  /** `from` as for step_reached: the completion is the session's last move, from its end screen. */
  | { type: "session_completed"; session: CompletedSession; from?: StepPosition | null }
  /**
   * `end`: the step is one of the flow's end screens (nothing follows it in this session). `from`:
   * where the session stood (null before its first step; the same step when it is shown again),
   * absent for a session begun before the state kept positions.
   */
  | { type: "step_reached"; flow: string; step: string; sessionId: string; unit: string | null; end?: true; from?: StepPosition | null }
  | { type: "reminders_changed"; remind: boolean; unit: string | null }
  | { type: "sensitive_input_refused" }
  /**
   * A question for the commune's officials, to be kept and passed on (see src/handoff). `where` is the
   * guide and step the person was on ("flow/step"), if any; `code` names the thread, new or continued.
   */
  | { type: "question_asked"; code: string; text: string; unit: string | null; lang: Lang; where: string | null; at: number };

export interface StepResult {
  state: ChatState;
  replies: Reply[];
  events: EngineEvent[];
}
