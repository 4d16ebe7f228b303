/**
 * Checks on the shipped content: every text in every language, every step reachable from the menu
 * by pressing buttons, every screen with a way home, Telegram's limits respected, and nothing that
 * teaches rules which no longer exist.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ONBOARDING, type CompiledFlow } from "../../src/flows/catalogue.js";
import { loadContent, PROJECT_ROOT } from "../../src/flows/content.js";
import { runEngine } from "../../src/flows/engine.js";
import type { ValidatorName } from "../../src/flows/schema.js";
import { languages, type ChatState, type EngineInput, type Lang, type Reply } from "../../src/flows/types.js";
import { shippedContext } from "./fixtures.js";
import { ScreenRenderer } from "../../src/flows/screens.js";

const content = loadContent();
const ctx = shippedContext(content);

/** Message ids and the placeholders each one uses, read from the Fluent source. */
function placeholders(lang: Lang): Map<string, string> {
  const source = readFileSync(join(PROJECT_ROOT, "locales", `${lang}.ftl`), "utf8");
  const result = new Map<string, string>();
  let current: string | null = null;
  for (const line of source.split("\n")) {
    const head = /^([a-z][a-z0-9-]*)\s*=/.exec(line);
    if (head) {
      current = head[1]!;
      result.set(current, "");
    }
    if (current && (head || /^\s/.test(line))) {
      const vars = [...line.matchAll(/\{\s*\$([a-z_]+)\s*\}/gi)].map((m) => m[1]);
      result.set(current, [...new Set([...result.get(current)!.split(",").filter(Boolean), ...vars])].sort().join(","));
    } else if (!head && line.trim() !== "" && !line.startsWith("#")) current = null;
  }
  return result;
}

describe("locales", () => {
  const vi = placeholders("vi");
  it.each(["km", "en"] as const)("%s has every Vietnamese key with the same placeholders", (lang) => {
    const other = placeholders(lang);
    const missing = [...vi.keys()].filter((k) => !other.has(k));
    expect(missing).toEqual([]);
    const mismatched = [...vi.entries()].filter(([k, v]) => other.get(k) !== v).map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it("the Khmer file says it awaits review by a native speaker", () => {
    const head = readFileSync(join(PROJECT_ROOT, "locales/km.ftl"), "utf8").split("\n").slice(0, 5).join("\n");
    expect(head).toMatch(/native/i);
  });
});

/** A valid answer for each validator, so question steps without a skip button are explored too. */
const sampleAnswers: Record<ValidatorName, string> = { dossier_code: "H62.22-250101-0001", date: "01/07/2025", number: "2", any_text: "xin chào" };

const explored = new Map<Lang, ReturnType<typeof exploreFrom>>();
/** Explores every screen reachable by pressing buttons, from the onboarded main menu, in one language. */
function explore(lang: Lang) {
  if (!explored.has(lang)) explored.set(lang, exploreFrom(lang));
  return explored.get(lang)!;
}

function exploreFrom(lang: Lang) {
  let start = runEngine(ctx, null, { kind: "start" }).state;
  start = { ...start, lang, unit: content.units.units[0]!.code, flow: undefined, step: undefined };
  const first = runEngine(ctx, start, { kind: "menu" });
  const queue: Array<{ state: ChatState; replies: Reply[] }> = [first];
  const seen = new Set<string>();
  const visited = new Set<string>();
  const screens: Reply[] = [];
  /** Each arrival at a step marked `warn: scam`, and whether the warning came before its screen. */
  const warned: Array<{ step: string; lang: Lang; ok: boolean }> = [];
  while (queue.length > 0 && seen.size < 20_000) {
    const { state, replies } = queue.shift()!;
    screens.push(...replies);
    if (state.flow) visited.add(`${state.flow}/${state.step}`);
    const inputs: EngineInput[] = replies.flatMap((r) => r.buttons?.flat() ?? []).flatMap((b) => ("data" in b ? [{ kind: "button" as const, data: b.data }] : []));
    const step = state.flow && state.step ? ctx.flows.get(state.flow)?.steps.get(state.step) : undefined;
    if (step?.kind === "question") inputs.push({ kind: "text", text: sampleAnswers[step.validate] });
    for (const input of inputs) {
      const next = runEngine(ctx, state, input);
      for (const e of next.events) {
        if (e.type !== "step_reached") continue;
        visited.add(`${e.flow}/${e.step}`);
        // Arriving at a warned step from one that was not (a chain of warned screens warns once).
        const from = state.flow === e.flow ? step : undefined;
        if (ctx.flows.get(e.flow)?.steps.get(e.step)?.warn === "scam" && from?.warn !== "scam") {
          // In the language of the moment: the exploration may have switched language on the way.
          const now = next.state.lang ?? "vi";
          const at = next.replies.findIndex((r) => r.text === content.texts.t(now, "scam-warning"));
          warned.push({ step: `${e.flow}/${e.step}`, lang: now, ok: at >= 0 && at < next.replies.length - 1 });
        }
      }
      // Places, not every combination of ticked papers: that would explode and prove nothing more.
      const { flow, step: at, lang: l, unit, resume, vars } = next.state;
      const key = JSON.stringify([flow, at, l, unit, resume, vars?.assisted]);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(next);
    }
  }
  return { visited, screens, warned };
}

describe.each(languages)("the catalogue in %s", (lang) => {
  const { visited, screens } = explore(lang);

  it("reaches every step of every flow from the main menu", () => {
    const unreachable = [...content.flows.all()]
      .filter((f) => f.def.id !== ONBOARDING)
      .flatMap((f) => f.def.steps.map((s) => `${f.def.id}/${s.id}`))
      .filter((id) => !visited.has(id));
    expect(unreachable).toEqual([]);
  });

  it("offers a way home on every screen and keeps within Telegram's limits", () => {
    const anyHome = new Set(languages.map((l) => content.texts.t(l, "nav-home")));
    // The main menu is home itself (in any language: the language can be changed on the way).
    const menuMarkers = new Set(languages.map((l) => content.texts.t(l, "menu-language")));
    for (const screen of screens.filter((r) => r.buttons?.length)) {
      const isMenu = screen.buttons!.flat().some((b) => menuMarkers.has(b.label));
      if (!isMenu) expect(screen.buttons!.flat().some((b) => anyHome.has(b.label)), screen.text).toBe(true);
      expect(screen.text.length).toBeLessThanOrEqual(4096);
      for (const b of screen.buttons!.flat()) {
        if ("data" in b) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
        else expect(b.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/);
        expect(b.label.trim().length).toBeGreaterThan(0);
      }
    }
  });
});

describe.each(languages)("the scam warning in %s", (lang) => {
  const { warned } = explore(lang);

  it("is shown, in this language, before the screen of every step marked warn: scam", () => {
    // A chain of "one action each" screens (`more`) warns once, on entering its first screen.
    const continues = (f: CompiledFlow, id: string) => /-\d+$/.test(id) && f.steps.get(id.replace(/-\d+$/, ""))?.warn === "scam";
    const marked = [...content.flows.all()].flatMap((f) => f.def.steps.filter((s) => s.warn === "scam" && !continues(f, s.id)).map((s) => `${f.def.id}/${s.id}`));
    expect(marked.length).toBeGreaterThan(20);
    const inThisLanguage = warned.filter((w) => w.lang === lang);
    expect([...new Set(inThisLanguage.map((w) => w.step))].sort()).toEqual(marked.filter((id) => !id.startsWith(`${ONBOARDING}/`)).sort());
    expect(warned.filter((w) => !w.ok).map((w) => `${w.lang}:${w.step}`)).toEqual([]);
  });
});

/**
 * Steps that tell people to type or set an OTP, a password or a passcode, or to log in, must be marked
 * `warn: scam` (the issue: "scam warnings shown automatically before every step that involves an OTP
 * or a password"). Read from the Vietnamese reference; sentences that say *not* to type one are ignored.
 */
const INVOLVES_SECRET = /\b(nhập|đặt|gõ)( lại)? (mã OTP|mật khẩu|passcode)|đăng nhập (bằng|dichvucong)|bấm "Đăng nhập"/i;
const NOT_TYPING = /(không phải|khỏi|đừng|không) (gõ|nhập)[^.\n]*/gi;
/** Reviewed exceptions: steps that mention logging in only in passing, with the reason. */
const NOT_A_LOGIN_STEP: Record<string, string> = {
  "nguoi-than/intro": "an overview of filing for a relative; the warning comes before step never, about passwords and OTPs",
};

describe("steps that involve an OTP or a password", () => {
  const args = { unit: "U", office: "O", address: "A", thursday: "T" };
  const involved = [...content.flows.all()].flatMap((f) =>
    f.def.steps
      .filter((s) => s.kind !== "end" && INVOLVES_SECRET.test(content.texts.t("vi", s.text, args).replace(NOT_TYPING, "")))
      .map((s) => ({ id: `${f.def.id}/${s.id}`, warn: s.warn })),
  );

  it("are found (the check itself works)", () => {
    expect(involved.map((s) => s.id)).toEqual(expect.arrayContaining(["vneid/activate-3", "vneid/login_a-5", "vneid/login_b", "quen-mk/steps-5", "otp-cu/nfc"]));
  });

  it("are all marked warn: scam, so the warning is shown before them", () => {
    expect(involved.filter((s) => s.warn !== "scam" && !(s.id in NOT_A_LOGIN_STEP)).map((s) => s.id)).toEqual([]);
  });

  it("exceptions name steps that exist and still mention logging in", () => {
    for (const id of Object.keys(NOT_A_LOGIN_STEP)) expect(involved.map((s) => s.id)).toContain(id);
  });
});

/** Today's date in Vietnam (UTC+7, no daylight saving), the calendar the reviewers write in. */
const todayInVietnam = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const procedures = [...content.flows.all()].filter((f) => f.def.procedure);

describe("procedure facts", () => {
  it("exist for the main procedures", () => {
    expect(procedures.length).toBeGreaterThanOrEqual(15);
  });

  it.each(procedures.map((f) => [f.def.id, f] as const))("%s has its facts, sources and a review date not in the future", (_id, flow) => {
    const def = flow.def;
    expect(def.about, "about: fee, time, handler, online, relative").toBeDefined();
    expect(def.sources?.length ?? 0).toBeGreaterThan(0);
    for (const source of def.sources ?? []) expect(source.trim().length).toBeGreaterThan(5);
    expect(def.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${def.reviewed}T00:00:00Z`).toISOString().slice(0, 10), "a real calendar date").toBe(def.reviewed);
    expect(def.reviewed! <= todayInVietnam, `reviewed ${def.reviewed} is after today (${todayInVietnam})`).toBe(true);
  });

  it("every review date in the catalogue is a real date, not in the future", () => {
    for (const flow of content.flows.all()) {
      const reviewed = flow.def.reviewed;
      if (!reviewed) continue;
      expect(new Date(`${reviewed}T00:00:00Z`).toISOString().slice(0, 10), flow.def.id).toBe(reviewed);
      expect(reviewed <= todayInVietnam, flow.def.id).toBe(true);
    }
  });

  /** How "check the portal" reads in each language. */
  const portal: Record<Lang, RegExp> = { vi: /Cổng/, km: /វិបផតថល/, en: /portal/i };

  it.each(procedures.filter((f) => f.def.verify?.length).map((f) => [f.def.id, f] as const))(
    "%s: a fee or time limit still to verify is shown with 'check the portal', in every language",
    (_id, flow) => {
      const about = flow.def.about!;
      const notes = flow.def.verify!.join("\n");
      const facts: Array<keyof typeof about> = [];
      if (/\bfees?\b/i.test(notes)) facts.push("fee");
      if (/\btime\b/i.test(notes)) facts.push("time");
      for (const fact of facts) {
        for (const lang of languages) {
          const text = content.texts.t(lang, about[fact]!);
          expect(text, `${flow.def.id} ${fact} in ${lang}: ${text}`).toMatch(portal[lang]);
        }
      }
    },
  );

  it("a fee shown as set by the province always sends people to the portal", () => {
    for (const flow of procedures) {
      const fee = content.texts.t("vi", flow.def.about!.fee);
      if (/theo mức của tỉnh|trễ hạn/i.test(fee)) expect(fee, flow.def.id).toMatch(portal.vi);
    }
  });

  it("links to a procedure page carry the flow's own portal code", () => {
    for (const flow of content.flows.all()) {
      for (const step of flow.def.steps) {
        if (step.kind !== "info") continue;
        for (const link of step.links) {
          const code = new URL(link.url).searchParams.get("ma_thu_tuc");
          if (code) expect(code, `${flow.def.id}/${step.id}`).toBe(flow.def.about?.code);
        }
      }
    }
  });
});

describe("addresses", () => {
  const sources = [
    ...languages.map((l) => [`locales/${l}.ftl`, readFileSync(join(PROJECT_ROOT, "locales", `${l}.ftl`), "utf8")] as const),
    ...readdirSync(join(PROJECT_ROOT, "content/flows")).map((f) => [`content/flows/${f}`, readFileSync(join(PROJECT_ROOT, "content/flows", f), "utf8")] as const),
  ];

  it("every URL written in the locales and flows is a well-formed https address", () => {
    const urls = sources.flatMap(([file, text]) => [...text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)\]}]+/gi)].map((m) => ({ file, url: m[0] })));
    expect(urls.length).toBeGreaterThan(10);
    for (const { file, url } of urls) {
      const parsed = URL.canParse(url) ? new URL(url) : null;
      expect(parsed, `${file}: ${url}`).not.toBeNull();
      expect(parsed!.protocol, `${file}: ${url}`).toBe("https:");
      expect(parsed!.hostname, `${file}: ${url}`).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/);
      expect(parsed!.username + parsed!.password, `${file}: ${url}`).toBe("");
    }
  });

  it("every link button in the flows is https", () => {
    for (const flow of content.flows.all()) {
      for (const step of flow.def.steps) if (step.kind === "info") for (const link of step.links) expect(new URL(link.url).protocol).toBe("https:");
    }
  });
});

describe("step texts", () => {
  it("use only the placeholders a screen fills in ($unit, $office, $address, $thursday)", () => {
    const vi = placeholders("vi");
    const allowed = new Set(["unit", "office", "address", "thursday"]);
    for (const flow of content.flows.all()) {
      for (const step of flow.def.steps) {
        const keys = [step.text];
        if (step.kind === "choice") keys.push(...step.choices.map((c) => c.label));
        if (step.kind === "checklist") keys.push(...step.items.map((i) => i.label));
        if (step.kind === "question") keys.push(step.invalid, ...(step.skip ? [step.skip] : []));
        if (step.kind === "info") keys.push(...step.links.map((l) => l.label));
        for (const key of keys) {
          const used = (vi.get(key) ?? "").split(",").filter(Boolean);
          expect(used.filter((v) => !allowed.has(v)), `${flow.def.id}/${step.id} ${key}`).toEqual([]);
        }
      }
    }
  });
});

describe("today's rules", () => {
  const all = ["vi", "km", "en"].map((l) => readFileSync(join(PROJECT_ROOT, "locales", `${l}.ftl`), "utf8")).join("\n");
  const flows = [...content.flows.all()].map((f) => JSON.stringify(f.def)).join("\n");
  it.each([
    ["the closed Trà Vinh provincial portal", /travinh\.gov\.vn/i],
    ['"cấp huyện" as a place to file', /(nộp|nop)[^.\n]{0,40}(cấp huyện|cap huyen|UBND huyện)/i],
    ["registering a portal account for individuals", /đăng ký tài khoản (trên )?Cổng (Dịch vụ công|DVC)/i],
  ])("never mentions %s", (_what, pattern) => {
    expect(all).not.toMatch(pattern);
    expect(flows).not.toMatch(pattern);
  });

  // Corrections from the 2026 facts (../shared/domain/portal-facts-2026.md §6).
  const vi = readFileSync(join(PROJECT_ROOT, "locales", "vi.ftl"), "utf8");
  const en = readFileSync(join(PROJECT_ROOT, "locales", "en.ftl"), "utf8");
  it.each([
    ["the device-change timeline given for unconfirmed numbers", /(chưa xác nhận|never confirmed|not confirmed)[^\n]*30 (ngày|days)/i],
    ["civil status at any commune without naming the deciding one", /(hộ tịch[^\n]*nộp ở xã nào cũng được|khai sinh nộp ở xã nào|can be filed at any commune|any commune can register)/i],
    ["an unsourced 7-10 days to change the VNeID phone number", /(7 đến 10 ngày|7 to 10 days|7–10)/i],
    ["unemployment benefit 'paid from' the 11th working day", /(trả từ ngày làm việc thứ 11|paid from the 11th)/i],
  ])("no longer teaches %s", (_what, pattern) => {
    expect(vi).not.toMatch(pattern);
    expect(en).not.toMatch(pattern);
  });

  it.each(languages)("does not make an own-name SIM a condition of VNeID level 2 (%s)", (lang) => {
    const level2 = ["vneid-bring", "vneid-bring-sim", "vneid-nochip"].map((key) => content.texts.t(lang, key)).join("\n");
    expect(level2).not.toMatch(/(sim đứng tên chính mình|phải đứng tên đúng người dùng|SIM in your own name|registered in your own name|ស៊ីមចុះឈ្មោះខ្លួនឯង)/i);
  });

  it.each([
    ['"Không sử dụng" for numbers that are not theirs', /Không sử dụng/],
    ["the in-app way to change the VNeID phone number", /Thay đổi số điện thoại/],
    ["the parents' commune for a birth", /xã nơi cha hoặc mẹ/],
    ["the deceased's last residence for a death", /nơi người mất ở lần cuối/],
  ])("teaches %s", (_what, pattern) => {
    expect(vi).toMatch(pattern);
  });

  it("sends province-handled procedures to the province, not to a 'file at the commune' button", () => {
    const labels = [...content.flows.all()].flatMap((flow) =>
      flow.def.steps.flatMap((st) => (st.kind === "choice" ? st.choices.filter((c) => c.next && flow.steps.get(c.next)?.text === "prov-office").map((c) => c.label) : [])),
    );
    expect(labels.length).toBeGreaterThanOrEqual(2); // unemployment and LPG at least
    expect(new Set(labels)).toEqual(new Set(["proc-how-province"]));
  });
});

describe("Khmer that says what it means", () => {
  const km = readFileSync(join(PROJECT_ROOT, "locales", "km.ftl"), "utf8");
  it("calls the land certificate a use-rights certificate, never an ownership title", () => {
    expect(km).not.toContain("ប័ណ្ណកម្មសិទ្ធិដី");
    expect(km).toContain("វិញ្ញាបនបត្រសិទ្ធិប្រើប្រាស់ដី");
  });

  it("asks for Latin capital and small letters (Khmer script has no case)", () => {
    for (const key of ["vneid-activate-4", "pw-rules"]) {
      const text = content.texts.t("km", key);
      expect(text).toContain("អក្សរឡាតាំងធំ");
      expect(text).toContain("អក្សរឡាតាំងតូច");
    }
  });

  it("addresses the reader politely (លោកអ្នក), never with the plain អ្នក", () => {
    const plain = /(?<!លោក)(?:(?:របស់|តើ|មក|ជាមួយ|បើ|ជួយ)អ្នក(?!ដទៃ|ណា|ទៅធ្វើ|ដែល|ប្រើ|អះអាង|ដាក់|ហៅ|ចុះ|សុំ|ទាំងពីរ)|(?:^|\s|[។?!៖(])អ្នក(?:នឹង|មិន|បាន|កំពុង|អាច|ចង់|នៅតែ|យល់|ត្រូវ))/mu;
    expect(km.split("\n").filter((line) => !line.startsWith("#") && plain.test(line))).toEqual([]);
  });

  it("follows every Vietnamese screen label it keeps with its meaning in Khmer", () => {
    const vietnamese = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĂÂĐÊÔƠƯ]/;
    const unexplained = km
      .split("\n")
      .filter((line) => !line.startsWith("#"))
      .flatMap((line) => [...line.matchAll(/"([^"]+)"/g)].filter((m) => vietnamese.test(m[1]!) && !/^\s*\(\P{Script=Latin}/u.test(line.slice(m.index + m[0].length))).map((m) => m[1]));
    expect(unexplained).toEqual([]);
  });

  it("tells a Khmer reader where the commune's office is in Khmer, the place name as the sign writes it", () => {
    const flow = content.flows.get("nhan-cha-me-con")!;
    const step = flow.def.steps.find((s) => s.id === "office")!;
    const text = new ScreenRenderer(ctx).step({ v: 1, seq: 0, at: 0, lang: "km", unit: "long-hiep", flow: flow.def.id, step: step.id }, flow, step).text;
    expect(text).toContain("មជ្ឈមណ្ឌលសេវាសាធារណៈរបស់ឃុំ Long Hiệp");
    expect(text).toContain("ទីស្នាក់ការគណៈកម្មាធិការប្រជាជនឃុំ Long Hiệp");
    expect(text).toContain("រៀងរាល់ថ្ងៃព្រហស្បតិ៍ ម៉ោង 7:00–11:00");
    expect(text).not.toContain("Trung tâm Phục vụ");
  });

  it("speaks of a death gently (មរណភាព), never with the blunt ស្លាប់", () => {
    expect(km.split("\n").filter((line) => !line.startsWith("#") && line.includes("ស្លាប់"))).toEqual([]);
  });

  it("keeps the password and the passcode apart in the scam warning", () => {
    expect(content.texts.t("km", "scam-secret")).toContain("ពាក្យសម្ងាត់ និង passcode");
  });
});

