/**
 * What the bot says to officials and the task force about citizens' questions. Vietnamese only, as
 * for the other officials' texts (src/bot/officials-texts.ts).
 */
import type { HandoffStats } from "../handoff/module.js";
import { heading, paragraph, type DocBlock } from "../stats/report-doc.js";

const LANG_NAMES = { vi: "Tiếng Việt", km: "Tiếng Khmer", en: "Tiếng Anh" } as const;

const waited = (ms: number) => {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} phút`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} giờ` : `${Math.round(hours / 24)} ngày`;
};

export const handoffTexts = {
  noUnit: "chưa chọn xã",
  notice: (q: { code: string; unit: string; lang: keyof typeof LANG_NAMES; where: string | null; text: string; followUp: boolean }) =>
    [
      `${q.followUp ? "💬 Người dân hỏi thêm" : "🙋 Câu hỏi mới"} ${q.code} · ${q.unit} · ${LANG_NAMES[q.lang]}`,
      q.where ? `Đang xem: ${q.where}` : "Đang ở menu chính",
      "",
      `“${q.text}”`,
      "",
      "Trả lời: trả lời (reply) vào tin này, bấm Trả lời, hoặc gửi /traloi " + q.code + " <câu trả lời>.",
    ].join("\n"),
  replyButton: "✍️ Trả lời",
  takeButton: "✋ Nhận",
  closeButton: "✅ Đóng",
  moveButton: "↪️ Chuyển xã khác",
  phoneButton: "📞 Xin số điện thoại",
  phoneAsked: (code: string) => `📞 Đã hỏi người dân (${code}) có đồng ý cho số điện thoại không. Nếu đồng ý, số sẽ gửi tới bạn.`,
  phoneShared: (code: string, phone: string) => `📞 Người dân (${code}) đồng ý cho số điện thoại: ${phone}. Số này không được lưu lại; bạn ghi lại nếu cần gọi.`,
  moveAsk: (code: string) => `Chuyển câu hỏi ${code} cho xã nào? Bấm tên xã, hoặc gửi /chuyen ${code} <tên xã>.`,
  moved: (code: string, unit: string) => `↪️ Đã chuyển câu hỏi ${code} cho ${unit}. Cán bộ đang trực ở đó sẽ nhận được.`,
  notMoved: (code: string, unit: string) => `Câu hỏi ${code} đã thuộc ${unit} rồi.`,
  replyPrompt: (code: string) => `✍️ Gõ câu trả lời cho câu hỏi ${code} rồi gửi (trả lời vào tin này).`,
  replyPromptTyped: (code: string) => `✍️ Gửi: /traloi ${code} <câu trả lời>`,
  answered: (code: string) => `✅ Đã chuyển câu trả lời tới người dân (${code}).`,
  answerUsage: "Cách dùng: /traloi H-XXXXX <câu trả lời>",
  taken: (code: string) => `✋ Bạn đã nhận câu hỏi ${code}. Người khác sẽ thấy là đã có người nhận.`,
  takenByOther: (code: string, who: string | null) => `Câu hỏi ${code} đã được ${who ?? "người khác"} nhận.`,
  takenNote: (who: string) => `\n\n✋ ${who} đã nhận câu hỏi này.`,
  closed: (code: string) => `✅ Đã đóng câu hỏi ${code}. Người dân sẽ được hỏi đã được giúp chưa.`,
  alreadyClosed: (code: string) => `Câu hỏi ${code} đã đóng rồi. Nếu người dân hỏi thêm, câu hỏi sẽ mở lại.`,
  unknownTicket: (code: string) => `Không tìm thấy câu hỏi ${code} (có thể đã quá 30 ngày).`,
  notYours: "Câu hỏi này thuộc xã khác, bạn không trả lời được.",
  denied: "Lệnh này dành cho cán bộ.",
  openTitle: "Câu hỏi đang chờ (cũ nhất trước)",
  openLine: (t: { code: string; unit: string; waitedMs: number; takenByName: string | null; answered: boolean }) =>
    `• ${t.code} · ${t.unit} · chờ ${waited(t.waitedMs)}${t.answered ? " · đã trả lời" : ""}${t.takenByName ? ` · ${t.takenByName} nhận` : ""}`,
  openEmpty: "Không có câu hỏi nào đang chờ. 👍",
  dutyOn: "🟢 Bạn đang trực: câu hỏi của người dân xã bạn sẽ gửi tới bạn.",
  dutyOff: "⚪ Bạn đang nghỉ trực: câu hỏi sẽ gửi tới cán bộ khác đang trực, hoặc Tổ công tác.",
  dutyOnButton: "🟢 Bật trực",
  dutyOffButton: "⚪ Tắt trực",
  dutyUsage: "Cách dùng: /trucban (xem), /trucban bat | tat, hoặc (quản trị viên) /trucban <mã người> bat | tat.",
  dutySetFor: (user: string, on: boolean) => `Đã ${on ? "bật" : "tắt"} trực cho ${user}.`,
  feedbackThanks: "Cảm ơn bác đã cho biết.",
  statsLine: (s: { asked: number; answered: number; median: string; up: number; down: number }) =>
    `Hỏi cán bộ: ${s.asked} câu hỏi, ${s.answered} đã trả lời; thời gian trả lời đầu tiên (trung vị): ${s.median}; đánh giá 👍 ${s.up} · 👎 ${s.down}.`,
  waited,
};

/** The "Hỏi cán bộ" section of `/thongke <xã>`. */
export function handoffSection(s: HandoffStats): DocBlock[] {
  const median = s.medianFirstAnswerSeconds === null ? "chưa có" : waited(s.medianFirstAnswerSeconds * 1000);
  return [
    heading("Hỏi cán bộ xã"),
    paragraph(
      handoffTexts.statsLine({ asked: s.asked, answered: s.answered, median, up: s.up, down: s.down }),
      `Nhắc người làm dở: đã nhắc ${s.nudged} người, ${s.resumed} người làm xong sau khi được nhắc.`,
    ),
  ];
}
