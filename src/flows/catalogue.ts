/**
 * A validated set of flows, indexed for the engine. Cross-step checks live here (targets exist,
 * every step reachable, no dead end, every text key translated) so a broken definition stops
 * start-up with the flow and step named, instead of stranding a citizen halfway.
 */
import { createHash } from "node:crypto";
import { flowSchema, type FlowDefinition, type StepDefinition } from "./schema.js";

/** Thrown when a flow definition is invalid; the message names the flow and the step. */
export class FlowDefinitionError extends Error {
  override name = "FlowDefinitionError";
}

export interface CompiledFlow {
  def: FlowDefinition;
  /** Where the definition was read from (a file path, or a label for flows built in code). */
  source: string;
  /** Short hash of the definition: stored with the state so a changed flow is noticed. */
  version: string;
  steps: Map<string, StepDefinition>;
  /** Step id → the step that follows when none is named (the next one in the list). */
  fallthrough: Map<string, string>;
  /**
   * Step id → the number of steps still ahead to an end, this one included, on the shortest and the
   * longest way, so "Bước n/total" follows the path the user takes and shows a total only where it
   * is certain. `waysWithoutConsent` is the same where the reminders question is skipped.
   */
  ways: Map<string, Ways>;
  waysWithoutConsent: Map<string, Ways>;
  first: string;
}

export interface Ways {
  min: number;
  max: number;
}

/** A step whose every choice sets the reminders consent: the consent question. */
export function asksForReminders(step: StepDefinition): boolean {
  return step.kind === "choice" && step.choices.every((c) => c.profile?.remind !== undefined);
}

/** The onboarding flow id: the engine runs it first for people who have not chosen a language. */
export const ONBOARDING = "onboarding";

export function successors(flow: CompiledFlow, step: StepDefinition): string[] {
  const after = flow.fallthrough.get(step.id);
  switch (step.kind) {
    case "choice":
      return step.choices.filter((c) => !c.flow).map((c) => c.next ?? after).filter((s): s is string => s !== undefined);
    case "end":
      return [];
    default:
      return step.next ? [step.next] : after ? [after] : [];
  }
}

/**
 * An info step with `more` becomes a chain of info steps, one screen each: the first keeps the
 * step's id and text; each further screen `<id>-2`, `<id>-3`… has its own text and links; all keep
 * the step's warning (shown once, on entering the chain); the last goes where the step went.
 */
export function expandScreens(steps: readonly StepDefinition[]): StepDefinition[] {
  return steps.flatMap((step) => {
    if (step.kind !== "info" || !step.more?.length) return [step];
    const { more, ...first } = step;
    const ids = [step.id, ...more.map((_, i) => `${step.id}-${i + 2}`)];
    const screens = more.map((screen, i) => {
      const { text, links } = typeof screen === "string" ? { text: screen, links: [] } : screen;
      return { id: ids[i + 1]!, kind: "info" as const, text, links, warn: step.warn, next: ids[i + 2] ?? step.next };
    });
    return [{ ...first, next: ids[1] }, ...screens];
  });
}

export function compileFlow(raw: unknown, source: string, hasText: (key: string) => boolean): CompiledFlow {
  const parsed = flowSchema.safeParse(raw);
  const flowId = typeof raw === "object" && raw && "id" in raw ? String((raw as { id: unknown }).id) : source;
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const stepIndex = issue.path[0] === "steps" ? Number(issue.path[1]) : NaN;
    const rawSteps = (raw as { steps?: { id?: string }[] }).steps;
    const stepName = Number.isInteger(stepIndex) ? ` step ${rawSteps?.[stepIndex]?.id ?? `#${stepIndex + 1}`}` : "";
    throw new FlowDefinitionError(`flow ${flowId}${stepName}: ${issue.path.join(".")}: ${issue.message}`);
  }
  const def = { ...parsed.data, steps: expandScreens(parsed.data.steps) };
  const fail = (step: string | null, message: string): never => {
    throw new FlowDefinitionError(`flow ${def.id}${step ? ` step ${step}` : ""}: ${message}`);
  };

  const steps = new Map<string, StepDefinition>();
  const fallthrough = new Map<string, string>();
  def.steps.forEach((step, i) => {
    if (steps.has(step.id)) fail(step.id, "duplicate step id");
    steps.set(step.id, step);
    const following = def.steps[i + 1];
    if (following) fallthrough.set(step.id, following.id);
  });

  const flow: CompiledFlow = {
    def,
    source,
    version: createHash("sha256").update(JSON.stringify(def)).digest("base64url").slice(0, 8),
    steps,
    fallthrough,
    ways: new Map(),
    waysWithoutConsent: new Map(),
    first: def.steps[0]!.id,
  };

  for (const step of def.steps) {
    const keys = [step.text];
    if (step.kind === "choice") keys.push(...step.choices.map((c) => c.label));
    if (step.kind === "checklist") keys.push(...step.items.map((i) => i.label));
    if (step.kind === "question") keys.push(step.invalid, ...(step.skip ? [step.skip] : []));
    if (step.kind === "info") keys.push(...step.links.map((l) => l.label));
    for (const key of keys) if (!hasText(key)) fail(step.id, `text "${key}" is missing from locales/vi.ftl`);
    if (step.kind === "choice" && new Set(step.choices.map((c) => c.id)).size !== step.choices.length) {
      fail(step.id, "two choices share an id");
    }
    const next = successors(flow, step);

    if (step.kind === "choice" && next.length !== step.choices.filter((c) => !c.flow).length) fail(step.id, "a choice has no next step");
    if (step.kind === "choice") {
      for (const c of step.choices) if (c.flow && c.next) fail(step.id, `choice ${c.id} has both next and flow`);
    }
    const leadsSomewhere = next.length > 0 || (step.kind === "choice" && step.choices.some((c) => c.flow));
    if (step.kind !== "end" && !leadsSomewhere) fail(step.id, "dead end: the last step must be an end step, or name a next step");
    for (const target of next) if (!steps.has(target)) fail(step.id, `next step "${target}" does not exist`);
  }
  if (!hasText(def.title)) fail(null, `title "${def.title}" is missing from locales/vi.ftl`);

  // Every step must be reachable from the first, or it is content nobody can read.
  const seen = new Set<string>([flow.first]);
  const queue = [flow.first];
  while (queue.length > 0) {
    for (const target of successors(flow, steps.get(queue.pop()!)!)) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  for (const step of def.steps) if (!seen.has(step.id)) fail(step.id, "unreachable from the first step");
  for (const step of def.steps) {
    waysToEnd(flow, step.id, new Set(), flow.ways, () => 1);
    waysToEnd(flow, step.id, new Set(), flow.waysWithoutConsent, (s) => (asksForReminders(s) ? 0 : 1));
  }
  return flow;
}

/**
 * Steps on the shortest and the longest loop-free way from `id` to an end, `id` included (each
 * step counting `weight`); ends count as zero.
 */
function waysToEnd(flow: CompiledFlow, id: string, onPath: Set<string>, memo: Map<string, Ways>, weight: (step: StepDefinition) => number): Ways {
  const known = memo.get(id);
  if (known) return known;
  const step = flow.steps.get(id)!;
  if (step.kind === "end") return { min: 0, max: 0 };
  onPath.add(id);
  let min = Infinity;
  let max = 0;
  // A choice straight to an end ("I have none of these") is a way out, not another way through.
  const ahead = successors(flow, step).filter((next) => !onPath.has(next));
  const through = ahead.filter((next) => flow.steps.get(next)!.kind !== "end");
  for (const next of through) {
    const ways = waysToEnd(flow, next, onPath, memo, weight);
    min = Math.min(min, ways.min);
    max = Math.max(max, ways.max);
  }
  onPath.delete(id);
  // Only ends ahead, or a choice that only opens other guides: nothing more of this one is ahead.
  const ways = { min: (min === Infinity ? 0 : min) + weight(step), max: max + weight(step) };
  memo.set(id, ways);
  return ways;
}

/** All flows by id, plus the main menu in display order. */
export class FlowCatalogue {
  readonly #flows = new Map<string, CompiledFlow>();
  readonly menu: readonly CompiledFlow[];

  constructor(flows: CompiledFlow[]) {
    for (const flow of flows) {
      if (this.#flows.has(flow.def.id)) throw new FlowDefinitionError(`flow ${flow.def.id}: defined twice`);
      this.#flows.set(flow.def.id, flow);
    }
    if (!this.#flows.has(ONBOARDING)) throw new FlowDefinitionError(`flow ${ONBOARDING}: missing (it runs on /start)`);
    // Links between flows are checked once all flows are known.
    for (const flow of flows) {
      for (const step of flow.def.steps) {
        if (step.kind !== "choice") continue;
        for (const c of step.choices) {
          if (c.flow && !this.#flows.has(c.flow)) throw new FlowDefinitionError(`flow ${flow.def.id} step ${step.id}: choice ${c.id} opens unknown flow "${c.flow}"`);
        }
      }
    }
    this.menu = flows.filter((f) => f.def.menu !== undefined).sort((a, b) => a.def.menu! - b.def.menu!);
  }

  get(id: string): CompiledFlow | undefined {
    return this.#flows.get(id);
  }

  all(): IterableIterator<CompiledFlow> {
    return this.#flows.values();
  }
}
