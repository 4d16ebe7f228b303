/**
 * What the bot says to officials. Officials read Vietnamese only, so these live here rather than in
 * the citizens' Fluent files (which are translated into Khmer and English).
 */
import { displayCode } from "../roles/invite-code.js";
import { ROLE_NAMES, type Role } from "../roles/role.js";

export const T = {
  denied: "Lệnh này dành cho cán bộ.",
  busy: "Hệ thống đang bận, vui lòng thử lại sau ít phút.",
  staleButton: "Nút này không còn dùng được. Gõ /thongke để xem số liệu mới.",
  unknownUnit: (text: string) => `Không tìm thấy xã hay tỉnh “${text}”. Gõ tên xã hoặc tỉnh (có dấu hoặc không dấu), ví dụ: /thongke Long Hiệp, /thongke Vĩnh Long.`,
  outOfScope: (names: string) => `Bạn chỉ xem được số liệu của: ${names}.`,
  chartCaption: (current: string, previous: string) => `Biểu đồ hồ sơ nộp trực tuyến: ${current} so với ${previous}.`,
  exportCaption: (current: string) => `Báo cáo hồ sơ nộp trực tuyến: ${current}.`,
  fileRefused: (name: string) => `Zalo chưa nhận tệp ${name}. Số liệu của tệp ở ngay dưới đây; muốn có tệp Excel, gửi /xuatbaocao trên Telegram.`,
  buttons: {
    week: "Tuần này",
    month: "Tháng này",
    quarter: "Quý này",
    year: "Năm nay",
    chart: "📊 Biểu đồ",
    export: "📄 Xuất Excel",
  },

  redeemUsage: "Gửi mã mời kèm lệnh, ví dụ: /kichhoat ABCD-EFGH",
  redeemUnknown: "Mã không đúng hoặc đã hết hạn (mã dùng được một lần, trong 48 giờ). Vui lòng kiểm tra lại hoặc xin mã mới.",
  redeemTooMany: "Bạn đã nhập sai mã nhiều lần. Vui lòng thử lại sau một giờ.",
  redeemOk: (role: Role, unitName: string | null) =>
    `Đã kích hoạt quyền ${ROLE_NAMES[role]}${unitName ? ` (${unitName})` : ""}. Các lệnh dành cho bạn đã có trong menu lệnh; gõ /thongke để xem số liệu.`,

  inviteUsage:
    "Cách dùng: /moi <vai trò> [xã]\nVai trò: canbo (cán bộ), tocongtac (tổ công tác), quantri (quản trị).\nVí dụ: /moi canbo Long Hiệp, hoặc /moi canbo (xem mọi xã).",
  inviteCreated: (code: string, role: Role, unitName: string | null, expires: string) =>
    `Mã mời: <code>${displayCode(code)}</code>\nQuyền: ${ROLE_NAMES[role]}${unitName ? ` (${unitName})` : ""}\nHết hạn: ${expires}, dùng một lần.\nNgười được mời gửi cho trợ lý: /kichhoat ${displayCode(code)}`,

  pendingTitle: "<b>Mã mời chưa dùng</b>",
  pendingEmpty: "Không có mã mời nào đang chờ.",
  pendingHint: "Hủy một mã: /huymoi ABCD-EFGH",
  cancelUsage: "Cách dùng: /huymoi <mã mời>. Xem các mã đang chờ bằng /loimoi.",
  inviteCancelled: "Đã hủy mã mời. Mã này không dùng được nữa.",
  cancelUnknown: "Không có mã mời nào như vậy đang chờ (có thể đã dùng hoặc hết hạn).",
  invitesCancelled: (n: number) => `Đã hủy ${n} mã mời người này tạo mà chưa ai dùng.`,

  revokeUsage: "Cách dùng: /thuhoi <mã người dùng> [vai trò]. Xem mã người dùng bằng /quyen.",
  revokeProtected: "Không thể thu hồi quyền của quản trị được cấu hình sẵn (BOT_ADMINS).",
  revokeNone: (user: string) => `Người dùng ${user} không có quyền nào để thu hồi.`,
  revoked: (user: string, roles: Role[]) => `Đã thu hồi quyền ${roles.map((r) => ROLE_NAMES[r]).join(", ")} của người dùng ${user}.`,

  holdersTitle: "<b>Người có quyền</b>",
  noHolders: "Chưa có ai ngoài quản trị được cấu hình sẵn.",
  auditTitle: "<b>Nhật ký cấp và thu hồi quyền</b> (mới nhất trước)",
  auditEmpty: "Chưa có lần cấp hay thu hồi nào.",

  digestUsage: "Cách dùng: /baocaongay bat (nhận số liệu hôm qua lúc 7:00 mỗi sáng) hoặc /baocaongay tat.",
  digestOn: "Đã bật: mỗi sáng lúc 7:00 bạn sẽ nhận số liệu của ngày hôm trước.",
  digestOff: "Đã tắt báo cáo hằng ngày.",
  digestUnavailable: "Báo cáo hằng ngày chưa được bật trên máy chủ này.",
};

/** Descriptions in the command menu of people who hold a role. */
export const MENU = {
  official: [
    { command: "thongke", description: "Thống kê hồ sơ nộp trực tuyến theo xã" },
    { command: "xuatbaocao", description: "Xuất báo cáo (Excel, CSV)" },
    { command: "baocaongay", description: "Bật/tắt báo cáo hằng ngày lúc 7:00" },
  ],
  admin: [
    { command: "moi", description: "Tạo mã mời cấp quyền" },
    { command: "loimoi", description: "Mã mời chưa dùng" },
    { command: "huymoi", description: "Hủy một mã mời" },
    { command: "quyen", description: "Danh sách người có quyền" },
    { command: "thuhoi", description: "Thu hồi quyền" },
    { command: "nhatky", description: "Nhật ký cấp và thu hồi quyền" },
  ],
};
