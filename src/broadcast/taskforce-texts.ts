/**
 * What the bot says to the task force and admins. Vietnamese only: these are officials of a
 * Vietnamese commune, and the wording is part of their procedure, so it lives with the code that
 * uses it rather than in the citizen locale files.
 */
import { DateTime } from "luxon";
import { LOCAL_ZONE } from "./quiet-hours.js";
import type { Run } from "./run-store.js";

const n = (x: number) => new Intl.NumberFormat("vi-VN").format(x);

const CHANNEL_NAMES: Record<string, string> = { telegram: "Telegram", zalo: "Zalo" };

/** "(Telegram 80 · Zalo 40)" when more than one channel delivered, else "". */
function perChannel(run: Pick<Run, "byChannel">): string {
  const order = (ch: string) => (ch in CHANNEL_NAMES ? Object.keys(CHANNEL_NAMES).indexOf(ch) : 99);
  const parts = Object.entries(run.byChannel)
    .filter(([, c]) => (c.ok ?? 0) > 0)
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([channel, c]) => `${CHANNEL_NAMES[channel] ?? channel} ${n(c.ok ?? 0)}`);
  return parts.length > 1 ? ` (${parts.join(" · ")})` : "";
}

/** Why some were not written to: the channel's window, in plain words. */
const outOfWindowLine = (count: number) =>
  `• Chưa gửi được vì người dân lâu chưa nhắn cho trang Zalo của xã (Zalo chỉ cho gửi trong thời gian cho phép sau tin nhắn cuối của họ): ${n(count)}`;
/** "12,5" Stars from milli-Stars, the way Telegram shows a Star balance (decimals only when needed). */
const stars = (milli: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(milli / 1000);
/** What the paid part of a broadcast cost, in words an official can put in the accounts. */
const costLine = (milli: number) => `• Gửi nhanh có trả phí của Telegram: đã dùng ${stars(milli)} Sao (Telegram Stars)`;
const clock = (at: number) => DateTime.fromMillis(at, { zone: LOCAL_ZONE }).toFormat("HH:mm dd/MM");

export const tf = {
  notAllowed: "⛔ Bác chưa có quyền của Tổ công tác nên chưa gửi thông báo được. Liên hệ quản trị viên để được cấp quyền.",
  notAdmin: "⛔ Lệnh này chỉ dành cho quản trị viên.",

  composeStart:
    "📝 Soạn thông báo mới.\nGửi nội dung thông báo (chữ). Muốn kèm ảnh: gửi một ảnh có chú thích là nội dung.\nBấm Hủy để thôi.",
  composeNeedText: "Thông báo cần có chữ. Gửi nội dung (hoặc một ảnh có chú thích).",
  composeTooLong: (max: number) => `Nội dung dài quá: tối đa ${n(max)} ký tự (ảnh có chú thích: tối đa ${n(max)} ký tự). Bác rút gọn và gửi lại.`,
  composeAudience: "👥 Gửi cho ai? Bấm chọn các xã (bấm lại để bỏ chọn), hoặc chọn Tất cả. Xong thì bấm Xem trước.",
  everyone: (count: number) => `Tất cả người đăng ký (${n(count)})`,
  unitButton: (name: string, count: number, picked: boolean) => `${picked ? "✅ " : ""}${name} (${n(count)})`,
  previewButton: "👀 Xem trước",
  pickSomething: "Chưa chọn xã nào. Chọn ít nhất một xã, hoặc Tất cả.",
  previewHeader: "👀 Người dân sẽ nhận đúng tin dưới đây:",
  previewSummary: (count: number, audience: string, quietNote: string) =>
    `📣 Sẽ gửi tới ${n(count)} người (${audience}).${quietNote}\nGửi ngay?`,
  audienceAll: "tất cả các xã",
  /** Before a paid broadcast is confirmed: the most it can cost (every recipient on Telegram, all paid). */
  paidNote: (maxMilli: number) => `\n⭐ Gửi nhanh có trả phí của Telegram: tối đa ${stars(maxMilli)} Sao (0,1 Sao mỗi tin, trong ngân sách tháng; hết ngân sách thì gửi chậm, không mất phí).`,
  quietNote: (until: string) => `\n🌙 Đang trong giờ yên lặng: sẽ bắt đầu gửi lúc ${until}.`,
  noRecipients: "Không có ai đăng ký trong nhóm đã chọn. Chọn lại người nhận.",
  confirm: "✅ Gửi",
  cancel: "✖️ Hủy",
  back: "⬅️ Chọn lại người nhận",
  cancelled: "Đã hủy, không gửi gì.",
  expired: "Phiên soạn thông báo này đã hết hạn. Gửi /thongbao để soạn lại.",
  alreadyStarted: "Thông báo này đã được gửi đi rồi.",

  progress: (run: Pick<Run, "id" | "total" | "counts" | "quietUntil" | "status">) => {
    const skipped = run.counts.outOfWindow;
    const note = skipped > 0 ? `; ${n(skipped)} người ngoài khung Zalo cho phép nên không gửi` : "";
    const head = `📣 Thông báo #${run.id}: đã gửi ${n(run.counts.done - skipped)}/${n(run.total)}${note}`;
    if (run.status === "stopped") return `${head}\n⏸ Đã dừng.`;
    if (run.quietUntil) return `${head}\n🌙 Tạm dừng trong giờ yên lặng, tự gửi tiếp lúc ${clock(run.quietUntil)}.`;
    return head;
  },
  report: (run: Pick<Run, "id" | "total" | "counts" | "code" | "byChannel" | "costMilli">) => {
    const c = run.counts;
    const lines = [
      `✅ Thông báo #${run.id} (mã ${run.code}) đã gửi xong.`,
      `• Đã nhận: ${n(c.ok)}/${n(run.total)}${perChannel(run)}`,
      ...(c.outOfWindow > 0 ? [outOfWindowLine(c.outOfWindow)] : []),
      `• Đã chặn Trợ lý (đã hủy đăng ký): ${n(c.blocked)}`,
      `• Tài khoản không còn: ${n(c.gone)}`,
      `• Gửi không được: ${n(c.failed)}`,
    ];
    if (c.unsure > 0) lines.push(`• Không rõ đã nhận chưa (máy chủ dừng đột ngột đúng lúc gửi, không gửi lại để tránh trùng): ${n(c.unsure)}`);
    if (run.costMilli > 0) lines.push(costLine(run.costMilli));
    return lines.join("\n");
  },
  stopped: (run: Pick<Run, "id" | "total" | "counts">) =>
    `⏸ Đã dừng thông báo #${run.id}: đã gửi ${n(run.counts.done)}/${n(run.total)}. Bấm Tiếp tục để gửi cho những người còn lại.`,
  resume: "▶️ Tiếp tục gửi",
  resumed: (id: string) => `▶️ Tiếp tục gửi thông báo #${id}.`,
  nothingRunning: "Không có thông báo nào đang gửi.",
  cannotResume: "Thông báo này không tiếp tục được (đã xong hoặc không còn).",
};

/**
 * The last weekly reminder in three lines: when, how many were reached on each channel, and how
 * many could not be written to (out of the Zalo window) or failed.
 */
function lastReminder(run: Pick<Run, "createdAt" | "status" | "total" | "counts" | "byChannel"> | null): string[] {
  if (!run) return ["📬 Chưa gửi lần nhắc nào."];
  const c = run.counts;
  const byChannel = Object.keys(CHANNEL_NAMES).map((ch) => `${CHANNEL_NAMES[ch]} ${n(run.byChannel[ch]?.ok ?? 0)}`).join(" · ");
  const state = run.status === "done" ? "đã gửi xong" : `đang gửi ${n(c.done)}/${n(run.total)}`;
  return [
    `📬 Lần nhắc gần nhất (${clock(run.createdAt)}), ${state}: ${n(c.ok)}/${n(run.total)} người đã nhận (${byChannel}).`,
    `   Ngoài khung Zalo cho phép: ${n(c.outOfWindow)} · Đã chặn hoặc bỏ theo dõi: ${n(c.blocked + c.gone)} · Gửi không được: ${n(c.failed + c.unsure)}.`,
  ];
}

/** Task-force and admin texts for the weekly reminder schedule (/lichnhac). */
export const sched = {
  show: (slots: string, paused: boolean, quiet: string, last: Parameters<typeof lastReminder>[0] = null) =>
    [
      `📅 Lịch nhắc "Ngày thứ Năm chuyển đổi số": ${slots || "(chưa có giờ nào)"}`,
      paused ? "⏸ Đang tạm dừng." : "▶️ Đang chạy.",
      `🌙 Giờ yên lặng: ${quiet}.`,
      ...lastReminder(last),
      "",
      "Lệnh:",
      "• /lichnhac dat T4 17:00, T5 07:00: đặt lại giờ nhắc",
      "• /lichnhac dung: tạm dừng",
      "• /lichnhac tieptuc: chạy lại",
    ].join("\n"),
  quietOff: "không có",
  paused: "⏸ Đã tạm dừng lịch nhắc hằng tuần.",
  resumed: "▶️ Lịch nhắc hằng tuần chạy lại.",
  updated: (slots: string) => `✅ Đã đặt lịch nhắc: ${slots}.`,
  badSlots: "Chưa hiểu giờ nhắc. Ví dụ: /lichnhac dat T4 17:00, T5 07:00 (T2…T7, CN; giờ 24h).",
  inQuiet: (slot: string) => `Giờ ${slot} nằm trong giờ yên lặng nên sẽ không gửi được. Chọn giờ khác.`,
};
