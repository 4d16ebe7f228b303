/**
 * The shape of a flow definition: guidance is data (YAML under content/flows), validated here at
 * start-up so a broken file stops the process with the flow and step named, before anyone chats.
 *
 * Texts are Fluent message ids (locales/*.ftl), never inline strings, so every language carries them.
 */
import { z } from "zod";

/** Short ids keep callback data far under Telegram's 64 bytes and the stored state small. */
const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,23}$/, "expected a short id: a-z, 0-9, _ or -, at most 24 characters");
/** A Fluent message id. */
const textKey = z.string().regex(/^[a-z][a-z0-9-]*$/, "expected a Fluent message id such as birth-intro");

/** Variables a choice may set; `assisted` marks a session as filed for someone else. */
const setVars = z.record(id, z.union([z.string().max(32), z.boolean(), z.number()]));

/** Profile fields a choice may set (onboarding): language and reminders consent. */
const setProfile = z
  .object({
    lang: z.enum(["vi", "km", "en"]).optional(),
    remind: z.boolean().optional(),
    /** Consent to anonymous statistics with a pseudonym (see ChatState.stats). */
    stats: z.boolean().optional(),
  })
  .strict();

const choice = z
  .object({
    id,
    label: textKey,
    /** The step to go to; omitted means "the next step in the list". */
    next: id.optional(),
    /** Opens another flow instead (menus of fields and procedures); excludes `next`. */
    flow: id.optional(),
    set: setVars.optional(),
    profile: setProfile.optional(),
  })
  .strict();

const link = z.object({ label: textKey, url: z.url({ protocol: /^https$/ }) }).strict();

/**
 * Every step text may use { $unit }, { $office }, { $address } and { $thursday }: the user's
 * commune, its one-stop office and address, and its Thursday support hours, from the units catalogue.
 */
const common = {
  id,
  text: textKey,
  /** Show the anti-scam warning before this step (steps that involve an OTP or a password). */
  warn: z.literal("scam").optional(),
};

const choiceStep = z.object({ ...common, kind: z.literal("choice"), choices: z.array(choice).min(1).max(8) }).strict();

const checklistStep = z
  .object({
    ...common,
    kind: z.literal("checklist"),
    items: z.array(z.object({ id, label: textKey }).strict()).min(1).max(12),
    next: id.optional(),
  })
  .strict();

/** Named validators: free text is checked by code, never by patterns written in content files. */
export const validatorNames = ["dossier_code", "date", "number", "any_text"] as const;

const questionStep = z
  .object({
    ...common,
    kind: z.literal("question"),
    /** Variable that keeps the answer (never ID numbers, passwords or OTPs: those are refused earlier). */
    store: id,
    validate: z.enum(validatorNames),
    invalid: textKey,
    /** A button to skip the question, for people who do not have the answer at hand. */
    skip: textKey.optional(),
    next: id.optional(),
  })
  .strict();

/** A further screen of an info step: a text, and the link buttons that screen needs. */
const moreScreen = z.union([textKey, z.object({ text: textKey, links: z.array(link).max(4).default([]) }).strict()]);

const infoStep = z
  .object({
    ...common,
    kind: z.literal("info"),
    links: z.array(link).max(4).default([]),
    /**
     * Further screens, one action each, shown in order before `next` (see `expandScreens`): a
     * sequence of actions shared by many guides ("file online") is written once in the locales and
     * used as one step in each flow. The screens get the ids `<id>-2`, `<id>-3`…
     */
    more: z.array(moreScreen).max(10).optional(),
    next: id.optional(),
  })
  .strict();

/** Picks the citizen's commune from the units catalogue (buttons, or typing a current or old name). */
const unitStep = z.object({ ...common, kind: z.literal("unit"), next: id.optional() }).strict();

export const outcomes = ["account", "online_filing", "info"] as const;

/**
 * How a guide really ended: done (the account made, the dossier filed, the problem solved), not
 * solved ("😟 Vẫn không được"), or the person already had it. Only "done" counts as an account
 * or a filing in officials' figures; a choice may note it with `set: { result: had_it }`.
 */
export const sessionResults = ["done", "unsolved", "had_it"] as const;

const endStep = z
  .object({
    ...common,
    kind: z.literal("end"),
    /** Overrides the flow's outcome; "none" ends without recording a session (onboarding). */
    outcome: z.enum([...outcomes, "none"]).optional(),
    /** How the guide ended here (default: what the path set with `set: { result }`, else "done"). */
    result: z.enum(sessionResults).optional(),
  })
  .strict();

export const stepSchema = z.discriminatedUnion("kind", [choiceStep, checklistStep, questionStep, infoStep, unitStep, endStep]);

/** A calendar date written YYYY-MM-DD (the day a text was last checked against its sources). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date such as 2026-11-24");

/**
 * The facts of one procedure, for citizens (the flow's summary step shows these texts) and for the
 * officials who review them (`npm run cli -- content export`). Each fact is a Fluent message id, so
 * every language carries it; `code` is the portal's procedure code (ma_thu_tuc), to be checked.
 */
const procedureAbout = z
  .object({
    code: z.string().regex(/^\d\.\d{6}$/, "expected a portal procedure code such as 1.001193").optional(),
    /** Lệ phí: an amount, "free", or "see the amount shown on the portal" where unconfirmed. */
    fee: textKey,
    /** Thời hạn giải quyết. */
    time: textKey,
    /** Who handles it since 1/7/2025: the commune or the province (never the abolished district). */
    handler: textKey,
    /** Fully online, online with a visit, or in person only. */
    online: textKey,
    /** Whether a relative may file it, and with which papers. */
    relative: textKey,
  })
  .strict();

export const flowSchema = z
  .object({
    id,
    /** Menu label (Fluent id). */
    title: textKey,
    /** Position in the main menu; flows without it are reached from other flows or by search. */
    menu: z.number().int().min(0).optional(),
    outcome: z.enum([...outcomes, "none"]),
    /** The field (lĩnh vực) the session counts under in statistics, e.g. "ho-tich". */
    field: id,
    /** The procedure this flow guides, if one (e.g. "khai-sinh"). */
    procedure: id.optional(),
    /** Words and phrases people type to find this flow (any language, diacritics optional). */
    keywords: z.array(z.string().min(2).max(60)).default([]),
    /** Where the content's facts come from (law texts, official pages); required with `about`. */
    sources: z.array(z.string().min(3)).optional(),
    /** When the content was last checked against its sources. */
    reviewed: isoDate.optional(),
    /** Facts not yet confirmed, in plain words, for the officials reviewing the text. */
    verify: z.array(z.string().min(3)).optional(),
    /** Facts of the procedure this flow guides (flows with `procedure`). */
    about: procedureAbout.optional(),
    steps: z.array(stepSchema).min(1),
  })
  .strict()
  .refine((flow) => !flow.about || (flow.sources?.length && flow.reviewed), {
    message: "a flow with procedure facts (about) needs its sources and a reviewed date",
    path: ["about"],
  });

export type StepDefinition = z.infer<typeof stepSchema>;
export type FlowDefinition = z.infer<typeof flowSchema>;
export type ProcedureAbout = z.infer<typeof procedureAbout>;
export type Outcome = (typeof outcomes)[number];
export type SessionResult = (typeof sessionResults)[number];
export type ValidatorName = (typeof validatorNames)[number];
