/**
 * A small, fixed world for engine tests: two flows using every step kind, three units and texts
 * in Vietnamese (complete) and English (partial, to exercise the fallback).
 */
import { compileFlow, FlowCatalogue } from "../../src/flows/catalogue.js";
import type { Content } from "../../src/flows/content.js";
import type { EngineContext } from "../../src/flows/engine-context.js";
import { assembleContent } from "../../src/flows/content.js";
import { Translator } from "../../src/i18n/translator.js";
import { UnitCatalogue } from "../../src/units/catalogue.js";

export const vi = `
nav-back = Quay lại
nav-home = Về menu
nav-next = Tiếp tục
nav-skip = Bỏ qua
step-counter = Bước { $n }/{ $total }
step-counter-open = Bước { $n }
menu-title = Menu của { $unit }
menu-language = Đổi ngôn ngữ
menu-unit = Đổi xã
checklist-hint = Bấm để đánh dấu.
checklist-progress = Đã có { $done }/{ $total }
stale-button = Menu này đã cũ.
unknown-text = Tôi chưa hiểu.
unknown-text-suggest = Có phải bác cần:
search-opened = Đây là hướng dẫn: { $title }
unsupported-message = Tôi chỉ đọc được chữ.
too-long = Tin nhắn dài quá.
which-button = Bác chọn nút nào?
too-fast = Bác gửi nhanh quá.
too-many-chats = Mở nhiều cuộc trò chuyện quá.
too-many-guides = Bác mở nhiều hướng dẫn quá.
sensitive-warning = Đừng gửi số căn cước, mật khẩu, OTP.
scam-warning = Cảnh báo lừa đảo.
busy = Hệ thống đang bận, vui lòng thử lại sau ít phút.
resume-prompt = Lần trước bác đang làm { $flow } (bước { $n }). Làm tiếp?
resume-continue = Làm tiếp
resume-restart = Làm lại
flow-updated = Hướng dẫn vừa được cập nhật.
unit-found-old = { $old } nay thuộc { $unit }.
unit-not-found = Không tìm thấy { $text }.
unit-none = chưa chọn xã
unit-address-unverified = { $address } (đang cập nhật)
unit-thursday-unverified = { $hours } (hỏi lại xã)
unit-thursday-unknown = hỏi xã
unit-ask-first = Bác ở xã nào?
unit-confirm = Bác chọn { $unit }.
help = Trợ giúp.
session-done = Cảm ơn bác.
ob-title = Bắt đầu
ob-lang = Chọn ngôn ngữ
ob-vi = Tiếng Việt
ob-en = English
ob-unit = Bác ở xã nào?
ob-remind = Nhắc lịch?
ob-yes = Có
ob-no = Không
ob-done = Chào mừng!
demo-title = Làm giấy khai sinh
demo-who = Làm cho ai?
demo-self = Cho con tôi
demo-other = Cho cháu
demo-papers = Chuẩn bị giấy tờ
demo-paper-a = Giấy chứng sinh
demo-paper-b = Căn cước
demo-login = Đăng nhập bằng OTP
demo-link = Mở Cổng
demo-code = Gõ mã hồ sơ
demo-code-bad = Mã hồ sơ chưa đúng.
demo-code-skip = Chưa có mã
demo-office = Hỏi { $office }, địa chỉ { $address }, thứ Năm: { $thursday }.
demo-done = Đã nộp xong.
demo-stop = Hẹn bác lần sau.
demo-none = Để sau
`;

export const en = `
nav-back = Back
nav-home = Home
ob-en = English
demo-title = Birth registration
demo-who = Who is it for?
`;

export const onboardingDef = {
  id: "onboarding",
  title: "ob-title",
  outcome: "none",
  field: "onboarding",
  steps: [
    { id: "lang", kind: "choice", text: "ob-lang", choices: [{ id: "vi", label: "ob-vi", profile: { lang: "vi" } }, { id: "en", label: "ob-en", profile: { lang: "en" } }] },
    { id: "unit", kind: "unit", text: "ob-unit" },
    { id: "remind", kind: "choice", text: "ob-remind", choices: [{ id: "y", label: "ob-yes", profile: { remind: true } }, { id: "n", label: "ob-no", profile: { remind: false } }] },
    { id: "done", kind: "end", text: "ob-done", outcome: "none" },
  ],
};

export const demoDef = {
  id: "demo",
  title: "demo-title",
  menu: 1,
  outcome: "online_filing",
  field: "ho-tich",
  procedure: "khai-sinh",
  keywords: ["khai sinh", "giấy khai sinh cho con"],
  steps: [
    { id: "who", kind: "choice", text: "demo-who", choices: [{ id: "self", label: "demo-self" }, { id: "other", label: "demo-other", set: { assisted: true } }, { id: "none", label: "demo-none", next: "stop" }] },
    { id: "papers", kind: "checklist", text: "demo-papers", items: [{ id: "a", label: "demo-paper-a" }, { id: "b", label: "demo-paper-b" }] },
    { id: "login", kind: "info", text: "demo-login", warn: "scam", links: [{ label: "demo-link", url: "https://dichvucong.gov.vn" }] },
    { id: "code", kind: "question", text: "demo-code", store: "dossier", validate: "dossier_code", invalid: "demo-code-bad", skip: "demo-code-skip", next: "done" },
    { id: "stop", kind: "end", text: "demo-stop", outcome: "info" },
    { id: "done", kind: "end", text: "demo-done" },
  ],
};

export const unitsData = {
  name: "test",
  province: "tỉnh Vĩnh Long",
  validFrom: "2025-07-01",
  units: [
    { code: "tra-cu", name: "xã Trà Cú", aliases: ["thị trấn Trà Cú", "xã Ngãi Xuyên"], office: { name: "TT PVHCC xã Trà Cú", address: "UBND xã" } },
    { code: "long-hiep", name: "xã Long Hiệp", aliases: ["xã Ngọc Biên", "xã Tân Hiệp"], office: { name: "TT PVHCC xã Long Hiệp", address: "UBND xã" } },
    { code: "dai-an", name: "xã Đại An", aliases: ["thị trấn Định An", "xã Định An"], office: { name: "TT PVHCC xã Đại An", address: "UBND xã" } },
  ],
};

export function makeContext(opts: { now?: () => number; flows?: unknown[] } = {}): EngineContext & { clock: { t: number } } {
  const texts = new Translator({ vi, en });
  const has = (k: string) => texts.has(k);
  const flows = new FlowCatalogue((opts.flows ?? [onboardingDef, demoDef]).map((f) => compileFlow(f, "test", has)));
  let counter = 0;
  const clock = { t: Date.UTC(2026, 10, 24, 3, 0, 0) };
  const units = new UnitCatalogue(unitsData);
  const { understander } = assembleContent(texts, flows, units);
  return {
    clock,
    flows,
    texts,
    units,
    now: opts.now ?? (() => clock.t),
    newSessionId: () => `sess${++counter}`,
    understand: (text) => understander.understand(text),
  };
}

/** The engine on the shipped content (content/, locales/), at a fixed time: for content checks. */
export function shippedContext(content: Content): EngineContext {
  return {
    flows: content.flows,
    texts: content.texts,
    units: content.units,
    now: () => Date.UTC(2026, 10, 24, 3),
    newSessionId: () => "s",
    understand: (text) => content.understander.understand(text),
    glossary: content.glossary,
  };
}
