/**
 * Names officials read in reports, for the codes the counters hold: fields (lĩnh vực), procedures,
 * flows and steps. Built from the loaded content when there is one; otherwise codes are shown as is.
 */
import type { FlowCatalogue } from "../flows/catalogue.js";
import type { Translator } from "../i18n/translator.js";

export interface StatsNames {
  field(code: string): string;
  procedure(code: string): string;
  flow(id: string): string;
  /** A step as officials recognise it (id and the start of its text); `end` marks a closing step. */
  step(flow: string, step: string): { label: string; end: boolean };
}

/** Common fields of one-stop desks; a code not listed is shown as written. */
const FIELD_NAMES: Record<string, string> = {
  "ho-tich": "Hộ tịch",
  "tai-khoan": "Tài khoản VNeID",
  "cu-tru": "Cư trú",
  "chung-thuc": "Chứng thực",
  "dat-dai": "Đất đai",
  "bao-tro-xa-hoi": "Bảo trợ xã hội",
  "lao-dong": "Lao động, người có công",
  "kinh-doanh": "Hộ kinh doanh",
  "xay-dung": "Xây dựng",
  onboarding: "Làm quen với trợ lý",
};

export const plainNames: StatsNames = {
  field: (code) => FIELD_NAMES[code] ?? code,
  procedure: (code) => code,
  flow: (id) => id,
  step: (_flow, step) => ({ label: step, end: false }),
};

/** Names from the guides themselves: a flow's Vietnamese title, a step's number in its guide. */
export function namesFromContent(flows: FlowCatalogue, texts: Translator, flowIds: readonly string[]): StatsNames {
  const titleOf = (id: string) => {
    const flow = flows.get(id);
    return flow ? texts.t("vi", flow.def.title) : id;
  };
  const procedures = new Map<string, string>();
  for (const id of flowIds) {
    const procedure = flows.get(id)?.def.procedure;
    if (procedure && !procedures.has(procedure)) procedures.set(procedure, titleOf(id));
  }
  return {
    field: plainNames.field,
    procedure: (code) => procedures.get(code) ?? code,
    flow: titleOf,
    step(flowId, stepId) {
      const flow = flows.get(flowId);
      const step = flow?.steps.get(stepId);
      if (!flow || !step) return { label: stepId, end: false };
      if (step.kind === "end") return { label: stepId, end: true };
      // The step's own first line says more to an official than its id.
      const first = texts.t("vi", step.text).split("\n")[0]!.trim();
      return { label: `${stepId}: “${first.length > 48 ? `${first.slice(0, 47)}…` : first}”`, end: false };
    },
  };
}
