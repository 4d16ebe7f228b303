/**
 * `npm run cli -- content export [--out DIR]`: writes the whole catalogue as one Markdown document per
 * language (catalogue.vi.md, catalogue.km.md, catalogue.en.md), so officials can review the wording
 * and the facts without reading YAML or Fluent files: the main menu, every flow with each step's text
 * and buttons (and where each button leads), checklists, procedure facts, sources, review dates and
 * the facts still to be verified. Each text is followed by its Fluent key, the name to look for in
 * locales/<lang>.ftl when changing it. Beside them, khmer-review.csv: every text in Vietnamese, Khmer
 * and English with columns for a Khmer reviewer (see khmer-review.ts).
 *
 * The framing (headings, legends) is Vietnamese in the vi and km documents (the reviewing officials
 * read Vietnamese; the Khmer texts await a native speaker's review) and English in the en document.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import type { CompiledFlow } from "../flows/catalogue.js";
import { ONBOARDING } from "../flows/catalogue.js";
import { loadContent, PROJECT_ROOT, type Content } from "../flows/content.js";
import type { ProcedureAbout, StepDefinition } from "../flows/schema.js";
import { languages, type Lang } from "../flows/types.js";
import type { CliCommand } from "./command.js";
import { renderKhmerReview } from "./khmer-review.js";

export const DEFAULT_EXPORT_DIR = "content-export";

/** The document's own words (not the bot's): Vietnamese for vi and km, English for en. */
interface Framing {
  title: string;
  langName: string;
  intro: string[];
  placeholders: Record<"unit" | "office" | "address" | "thursday", string>;
  menu: string;
  menuNote: string;
  shared: string;
  sharedNote: string;
  flows: string;
  flowsNote: string;
  flowHeading: (title: string) => string;
  file: string;
  field: string;
  procedure: string;
  inMenu: (n: number) => string;
  firstContact: string;
  openedFrom: string;
  searchOnly: string;
  facts: string;
  fact: Record<keyof Omit<ProcedureAbout, "code">, string> & { code: string };
  sources: string;
  reviewed: string;
  verify: string;
  steps: string;
  step: (n: number) => string;
  kinds: Record<StepDefinition["kind"], string>;
  scamBefore: string;
  buttons: string;
  items: string;
  links: string;
  toStep: (n: number, id: string) => string;
  toFlow: (title: string) => string;
  after: Record<"checklist" | "info" | "question" | "unit", string>;
  typed: string;
  validators: Record<string, string>;
  invalid: string;
  skip: string;
  unitList: string;
  ends: string;
  outcomes: Record<string, string>;
  assisted: string;
  setsLang: (lang: string) => string;
  setsRemind: (on: boolean) => string;
  key: string;
  stats: (flows: number, steps: number) => string;
}

const vietnamese: Omit<Framing, "langName"> = {
  title: "Trợ lý Dịch vụ công: toàn bộ nội dung hướng dẫn",
  intro: [
    "Tài liệu này được tạo tự động từ `content/flows/*.yaml` và `locales/*.ftl` bằng lệnh `npm run cli -- content export`, để cán bộ đọc và góp ý câu chữ. Sửa trong tài liệu này không có tác dụng: hãy sửa tệp gốc (xem README, mục \"Changing a text or a fee\").",
    "Sau mỗi câu có tên khóa, ví dụ `birth-fee`: tìm đúng tên đó trong `locales/vi.ftl` (tiếng Việt), `locales/km.ftl` (tiếng Khmer), `locales/en.ftl` (tiếng Anh) để sửa.",
    "Chỗ trong ngoặc vuông, ví dụ [tên xã của người dùng], được thay bằng thông tin xã mà người dùng đã chọn.",
  ],
  placeholders: {
    unit: "[tên xã của người dùng]",
    office: "[nơi tiếp nhận hồ sơ của xã]",
    address: "[địa chỉ nơi tiếp nhận]",
    thursday: "[giờ hỗ trợ ngày thứ Năm của xã]",
  },
  menu: "Menu chính",
  menuNote: "Thứ tự các nút trên menu chính. Bấm tên để xem hướng dẫn.",
  shared: "Câu chữ dùng chung",
  sharedNote: "Các câu và nút này xuất hiện ở nhiều màn hình.",
  flows: "Các hướng dẫn",
  flowsNote: "Theo thứ tự: hướng dẫn bắt đầu, các mục của menu chính, rồi các hướng dẫn được mở từ đó.",
  flowHeading: (title) => title,
  file: "Tệp",
  field: "Lĩnh vực (thống kê)",
  procedure: "Thủ tục",
  inMenu: (n) => `Nút thứ ${n} trên menu chính`,
  firstContact: "Hiện khi người dùng bắt đầu trò chuyện (/start); bước 1 và 2 cũng mở từ nút «Đổi ngôn ngữ», «Đổi xã» trên menu",
  openedFrom: "Mở từ",
  searchOnly: "Chỉ mở được khi người dùng gõ tìm",
  facts: "Thông tin thủ tục",
  fact: { fee: "Lệ phí", time: "Thời hạn", handler: "Nơi giải quyết", online: "Nộp trên mạng", relative: "Người nhà làm giúp", code: "Mã thủ tục trên Cổng" },
  sources: "Nguồn",
  reviewed: "Ngày rà soát",
  verify: "Cần xác minh [verify]",
  steps: "Các bước",
  step: (n) => `Bước ${n}`,
  kinds: { choice: "lựa chọn", checklist: "danh sách giấy tờ", question: "câu hỏi", info: "thông tin", unit: "chọn xã", end: "kết thúc" },
  scamBefore: "⚠️ Trước bước này, Trợ lý hiện cảnh báo lừa đảo (xem \"Câu chữ dùng chung\").",
  buttons: "Nút",
  items: "Danh sách (người dùng bấm để đánh dấu)",
  links: "Nút mở trang web",
  toStep: (n, id) => `bước ${n} (\`${id}\`)`,
  toFlow: (title) => `mở hướng dẫn «${title}»`,
  after: {
    checklist: "Nút «Tiếp tục» dẫn đến",
    info: "Nút «Tiếp tục» dẫn đến",
    question: "Trả lời xong thì đến",
    unit: "Chọn xã xong thì đến",
  },
  typed: "Người dùng gõ",
  validators: { dossier_code: "mã hồ sơ", date: "một ngày (ngày/tháng/năm)", number: "một con số", any_text: "câu trả lời bất kỳ" },
  invalid: "Nếu gõ sai",
  skip: "Nút bỏ qua",
  unitList: "Nút: các xã trong danh mục",
  ends: "Kết thúc hướng dẫn. Ghi nhận thống kê",
  outcomes: { account: "tài khoản", online_filing: "hồ sơ trực tuyến", info: "tư vấn", none: "không ghi nhận" },
  assisted: "ghi nhận: làm giúp người khác",
  setsLang: (lang) => `đổi ngôn ngữ sang ${lang}`,
  setsRemind: (on) => (on ? "đồng ý nhận nhắc lịch" : "không nhận nhắc lịch"),
  key: "khóa",
  stats: (flows, steps) => `${flows} hướng dẫn, ${steps} bước.`,
};

const FRAMING: Record<Lang, Framing> = {
  vi: { ...vietnamese, langName: "Tiếng Việt" },
  km: {
    ...vietnamese,
    langName: "Tiếng Khmer",
    intro: [...vietnamese.intro, "Bản tiếng Khmer đang chờ người bản ngữ rà soát; các câu chữ dưới đây lấy từ `locales/km.ftl`."],
  },
  en: {
    title: "Trợ lý Dịch vụ công: the whole guidance catalogue",
    langName: "English",
    intro: [
      "Generated from `content/flows/*.yaml` and `locales/*.ftl` by `npm run cli -- content export`, for reviewing the wording. Edits made here have no effect: change the source files (see the README, \"Changing a text or a fee\").",
      "Each text is followed by its key, e.g. `birth-fee`: look for that name in `locales/vi.ftl` (Vietnamese), `locales/km.ftl` (Khmer) or `locales/en.ftl` (English).",
      "Words in square brackets, e.g. [user's commune], are replaced by the details of the commune the user chose.",
    ],
    placeholders: {
      unit: "[user's commune]",
      office: "[the commune's one-stop office]",
      address: "[the office's address]",
      thursday: "[the commune's Thursday support hours]",
    },
    menu: "Main menu",
    menuNote: "The buttons of the main menu, in order. Click a name to read the guide.",
    shared: "Shared texts",
    sharedNote: "These texts and buttons appear on many screens.",
    flows: "Guides",
    flowsNote: "In order: the first-contact guide, the main menu's entries, then the guides they open.",
    flowHeading: (title) => title,
    file: "File",
    field: "Field (statistics)",
    procedure: "Procedure",
    inMenu: (n) => `Button ${n} of the main menu`,
    firstContact: "Shown when a user starts the chat (/start); steps 1 and 2 also open from «Change language» and «Change commune» on the menu",
    openedFrom: "Opened from",
    searchOnly: "Only found by typing a search",
    facts: "Procedure facts",
    fact: { fee: "Fee", time: "Time limit", handler: "Handled by", online: "Online filing", relative: "A relative filing", code: "Portal procedure code" },
    sources: "Sources",
    reviewed: "Reviewed",
    verify: "To verify [verify]",
    steps: "Steps",
    step: (n) => `Step ${n}`,
    kinds: { choice: "choice", checklist: "checklist", question: "question", info: "information", unit: "commune picker", end: "end" },
    scamBefore: "⚠️ The anti-scam warning is shown before this step (see \"Shared texts\").",
    buttons: "Buttons",
    items: "Checklist (the user taps to tick)",
    links: "Link buttons",
    toStep: (n, id) => `step ${n} (\`${id}\`)`,
    toFlow: (title) => `opens the guide «${title}»`,
    after: {
      checklist: "The «Continue» button leads to",
      info: "The «Continue» button leads to",
      question: "Once answered, goes to",
      unit: "Once a commune is chosen, goes to",
    },
    typed: "The user types",
    validators: { dossier_code: "a dossier code", date: "a date (day/month/year)", number: "a number", any_text: "any answer" },
    invalid: "If the answer is not understood",
    skip: "Skip button",
    unitList: "Buttons: the communes of the catalogue",
    ends: "End of the guide. Counted in statistics as",
    outcomes: { account: "account", online_filing: "online filing", info: "advice", none: "not counted" },
    assisted: "records: filed for someone else",
    setsLang: (lang) => `switches the language to ${lang}`,
    setsRemind: (on) => (on ? "accepts Thursday reminders" : "declines reminders"),
    key: "key",
    stats: (flows, steps) => `${flows} guides, ${steps} steps.`,
  },
};

/** The texts the engine adds around steps, shown once in the "shared texts" section. */
const SHARED_KEYS = ["menu-title", "nav-next", "nav-back", "nav-home", "step-counter", "checklist-hint", "checklist-progress", "session-done", "scam-warning", "sensitive-warning", "menu-language", "menu-unit"];

const flowAnchor = (flowId: string) => `flow-${flowId}`;
const stepAnchor = (flowId: string, stepId: string) => `step-${flowId}-${stepId}`;

/** Flows in reading order: onboarding, the menu, then what each opens (breadth first), then the rest. */
export function flowsInReadingOrder(content: Content): CompiledFlow[] {
  const ordered: CompiledFlow[] = [];
  const seen = new Set<string>();
  const queue: CompiledFlow[] = [];
  const visit = (flow: CompiledFlow | undefined) => {
    if (!flow || seen.has(flow.def.id)) return;
    seen.add(flow.def.id);
    queue.push(flow);
  };
  visit(content.flows.get(ONBOARDING));
  for (const flow of content.flows.menu) visit(flow);
  while (queue.length > 0) {
    const flow = queue.shift()!;
    ordered.push(flow);
    for (const step of flow.def.steps) if (step.kind === "choice") for (const c of step.choices) if (c.flow) visit(content.flows.get(c.flow));
  }
  const rest = [...content.flows.all()].filter((f) => !seen.has(f.def.id)).sort((a, b) => a.def.id.localeCompare(b.def.id));
  return [...ordered, ...rest];
}

/** A text as a Markdown block quote that keeps the line breaks the user sees. */
function quote(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const safe = line.replace(/^(\s*)([#>|])/, "$1\\$2");
      return safe.trim() === "" ? ">" : `> ${safe}  `;
    })
    .join("\n");
}

/** One line of text inside a table cell or list item. */
function inline(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " · ").trim();
}

/** Renders one language's document. Pure: the same content gives the same text (`date` aside). */
export function renderCatalogue(content: Content, lang: Lang, date: string): string {
  const f = FRAMING[lang];
  const args = f.placeholders;
  const t = (key: string) => content.texts.t(lang, key, args);
  const k = (key: string) => `<sub>${f.key}: \`${key}\`</sub>`;
  const flows = flowsInReadingOrder(content);
  const title = (flow: CompiledFlow) => inline(t(flow.def.title));
  const out: string[] = [];
  const line = (...lines: string[]) => out.push(...lines);

  line(`# ${f.title} (${f.langName})`, "", ...f.intro.flatMap((p) => [p, ""]));
  line(`_${date} · ${f.stats(flows.length, flows.reduce((n, fl) => n + fl.def.steps.length, 0))}_`, "");

  line(`## ${f.menu}`, "", f.menuNote, "", quote(t("menu-title")), "", `${k("menu-title")}`, "");
  content.flows.menu.forEach((flow, i) => line(`${i + 1}. [${title(flow)}](#${flowAnchor(flow.def.id)}) ${k(flow.def.title)}`));
  line(`${content.flows.menu.length + 1}. ${inline(t("menu-language"))} ${k("menu-language")}`);
  line(`${content.flows.menu.length + 2}. ${inline(t("menu-unit"))} ${k("menu-unit")}`, "");

  line(`## ${f.shared}`, "", f.sharedNote, "");
  for (const key of SHARED_KEYS) {
    if (!content.texts.has(key)) continue;
    line(`### \`${key}\``, "", quote(content.texts.t(lang, key, { ...args, n: "n", total: "N", done: "n" })), "");
  }

  line(`## ${f.flows}`, "", f.flowsNote, "");
  for (const flow of flows) line(...renderFlow(content, flow, f, t, k));
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

function renderFlow(content: Content, flow: CompiledFlow, f: Framing, t: (key: string) => string, k: (key: string) => string): string[] {
  const def = flow.def;
  const out: string[] = [];
  const number = new Map(def.steps.map((s, i) => [s.id, i + 1]));
  const stepLink = (id: string) => `[${f.toStep(number.get(id)!, id)}](#${stepAnchor(def.id, id)})`;
  const flowLink = (id: string) => {
    const target = content.flows.get(id)!;
    return `[${f.toFlow(inline(t(target.def.title)))}](#${flowAnchor(id)})`;
  };
  const menuIndex = content.flows.menu.findIndex((m) => m.def.id === def.id);
  const openers = [...content.flows.all()].filter((o) => o.def.steps.some((s) => s.kind === "choice" && s.choices.some((c) => c.flow === def.id)));
  const file = isAbsolute(flow.source) ? relative(PROJECT_ROOT, flow.source) : flow.source;

  out.push(`<a id="${flowAnchor(def.id)}"></a>`, "", `### ${f.flowHeading(inline(t(def.title)))}`, "");
  out.push(`- ${f.file}: \`${file}\` · id \`${def.id}\` · ${k(def.title)}`);
  const where: string[] = [];
  if (def.id === ONBOARDING) where.push(f.firstContact);
  if (menuIndex >= 0) where.push(f.inMenu(menuIndex + 1));
  if (openers.length) where.push(`${f.openedFrom}: ${openers.map((o) => `[«${inline(t(o.def.title))}»](#${flowAnchor(o.def.id)})`).join(", ")}`);
  if (where.length === 0) where.push(f.searchOnly);
  out.push(...where.map((w) => `- ${w}`));
  out.push(`- ${f.field}: \`${def.field}\`${def.procedure ? ` · ${f.procedure}: \`${def.procedure}\`` : ""}`, "");

  if (def.about) {
    out.push(`#### ${f.facts}`, "", `| | |`, `|---|---|`);
    for (const fact of ["fee", "time", "handler", "online", "relative"] as const) {
      out.push(`| ${f.fact[fact]} | ${inline(t(def.about[fact]))} ${k(def.about[fact])} |`);
    }
    if (def.about.code) {
      const url = `https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${def.about.code}`;
      out.push(`| ${f.fact.code} | [${def.about.code}](${url}) |`);
    }
    out.push("");
  }
  if (def.sources?.length) out.push(`#### ${f.sources}`, "", ...def.sources.map((s) => `- ${inline(s)}`), "");
  if (def.reviewed) out.push(`**${f.reviewed}:** ${def.reviewed}`, "");
  if (def.verify?.length) out.push(`#### ${f.verify}`, "", ...def.verify.map((v) => `- 🔎 ${inline(v)}`), "");

  out.push(`#### ${f.steps}`, "");
  for (const step of def.steps) {
    const n = number.get(step.id)!;
    out.push(`<a id="${stepAnchor(def.id, step.id)}"></a>`, "", `##### ${f.step(n)} · ${f.kinds[step.kind]} · \`${step.id}\``, "");
    if (step.warn === "scam") out.push(f.scamBefore, "");
    out.push(quote(t(step.text)), "", k(step.text), "");
    const after = step.kind === "choice" || step.kind === "end" ? undefined : (step.next ?? flow.fallthrough.get(step.id));

    switch (step.kind) {
      case "choice":
        out.push(`${f.buttons}:`, "");
        step.choices.forEach((c, i) => {
          const target = c.flow ? flowLink(c.flow) : stepLink(c.next ?? flow.fallthrough.get(step.id)!);
          const notes: string[] = [];
          if (c.set?.assisted === true) notes.push(f.assisted);
          if (c.profile?.lang) notes.push(f.setsLang(c.profile.lang));
          if (c.profile?.remind !== undefined) notes.push(f.setsRemind(c.profile.remind));
          out.push(`${i + 1}. «${inline(t(c.label))}» → ${target}${notes.length ? ` (${notes.join("; ")})` : ""} ${k(c.label)}`);
        });
        out.push("");
        break;
      case "checklist":
        out.push(`${f.items}:`, "", ...step.items.map((item) => `- ⬜ ${inline(t(item.label))} ${k(item.label)}`), "");
        break;
      case "question":
        out.push(`- ${f.typed}: ${f.validators[step.validate] ?? step.validate}`);
        out.push(`- ${f.invalid}: ${inline(t(step.invalid))} ${k(step.invalid)}`);
        if (step.skip) out.push(`- ${f.skip}: «${inline(t(step.skip))}» → ${after ? stepLink(after) : "—"} ${k(step.skip)}`);
        out.push("");
        break;
      case "info":
        if (step.links.length) out.push(`${f.links}:`, "", ...step.links.map((l) => `- «${inline(t(l.label))}» → <${l.url}> ${k(l.label)}`), "");
        break;
      case "unit":
        out.push(`${f.unitList}: ${content.units.units.map((u) => u.name).join(", ")}`, "");
        break;
      case "end":
        out.push(`🏁 ${f.ends}: ${f.outcomes[step.outcome ?? def.outcome] ?? step.outcome ?? def.outcome}`, "");
        break;
    }
    if (after && step.kind !== "choice" && step.kind !== "end") out.push(`➡️ ${f.after[step.kind]}: ${stepLink(after)}`, "");
  }
  out.push("---", "");
  return out;
}

function parseArgs(args: string[]): { out: string } | { error: string } {
  let out = DEFAULT_EXPORT_DIR;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--out" && args[i + 1] && !args[i + 1]!.startsWith("--")) out = args[++i]!;
    else if (arg.startsWith("--out=") && arg.length > 6) out = arg.slice(6);
    else return { error: `tham số không hiểu được: ${arg}` };
  }
  return { out };
}

export const contentCommand: CliCommand = {
  name: "content",
  usage: "export [--out DIR]",
  summary: `xuất toàn bộ nội dung ra Markdown, mỗi ngôn ngữ một tệp (mặc định ./${DEFAULT_EXPORT_DIR}/)`,
  async run(args, ctx) {
    const [sub, ...rest] = args;
    const parsed = sub === "export" ? parseArgs(rest) : { error: sub ? `không có lệnh con "${sub}"` : "thiếu lệnh con" };
    if ("error" in parsed) {
      ctx.err(`${parsed.error}\nCách dùng: npm run cli -- content export [--out DIR]`);
      return 2;
    }
    const content = loadContent({ unitsFile: ctx.config.unitsFile });
    const dir = resolve(parsed.out);
    await mkdir(dir, { recursive: true });
    const date = new Date(ctx.now()).toISOString().slice(0, 10);
    for (const lang of languages) {
      const file = join(dir, `catalogue.${lang}.md`);
      const text = renderCatalogue(content, lang, date);
      await writeFile(file, text, "utf8");
      ctx.out(`Đã ghi ${relative(process.cwd(), file) || file} (${Buffer.byteLength(text)} byte).`);
    }
    const review = join(dir, "khmer-review.csv");
    const sheet = renderKhmerReview(join(PROJECT_ROOT, "locales"), join(PROJECT_ROOT, "content", "khmer-back-translations.yaml"));
    await writeFile(review, sheet, "utf8");
    ctx.out(`Đã ghi ${relative(process.cwd(), review) || review}: bảng cho người đọc duyệt tiếng Khmer (${Buffer.byteLength(sheet)} byte).`);
    return 0;
  },
};
