### Trợ lý Dịch vụ công: văn bản tiếng Việt (ngôn ngữ gốc, mọi khóa phải có ở đây).
### Quy tắc: câu ngắn, mỗi bước một việc, gọi người dùng là "bác", giải nghĩa từ khó.

## Giao diện chung (engine dùng)

nav-back = ⬅️ Quay lại
nav-home = 🏠 Về menu
nav-next = Tiếp tục ➡️
nav-skip = Bỏ qua
step-counter = Bước { $n }/{ $total }
step-counter-open = Bước { $n }
menu-title =
    📍 Xã của bác: { $unit }
    Bác cần làm việc gì? Bấm một nút bên dưới.
menu-language = 🌐 Đổi ngôn ngữ
menu-unit = 📍 Đổi xã
checklist-hint = 👉 Bác bấm vào thứ đã có để đánh dấu ✅.
checklist-progress = Đã có { $done }/{ $total } thứ.
stale-button = Menu này đã cũ. Đây là menu mới, bác bấm lại giúp nhé.
unknown-text = Trợ lý chỉ giúp về giấy tờ, thủ tục hành chính và tài khoản VNeID. Bác chọn việc cần làm ở các nút bên dưới nhé.
unknown-text-suggest = Bác cần việc nào? Bác bấm một nút bên dưới nhé.
search-opened = Đây là hướng dẫn: { $title }
unsupported-message = Trợ lý chỉ đọc được chữ. Bác bấm một nút bên dưới nhé.
too-fast = Bác gửi nhanh quá. Bác đợi vài giây rồi bấm tiếp nhé.
too-many-guides = Bác vừa mở nhiều hướng dẫn liền nhau. Bác đợi vài phút rồi mở lại nhé.
too-many-chats = Máy này đã mở nhiều cuộc trò chuyện mới trong một giờ. Bác đợi một lúc rồi thử lại nhé.
which-button = Bác muốn chọn nút nào? Bác bấm vào nút bên dưới, hoặc gõ số thứ tự của nút (1, 2, 3…).
too-long = Tin nhắn dài quá. Bác viết ngắn lại, hoặc bấm một nút bên dưới.
sensitive-warning = ⚠️ Bác đừng gửi số căn cước, mật khẩu hay mã OTP cho ai, kể cả cho Trợ lý này. Tin nhắn vừa rồi không được lưu lại.
sensitive-delete-yourself = 🗑️ Bác hãy tự xóa tin nhắn vừa gửi: bấm giữ vào tin nhắn đó, chọn “Xóa”.
scam-warning =
    ⚠️ Cẩn thận lừa đảo:
    • Công an không gọi điện để "kích hoạt" hay "cập nhật" VNeID. Ai gọi như vậy là kẻ gian.
    • Chỉ cài VNeID từ App Store hoặc CH Play. Không bấm đường link lạ, không cài tệp lạ.
    • Không đưa mã OTP, mật khẩu, passcode cho bất kỳ ai, kể cả người xưng là cán bộ.
    • Không nghe gọi video với người lạ.
    • Địa chỉ sau khi sáp nhập xã được cập nhật tự động. Không ai cần gọi bác để "cập nhật địa chỉ".
busy = Hệ thống đang bận, vui lòng thử lại sau ít phút.
resume-prompt = Lần trước bác đang làm "{ $flow }", tới bước { $n }. Bác muốn làm tiếp không?
resume-continue = ▶️ Làm tiếp
resume-restart = 🔄 Làm lại từ đầu
flow-updated = ℹ️ Hướng dẫn này vừa được cập nhật. Bác xem lại từ bước này nhé.
unit-none = chưa chọn xã (bấm “📍 Đổi xã” để chọn)
unit-address-unverified = { $address } (địa chỉ đang cập nhật: bác hỏi Công an xã hoặc người trong xóm trước khi đi)
unit-thursday-unverified = { $hours } (giờ có thể thay đổi: bác hỏi lại xã trước khi đi)
unit-thursday-unknown = bác hỏi xã ngày giờ cụ thể
unit-ask-first = Để chỉ đúng nơi làm, bác cho biết bác ở xã nào nhé.
unit-found-old = "{ $old }" từ ngày 1/7/2025 nay thuộc { $unit }.
unit-not-found = Chưa tìm thấy xã "{ $text }". Bác bấm tên xã bên dưới nhé.
unit-confirm = ✅ Bác đã chọn { $unit }.
question-invalid-default = Câu trả lời chưa đúng dạng. Bác gõ lại giúp nhé.
help =
    ℹ️ Trợ lý Dịch vụ công hướng dẫn bác từng bước:
    • làm tài khoản VNeID, đăng nhập Cổng Dịch vụ công quốc gia (dichvucong.gov.vn), sửa lỗi đăng nhập;
    • nộp hồ sơ trên mạng: khai sinh, kết hôn, trợ cấp, sổ đỏ, hộ kinh doanh…;
    • cảnh giác lừa đảo; lịch thứ Năm và địa chỉ của xã.
    Bác cũng có thể gõ điều cần hỏi, ví dụ "quên mật khẩu" hay "sổ đỏ".
    Cách dùng: bấm các nút bên dưới tin nhắn. Bấm "⬅️ Quay lại" để về bước trước, "🏠 Về menu" để về đầu.
    Lệnh gõ nhanh:
    • /start: bắt đầu
    • /menu: về menu chính
    • /help: xem hướng dẫn này
    • /huy: tắt tin nhắc thứ Năm
    • /hoicanbo: hỏi cán bộ xã
    • /dulieu: xem, xóa thông tin Trợ lý giữ về bác
    • /riengtu: ai giữ thông tin gì, giữ bao lâu
    • /andanh: đổi ý về mã ẩn danh trong thống kê
    🔒 Trợ lý không bao giờ hỏi mật khẩu, mã OTP hay số căn cước. Đừng gửi các số đó cho ai.
    Trợ lý chỉ hướng dẫn, không nộp hồ sơ thay bác.
cmd-start = Bắt đầu
cmd-menu = Menu chính
cmd-help = Hướng dẫn sử dụng
cmd-dangky = Nhận tin nhắc lịch thứ Năm
cmd-huy = Tắt tin nhắc
cmd-kiemtra = Kiểm tra tin của Tổ công tác
cmd-hoicanbo = Hỏi cán bộ xã
cmd-riengtu = Quyền riêng tư: ai giữ thông tin gì
cmd-dulieu = Xem, xóa thông tin của tôi
demo-banner = Đây là bản DEMO (chạy thử) của Trợ lý trên máy này. Không có gì được gửi tới cơ quan nhà nước.
session-done = Cảm ơn bác! Bấm "🏠 Về menu" để xem hướng dẫn khác.

## Dùng chung trong các hướng dẫn

link-portal = 🌐 Mở dichvucong.gov.vn
link-procedure = ℹ️ Xem thủ tục trên Cổng
proc-self = 🙋 Cho chính tôi
proc-relative = 👵 Giúp người nhà
proc-how = Bác muốn nộp hồ sơ thế nào?
proc-how-online = 🌐 Nộp trên mạng
proc-how-office = 🏢 Nộp tại xã
proc-how-province = 🏢 Nộp trực tiếp ở tỉnh
proc-online =
    🌐 Nộp trên mạng. Mỗi màn hình là một việc.
    Bấm nút "🌐 Mở dichvucong.gov.vn" bên dưới.
proc-online-login = Đăng nhập bằng tài khoản VNeID: chữ "Đăng nhập" ở góc trên của trang.
proc-online-find = Gõ tên thủ tục (ở phần tóm tắt) vào ô tìm kiếm.
proc-online-pick = Bấm vào đúng tên thủ tục trong danh sách hiện ra.
proc-online-start = Bấm nút "Nộp trực tuyến".
proc-online-place = Chọn nơi giải quyết: tỉnh Vĩnh Long. Cổng hỏi thêm xã thì chọn xã.
proc-online-form = Điền tờ khai. Ô có dấu * là ô phải điền.
proc-online-photos = Tải lên ảnh chụp rõ từng giấy tờ bác đã chuẩn bị.
proc-online-pay = Trả phí, nếu Cổng yêu cầu. Cách trả: xem hướng dẫn "{ pay-title }".
proc-online-submit = Bấm "Nộp hồ sơ". Cổng hiện mã hồ sơ: bác chép mã ra giấy.
proc-filed = Bác đã bấm nộp xong chưa?
proc-filed-yes = ✅ Đã nộp xong
proc-filed-later = ⏳ Chưa, để làm sau
proc-done =
    🎉 Bác đã nộp hồ sơ!
    • Chép mã hồ sơ ra giấy, cất kỹ.
    • Xem hồ sơ đến đâu: trên dichvucong.gov.vn, mục "Tra cứu hồ sơ", gõ mã hồ sơ.
    • Cán bộ xin bổ sung giấy tờ: vào mục "Quản lý hồ sơ" để gửi thêm.
    Xem thêm ở menu: "{ track-title }".
proc-later =
    Không sao ạ. Khi nào sẵn sàng, bác mở lại hướng dẫn này.
    Cần người giúp: { $office }. Ngày thứ Năm chuyển đổi số: { $thursday }.
proc-office =
    🏢 Bác mang giấy tờ (bản chính) đến:
    { $office }
    📍 { $address }
    📅 Thứ Năm có cán bộ hướng dẫn làm trên mạng: { $thursday }
    Nhớ mang thẻ căn cước.
prov-office =
    🏢 Thủ tục này do tỉnh giải quyết. Nơi nhận hồ sơ trực tiếp của tỉnh Vĩnh Long chưa được xác minh.
    Bác hỏi cán bộ ở { $office } ({ $address }) chỗ nộp gần nhất. Nộp trên mạng thì đỡ phải đi xa.
ask-staff =
    🙋 Bác có thể nhờ cán bộ giúp:
    • { $office }, địa chỉ: { $address }.
    • Ngày thứ Năm chuyển đổi số: { $thursday }.
    • Lỗi tài khoản VNeID: hỏi Công an xã, hoặc gọi tổng đài 1900 0368.
    Mang theo thẻ căn cước và điện thoại. Mật khẩu, mã OTP bác tự gõ, không đưa cho ai.
ask-staff-label = 🙋 Nhờ cán bộ giúp
paper-cccd = 💳 Thẻ căn cước
paper-auth = 📝 Giấy ủy quyền (nếu làm thay)
paper-fee = 💵 Tiền lệ phí
papers-prepare = 📋 Chuẩn bị (nộp trên mạng thì chụp ảnh rõ từng giấy):

## Hướng dẫn: bắt đầu (onboarding)

onboarding-title = 👋 Bắt đầu
onboarding-lang =
    Xin chào! Đây là Trợ lý Dịch vụ công. Bác chọn ngôn ngữ nhé.
    សួស្តី! នេះជាជំនួយការសេវាសាធារណៈ។ សូមជ្រើសរើសភាសា។
    Hello! This is the Public Services Assistant. Please choose a language.
onboarding-lang-vi = Tiếng Việt
onboarding-lang-km = ភាសាខ្មែរ (Khmer)
onboarding-lang-en = English
onboarding-unit =
    📍 Bác đang ở xã nào?
    Từ 1/7/2025, huyện Trà Cú cũ nay là 6 xã thuộc tỉnh Vĩnh Long.
    Bác bấm tên xã bên dưới. Hoặc gõ tên xã, tên cũ cũng được (ví dụ: Ngọc Biên).
onboarding-remind =
    🔔 Mỗi thứ Năm là "Ngày thứ Năm chuyển đổi số": cán bộ xã giúp bà con làm thủ tục trên mạng.
    Bác có muốn nhận tin nhắc vào mỗi thứ Năm không?
    Nếu đồng ý, Ủy ban nhân dân xã giữ 3 điều để gửi tin nhắc: mã cuộc trò chuyện này, tên xã và ngôn ngữ của bác. Không giữ tin nhắn bác gõ.
    Giữ đến khi bác thôi nhận. Muốn thôi: gõ /huy. Xem hoặc xóa: gõ /dulieu.
onboarding-remind-yes = 🔔 Có, nhắc tôi
onboarding-remind-no = 🔕 Không, cảm ơn
onboarding-stats =
    📊 Xã đếm số người làm xong mỗi hướng dẫn, để biết bà con cần giúp việc gì.
    Trợ lý có được ghi kèm một mã ẩn danh của bác không? Mã này không có tên, không có số điện thoại. Nó chỉ để không đếm một người hai lần. Giữ 6 tháng.
    Không đồng ý: xã vẫn đếm số lượt, nhưng không kèm mã của bác. Đổi ý: gõ /andanh. Xem hoặc xóa: gõ /dulieu.
onboarding-stats-yes = ✅ Đồng ý
onboarding-stats-no = 🚫 Không đồng ý
onboarding-done = Cảm ơn bác! Bác chọn việc cần làm ở menu bên dưới nhé.

## Hướng dẫn: tài khoản VNeID mức 2 và đăng nhập Cổng

vneid-title = 🪪 Làm VNeID, đăng nhập Cổng
vneid-who =
    Hướng dẫn này giúp bác:
    1. Có tài khoản VNeID mức 2 (tài khoản định danh điện tử của Bộ Công an).
    2. Dùng tài khoản đó đăng nhập Cổng Dịch vụ công quốc gia.
    Bác làm cho ai?
vneid-who-self = 🙋 Cho chính tôi
vneid-who-relative = 👵 Giúp người nhà
vneid-who-child = 🧒 Cho con dưới 14 tuổi
vneid-who-org = 🏢 Cho tổ chức, hộ kinh doanh
vneid-card =
    Từ 1/7/2024, muốn đăng nhập Cổng Dịch vụ công phải dùng VNeID. Tài khoản cũ của Cổng không dùng được nữa.
    Để có VNeID mức 2, cần thẻ căn cước gắn chip (hoặc thẻ căn cước công dân gắn chip).
    Mức 1 tự làm ở nhà được, nhưng chỉ dùng được vài việc.
    Bác (hoặc người nhà) đang ở trường hợp nào?
vneid-card-chip = 💳 Có thẻ chip, chưa có VNeID
vneid-card-level2 = ✅ Đã có VNeID mức 2
vneid-card-level1 = 📱 Tự làm mức 1 ở nhà
vneid-card-none = ❌ Chưa có thẻ gắn chip
vneid-nochip =
    Không sao ạ. Bác đến Công an xã để làm thẻ căn cước.
    Khi làm thẻ, bác nói muốn đăng ký luôn tài khoản VNeID mức 2. Hai việc làm cùng một lần.
    Người làm thẻ phải tự đến, vì cán bộ chụp ảnh và lấy dấu vân tay.
    Nhớ mang theo điện thoại và một số điện thoại đang dùng được, để nhận mã OTP.
    Khi đã có tài khoản, bác mở lại hướng dẫn này và chọn "✅ Đã có VNeID mức 2".
vneid-bring =
    📍 Bác đến Công an xã để đăng ký VNeID mức 2. Xã nào cũng được.
    Người cần tài khoản phải tự đến: cán bộ chụp ảnh, lấy dấu vân tay. Không ai làm thay được, kể cả người nhà. Ai nói "làm từ xa" giúp bác là lừa đảo.
vneid-bring-phone-note =
    📱 Bác cần một số điện thoại đang dùng được, để nhận mã OTP (mã số gửi qua tin nhắn).
    Số này nên đứng tên bác: sim đứng tên người khác dễ bị khóa khi đổi máy. Sim đứng tên con cháu: xem hướng dẫn "{ sim-title }".
vneid-bring-list =
    🎒 Bác mang theo những thứ dưới đây.
    Đã đăng ký ở Công an rồi? Bấm "Tiếp tục ➡️".
vneid-bring-card = 💳 Thẻ căn cước gắn chip
vneid-bring-sim = 📱 Số điện thoại đang dùng được
vneid-bring-phone = 📲 Điện thoại đang lắp sim đó
vneid-bring-email = ✉️ Email (nếu có)
vneid-app =
    Sau khi đăng ký ở Công an, bác chờ tin nhắn báo tài khoản đã được duyệt.
    Trong lúc chờ, bác cài ứng dụng VNeID (của Bộ Công an) vào điện thoại:
    • iPhone: mở App Store.
    • Điện thoại Android: mở CH Play.
    Tìm chữ "VNeID", hoặc bấm nút bên dưới.
    ⚠️ Chỉ cài từ App Store hoặc CH Play. Không cài từ đường link người khác gửi qua Zalo, Facebook hay tin nhắn.
vneid-link-ios = 🍎 VNeID trên App Store
vneid-link-android = 🤖 VNeID trên CH Play
vneid-activate =
    🔑 Kích hoạt tài khoản (chỉ làm một lần):
    Mở VNeID, bấm "Kích hoạt tài khoản".
vneid-activate-2 = Nhập số định danh cá nhân (12 số trên thẻ căn cước) và số điện thoại đã đăng ký.
vneid-activate-3 = Nhập mã OTP gửi về tin nhắn.
vneid-activate-4 = Đặt mật khẩu: từ 8 đến 20 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt (ví dụ @).
vneid-activate-5 =
    Đặt passcode (mã 6 số) và trả lời câu hỏi bảo mật.
    Bác nhớ kỹ mật khẩu. Nếu ghi ra giấy thì cất kỹ ở nhà, không đưa cho ai.
vneid-login =
    🌐 Bây giờ đăng nhập Cổng Dịch vụ công quốc gia: dichvucong.gov.vn
    Từ 1/7/2025, đây là cổng duy nhất để nộp hồ sơ trên mạng. Cổng riêng của tỉnh không còn nữa.
    Bác đăng nhập trên máy nào?
vneid-login-phone = 📱 Trên điện thoại
vneid-login-pc = 💻 Trên máy tính
vneid-login-a =
    Cách đăng nhập bằng mật khẩu, từng bước.
    Bấm nút "🌐 Mở dichvucong.gov.vn" bên dưới.
vneid-login-a-2 = Bấm chữ "Đăng nhập" ở góc trên của trang.
vneid-login-a-3 = Chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an".
vneid-login-a-4 = Gõ tên đăng nhập: số định danh cá nhân (12 số trên thẻ căn cước). Mật khẩu là mật khẩu VNeID.
vneid-login-a-5 = Nhập mã OTP (mã số gửi qua tin nhắn) về số điện thoại đã đăng ký VNeID.
vneid-login-b =
    Cách quét mã QR (không phải gõ mật khẩu trên máy tính):
    1. Trên máy tính, mở dichvucong.gov.vn, bấm "Đăng nhập", chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an".
    2. Màn hình hiện mã QR (ô vuông đen trắng).
    3. Trên điện thoại, mở VNeID, bấm biểu tượng quét QR ở màn hình chính, đưa camera vào mã.
    4. Nếu VNeID hỏi có cho đăng nhập trên web không, bấm đồng ý.
    Chỉ quét mã trên trang dichvucong.gov.vn do bác tự mở. Không quét mã người lạ gửi.
vneid-check = Bác đã đăng nhập được chưa?
vneid-check-ok = ✅ Đăng nhập được rồi
vneid-check-fail = 😟 Chưa được
vneid-trouble =
    Đừng lo, lỗi đăng nhập hay gặp và thường sửa được.
    Bác gặp lỗi nào? Bấm một nút để xem cách sửa.
vneid-trouble-more = 🔧 Lỗi khác
vneid-date =
    Xong rồi! Câu cuối, không bắt buộc:
    Bác đăng ký mức 2 tại Công an ngày nào? Gõ theo kiểu ngày/tháng/năm, ví dụ 15/03/2026.
    Chỉ gõ ngày. Đừng gõ số căn cước, mật khẩu hay mã OTP.
vneid-date-invalid = Ngày chưa đúng dạng. Bác gõ như ví dụ: 15/03/2026 (ngày/tháng/năm). Không nhớ thì bấm "🤷 Không nhớ, bỏ qua".
vneid-date-skip = 🤷 Không nhớ, bỏ qua
vneid-done =
    🎉 Chúc mừng bác đã có VNeID mức 2 và đăng nhập được Cổng Dịch vụ công!
    Từ nay bác có thể:
    • nộp hồ sơ trên dichvucong.gov.vn;
    • làm một số thủ tục ngay trong VNeID, mục "Thủ tục hành chính" (ví dụ khai sinh cho con).
    Trong VNeID có thể bật đăng nhập bằng vân tay hoặc khuôn mặt, khỏi gõ mật khẩu.
    Nhớ: Công an không bao giờ gọi điện bắt "cập nhật" tài khoản hay địa chỉ.

## Hướng dẫn: VNeID mức 1 tự làm ở nhà

m1-title = 📱 VNeID mức 1 tại nhà
m1-need =
    📱 VNeID mức 1 tự đăng ký ở nhà, trên ứng dụng VNeID.
    Ai làm được: người từ 14 tuổi có thẻ căn cước gắn chip.
    ⚠️ Mức 1 chỉ dùng được vài việc cơ bản. Phần lớn thủ tục trên Cổng cần mức 2 (làm ở Công an xã).
    Bác chuẩn bị:
m1-need-phone = 📲 Điện thoại thông minh có mạng
m1-steps =
    📲 Cách đăng ký mức 1:
    Cài VNeID từ App Store hoặc CH Play (nút bên dưới).
m1-steps-2 = Mở VNeID, chọn đăng ký tài khoản.
m1-steps-3 = Nhập số định danh cá nhân (12 số trên thẻ căn cước) và số điện thoại đứng tên bác. Có email thì nhập thêm.
m1-steps-4 = Điền thông tin ứng dụng hỏi.
m1-steps-face = Chụp ảnh khuôn mặt bằng điện thoại, khi ứng dụng yêu cầu. Nhìn thẳng, chỗ đủ sáng.
m1-steps-5 =
    Gửi yêu cầu. Kết quả báo trong ứng dụng, qua tin nhắn hoặc email.
    Tên nút trong ứng dụng có thể hơi khác.
m1-result = Bác đã nhận được kết quả chưa?
m1-result-ok = ✅ Có rồi
m1-result-wait = ⏳ Chưa thấy
m1-up =
    🎉 Bác đã có VNeID mức 1.
    Để nộp hồ sơ trên Cổng, bác nên nâng lên mức 2: đến Công an xã (xã nào cũng được), mang thẻ căn cước và điện thoại. Người cần tài khoản phải tự đến.
    Xem thêm ở menu: "{ vneid-title }".
m1-wait =
    Bác chờ thêm. Kết quả báo trong ứng dụng, qua tin nhắn hoặc email.
    Lâu quá chưa có: bác hỏi Công an xã.
    Nhớ: Công an không gọi điện bảo bác đọc mã OTP. Ai gọi như vậy là kẻ gian.

## Hướng dẫn: VNeID cho trẻ em dưới 14 tuổi

child-title = 🧒 VNeID cho con dưới 14 tuổi
child-age =
    Từ 1/7/2024, trẻ em có tài khoản VNeID riêng.
    Cha mẹ (hoặc người giám hộ) dùng VNeID mức 2 của chính mình để đăng ký cho con dưới 14 tuổi.
    Bé bao nhiêu tuổi?
child-age-u6 = 👶 Dưới 6 tuổi
child-age-u14 = 🧒 Từ 6 đến dưới 14 tuổi
child-age-14 = 🧑 Từ 14 tuổi trở lên
child-u6 =
    👶 Bé dưới 6 tuổi:
    • Bé cần có thẻ căn cước. Cha mẹ xin thẻ cho bé ngay trong VNeID, thẻ gửi về tận nhà.
    • Có thẻ rồi, cha mẹ đăng ký VNeID mức 1 cho bé khi cần.
child-u14 =
    🧒 Bé từ 6 đến dưới 14 tuổi:
    • Bé cần có thẻ căn cước.
    • Cha mẹ đăng ký VNeID mức 1 cho bé từ tài khoản của mình.
    • Muốn mức 2 cho bé: đưa bé đến Công an xã, vì cán bộ chụp ảnh, lấy dấu vân tay của bé.
child-how =
    📲 Cách làm:
    Cha hoặc mẹ mở VNeID của mình (tài khoản mức 2).
child-how-2 = Tìm mục đăng ký tài khoản cho trẻ em hoặc người được giám hộ. Tên mục có thể hơi khác.
child-how-3 =
    Nhập thông tin của bé theo màn hình, rồi gửi.
    Không tìm thấy mục này: bác hỏi Công an xã.
    Tài khoản của bé do cha mẹ giữ. Không đưa mật khẩu, mã OTP cho người ngoài.
child-done = ✅ Xong! Khi làm thủ tục cho bé (khai sinh, căn cước…), cha mẹ dùng VNeID mức 2 của mình là được.

## Hướng dẫn: VNeID cho tổ chức, hộ kinh doanh

org-title = 🏢 VNeID cho tổ chức, hộ KD
org-need =
    🏢 Từ 1/7/2025, tài khoản tổ chức cũ trên Cổng Dịch vụ công không dùng được nữa.
    Công ty, hợp tác xã và các tổ chức khác cần tài khoản định danh tổ chức trên VNeID. Không mất phí.
org-need-list =
    Hộ kinh doanh: chủ hộ thường dùng VNeID mức 2 của chính mình khi làm thủ tục. Nếu Cổng đòi tài khoản tổ chức, bác hỏi cán bộ xã.
    Tổ chức cần chuẩn bị:
org-need-rep = 🪪 VNeID mức 2 người đại diện
org-need-paper = 📄 Giấy đăng ký của tổ chức
org-need-info = ✍️ Tên, mã số thuế, địa chỉ
org-steps =
    📲 Người đại diện theo pháp luật làm trên VNeID của mình:
    Mở VNeID, chọn "Định danh tổ chức".
org-steps-2 = Chọn "Đăng ký định danh tổ chức".
org-steps-3 = Khai thông tin của tổ chức theo màn hình.
org-steps-4 =
    Gửi yêu cầu, chờ kết quả báo về.
    Người được người đại diện ủy quyền cũng làm được.
    Không làm trên điện thoại được: khai mẫu TK02 tại Công an.
org-done = ✅ Có tài khoản tổ chức rồi, bác đăng nhập dichvucong.gov.vn bằng tài khoản đó để nộp hồ sơ cho tổ chức.

## Hướng dẫn: sửa lỗi đăng nhập

fix-title = 🔧 Sửa lỗi đăng nhập
fix-pick =
    Bác gặp lỗi gì khi đăng nhập VNeID hoặc Cổng Dịch vụ công?
    Bấm một nút để xem cách sửa.

sim-title = 📵 Sim không đứng tên mình
sim-whose =
    Từ 15/4/2026, số điện thoại phải đứng tên đúng người dùng: khớp số căn cước, họ tên, ngày sinh và khuôn mặt.
    Sim đứng tên người khác thì dễ bị khóa, và khó nhận mã OTP của VNeID.
    Sim của bác đang đứng tên ai?
sim-whose-relative = 👨‍👩‍👧 Tên con cháu, người nhà
sim-whose-unknown = 🤷 Không biết
sim-whose-mine = ✅ Tên tôi rồi
sim-check =
    🔎 Cách xem sim đứng tên ai (chọn một cách):
    • Trong VNeID: có danh sách các số điện thoại đăng ký theo số căn cước của bác.
    • Trong ứng dụng nhà mạng, ví dụ MyViettel, mục "Xác thực thông tin thuê bao".
    • Ra cửa hàng nhà mạng hỏi. Không mất tiền.
    Sim không đứng tên bác thì bấm "Tiếp tục ➡️".
sim-rule =
    📌 Quy định về sim (Thông tư 08/2026):
    • Trong VNeID có danh sách các số đăng ký theo căn cước của bác. Số bác đang dùng: chọn "Đang sử dụng". Số không phải của bác, hoặc bác không biết: chọn "Không sử dụng". Nhà mạng sẽ xem xét. Bác đừng tự gọi cho người lạ.
sim-rule-2 =
    • Số chưa xác nhận bị khóa gọi đi (nhiều số từ 15/6/2026), 60 ngày sau khóa cả hai chiều, khoảng 5 ngày sau nữa bị thu hồi. Các mốc này đã qua: số đang bị khóa thì bác ra cửa hàng nhà mạng ngay. Xác nhận xong là gọi được lại.
    • Lắp sim sang điện thoại khác: trong 2 giờ bị khóa gọi đi. Bác có 30 ngày để xác thực lại khuôn mặt. Quá hạn thì khóa hai chiều, 5 ngày sau bị cắt.
sim-move =
    🏪 Cách sửa: chuyển sim sang tên bác, tại cửa hàng nhà mạng (Viettel, VinaPhone, MobiFone…). Xác thực thông tin ở cửa hàng không mất tiền.
    Bác mang theo:
sim-move-card = 💳 Thẻ căn cước gắn chip của bác
sim-move-phone = 📱 Điện thoại đang lắp sim
sim-move-owner = 👨‍👩‍👧 Người đứng tên sim (nếu được)
sim-shop =
    👵 Người cao tuổi đi lại khó: nhà mạng có tổ đến tận xã, ấp. Viettel có hỗ trợ xác thực tại nhà.
    Ở cửa hàng, bác nói: "Tôi muốn chuyển sim này sang tên tôi". Cửa hàng sẽ nói rõ cần thêm giấy gì.
    Chuyển xong, số này nhận được mã OTP của VNeID.
sim-then = VNeID của bác đang đăng ký bằng số nào?
sim-then-same = ✅ Đúng số vừa chuyển
sim-then-other = ☎️ Số khác, cần đổi số
sim-done =
    ✅ Xong! Số điện thoại đứng tên bác, VNeID dùng đúng số đó: mã OTP sẽ về máy bác.
    Vẫn không nhận được mã: về menu, chọn "{ fix-title }".
sim-mine =
    Tốt quá! Sim đứng tên bác thì bác đủ điều kiện nhận mã OTP.
    Nếu vẫn chưa nhận được mã, bác chọn trường hợp của mình:

otpcu-title = 📲 OTP gửi về máy cũ
otpcu-why =
    VNeID chỉ đăng nhập trên một điện thoại tại một lúc.
    Đổi máy mới, mã OTP có thể vẫn gửi về máy cũ. Hay gặp khi ngày trước người khác kích hoạt giúp trên máy của họ.
    Cách sửa: xác thực bằng thẻ căn cước gắn chip. Gọi là NFC: áp thẻ vào lưng điện thoại cho máy đọc.
otpcu-nfc =
    📲 Trên điện thoại mới:
    Mở VNeID, đăng nhập bằng số căn cước và mật khẩu.
otpcu-nfc-2 = Máy hỏi về thiết bị mới: bấm đồng ý.
otpcu-nfc-3 = Chọn "Xác thực NFC bằng thẻ CCCD gắn chip".
otpcu-nfc-4 = Áp thẻ căn cước vào lưng điện thoại, giữ yên. Có khi phải thử nhiều lần, xê dịch thẻ chậm.
otpcu-nfc-5 = Mã OTP sẽ gửi về máy mới.
otpcu-result = Bác làm được chưa?
otpcu-result-ok = ✅ Được rồi
otpcu-result-nonfc = 📵 Máy không có NFC
otpcu-result-fail = 😟 Thử mãi không được
otpcu-borrow =
    Máy không đọc được thẻ (không có NFC):
    1. Mượn điện thoại có NFC của người nhà, làm các bước vừa rồi.
    2. Xong việc, bỏ liên kết máy mượn: trong VNeID chọn Cá nhân → Quản lý thiết bị → Hủy liên kết.
    Mật khẩu bác tự gõ, không đọc cho người cho mượn máy.
otpcu-done = ✅ Tốt quá! Từ nay mã OTP về máy này. Trong VNeID có thể bật đăng nhập bằng vân tay hoặc khuôn mặt, khỏi gõ mật khẩu.

otp-title = ✉️ Không nhận được mã OTP
otp-check =
    Mã OTP là dãy số gửi qua tin nhắn để xác nhận đúng là bác.
    Bác xem từng điều dưới đây. Xem xong điều nào thì bấm vào để đánh dấu.
otp-check-number = 📱 Đúng số đã đăng ký VNeID
otp-check-signal = 📶 Điện thoại có sóng
otp-check-spam = 🗂️ Xem tin nhắn rác, bị chặn
otp-check-wait = ⏱️ Đợi một lát rồi gửi lại
otp-check-locked = 🔒 Sim không bị khóa nhắn tin
otp-got = Bác nhận được mã chưa?
otp-got-yes = ✅ Nhận được rồi
otp-got-no = 😟 Vẫn chưa
otp-why = Vẫn chưa nhận được mã. Trường hợp nào giống của bác?
otp-why-phone = 📲 Mới đổi điện thoại
otp-why-number = ☎️ Không còn dùng số cũ
otp-why-other = 🤷 Không rõ
otp-ok = ✅ Tốt quá! Bác nhập mã ngay, mã chỉ dùng được trong ít phút. Không đọc mã này cho ai.

pw-title = 🔑 Quên mật khẩu VNeID
pw-rules =
    ✍️ Mật khẩu mới của VNeID phải:
    • dài 8 đến 20 ký tự;
    • có chữ hoa (A), chữ thường (a), chữ số (1) và ký tự đặc biệt (ví dụ @).
    Bác nghĩ trước một mật khẩu dễ nhớ với mình, khó đoán với người khác. Rồi bấm "Tiếp tục ➡️".
pw-steps =
    🔑 Lấy lại mật khẩu VNeID, từng bước.
    Mở ứng dụng VNeID. Ở màn hình đăng nhập có chữ "Quên mật khẩu": bác bấm vào đó.
pw-steps-2 = Nhập số định danh cá nhân (12 số trên thẻ căn cước) và số điện thoại.
pw-steps-3 = Chọn cách xác thực: nhập thông tin cá nhân, hoặc áp thẻ căn cước gắn chip vào lưng điện thoại (NFC).
pw-steps-4 = Nhập tên khai sinh, ngày sinh, ngày cấp thẻ (xem trên thẻ căn cước).
pw-steps-5 = Nhập mã OTP trong tin nhắn vừa nhận.
pw-steps-6 = Đặt mật khẩu mới, theo các quy tắc ở bước đầu. Sau này muốn đổi: Cá nhân → Đổi mật khẩu (hoặc Đổi passcode).
pw-result = Bác đặt lại mật khẩu được chưa?
pw-result-ok = ✅ Được rồi
pw-result-fail = 😟 Vẫn không được
pw-done =
    ✅ Xong! Bác dùng mật khẩu mới để đăng nhập VNeID và dichvucong.gov.vn.
    Ghi ra giấy thì cất kỹ ở nhà. Không đưa cho ai, kể cả người nhận làm giúp.

pn-title = ☎️ Đổi số điện thoại VNeID
pn-rule =
    📌 Cần biết:
    • Mỗi số điện thoại chỉ dùng cho một tài khoản VNeID. Mỗi tài khoản một số.
    • Số mới phải đang dùng được và đứng tên chính bác. Chưa đứng tên bác: xem trước hướng dẫn "{ sim-title }".
    Bác muốn đổi số bằng cách nào?
pn-how-police = 🚓 Đến Công an xã
pn-how-phone = ☎️ Gọi tổng đài 1900 0368
pn-how-app = 📱 Trong ứng dụng VNeID (còn đăng nhập được)
pn-app =
    📱 Đổi số ngay trong VNeID:
    Mở VNeID, đăng nhập. Chỉ dùng VNeID tải từ CH Play hoặc App Store.
pn-app-2 = Bấm "Cài đặt" (góc trên bên phải), kéo xuống, bấm "Thay đổi số điện thoại".
pn-app-3 =
    Nhập số mới, rồi nhập mã OTP gửi về số mới. Máy có thể hỏi passcode.
    Tên mục có thể hơi khác trên máy bác.
pn-police =
    🚓 Bác đến Công an xã, nói muốn đổi số điện thoại của tài khoản VNeID.
    Người có tài khoản phải tự đến. Mang theo:
pn-police-phone = 📱 Điện thoại lắp sim số mới
pn-phone =
    ☎️ Gọi tổng đài hỗ trợ VNeID 1900 0368:
    1. Nghe hướng dẫn, bấm phím 4.
    2. Trả lời câu hỏi để tổng đài viên xác minh đúng là bác.
    3. Đọc số điện thoại mới.
    Chỉ gọi số 1900 0368 do bác tự bấm. Không đọc mật khẩu, passcode cho ai.
pn-wait =
    ⏳ Chờ Công an hoặc tổng đài báo đã đổi xong. Lâu chưa thấy báo thì bác hỏi lại Công an xã.
    Xong rồi, bác kích hoạt lại VNeID với số mới:
    Mở VNeID, bấm "Kích hoạt tài khoản".
pn-wait-2 = Nhập số định danh cá nhân và số điện thoại mới.
pn-wait-3 = Nhập mã OTP gửi về số mới, đặt mật khẩu.
pn-done = ✅ Vậy là xong. Từ nay mã OTP gửi về số mới.

lost-title = 📴 Mất điện thoại
lost-lock =
    📴 Mất điện thoại có VNeID: làm ngay để kẻ gian không dùng được.
    1. Khóa tài khoản VNeID: đăng nhập VNeID trên máy khác để khóa, hoặc đến Công an xã nhờ khóa tạm.
    2. Báo nhà mạng khóa sim.
    3. Có ứng dụng ngân hàng trong máy: gọi ngân hàng khóa tạm.
    Mất cả thẻ căn cước: đến Công an xã để khóa căn cước điện tử.
lost-new =
    📱 Có điện thoại mới:
    Ra cửa hàng nhà mạng xin làm lại sim cùng số. Mang thẻ căn cước.
lost-new-2 = Cài VNeID từ App Store hoặc CH Play.
lost-new-3 =
    Đăng nhập, xác nhận thiết bị mới bằng thẻ căn cước gắn chip (NFC).
    Từ 15/6/2026, lắp sim vào máy mới phải xác thực lại khuôn mặt, nếu không sẽ bị khóa gọi đi.
lost-next = Bác đăng nhập được trên máy mới chưa?
lost-next-ok = ✅ Được rồi
lost-done = ✅ Tốt rồi. Bác đặt khóa màn hình cho điện thoại, giữ máy cẩn thận.

appbusy-title = ⏳ VNeID báo bận, bảo trì
appbusy-info =
    Có lúc VNeID báo "Hệ thống đang bảo trì" hoặc không kết nối được. Thường do quá nhiều người dùng cùng lúc (ví dụ ngày 28 và 29/8/2025).
    Bác làm thế này:
    1. Chờ vài giờ rồi thử lại.
    2. Xem điện thoại có mạng không (wifi hoặc 4G).
    3. Cập nhật VNeID trong App Store hoặc CH Play.
    ⚠️ Không cài "VNeID bản khác" từ đường link ai gửi. Đó là lừa đảo.
appbusy-done = Thử lại sau vẫn không được: bác hỏi Công an xã, hoặc mang điện thoại đến { $office } vào thứ Năm ({ $thursday }).

## Hướng dẫn: nộp hồ sơ trên mạng (chọn lĩnh vực, chọn thủ tục)

file-title = 📝 Nộp hồ sơ trên mạng
file-pick =
    Nộp hồ sơ trên mạng: làm ở nhà, không phải xếp hàng.
    Cần VNeID mức 2 của chính người nộp.
    Bác cần làm loại việc nào? Chưa nộp lần nào: bấm "{ howto-title }".
civil-title = 👨‍👩‍👧 Hộ tịch: khai sinh, kết hôn…
civil-pick =
    👨‍👩‍👧 Hộ tịch là giấy tờ về khai sinh, kết hôn, khai tử…
    Từ 1/7/2025, bác đến xã nào gần cũng được: xã đó nhận và giúp gửi hồ sơ. Nhưng xã giải quyết vẫn là xã nơi ở (khai sinh: nơi cha hoặc mẹ ở; khai tử: nơi ở cuối cùng của người mất).
    Bác cần thủ tục nào?
cert-title = 📄 Chứng thực: sao y, chữ ký
cert-pick =
    📄 Chứng thực là xã xác nhận bản sao đúng với bản chính, hoặc chữ ký đúng là của người ký.
    Làm ở UBND xã. Phải mang giấy tờ đến, không làm hoàn toàn trên mạng được.
    Bác cần việc nào?
social-title = 🤝 Trợ cấp xã hội, việc làm
social-pick =
    🤝 Trợ cấp cho người cao tuổi, người khó khăn, người có công, người mất việc.
    Bác cần việc nào?
land-title = 🏞️ Đất đai, sổ đỏ
land-pick =
    🏞️ Từ 1/7/2025, Chủ tịch UBND xã cấp sổ đỏ lần đầu. Hồ sơ đất nộp ở bất kỳ nơi tiếp nhận nào trong tỉnh.
    Bác cần việc nào?
biz-title = 🏪 Kinh doanh, cửa hàng gas
biz-pick =
    🏪 Đăng ký hộ kinh doanh nay làm ở xã. Giấy chứng nhận cửa hàng bán gas (LPG) nay có lẽ do tỉnh cấp.
    Bác cần việc nào?

howto-title = 🧭 Cách nộp, từng bước
howto-login =
    Bước đầu: đăng nhập.
    Mở dichvucong.gov.vn, bấm "Đăng nhập", chọn tài khoản VNeID (định danh điện tử của Bộ Công an).
    Đây là cổng duy nhất để nộp hồ sơ trên mạng. Cổng riêng của tỉnh không còn nữa.
    Chưa có VNeID mức 2: về menu, chọn "{ vneid-title }".
howto-find =
    🔎 Tìm thủ tục:
    Gõ tên thủ tục vào ô tìm kiếm, ví dụ "khai sinh". Hoặc tìm theo lĩnh vực.
    Bấm vào đúng thủ tục, rồi bấm "Nộp trực tuyến" (hoặc "Nộp hồ sơ").
howto-agency =
    🏢 Chọn nơi giải quyết:
    Chọn tỉnh Vĩnh Long, rồi chọn xã. Từ 1/7/2025 không còn huyện nữa.
    Nhiều thủ tục máy tự chọn sẵn tỉnh hay xã. Hộ tịch: chọn xã giải quyết, là xã nơi ở (khai sinh: nơi cha hoặc mẹ ở; khai tử: nơi ở cuối cùng của người mất).
howto-form =
    ✍️ Điền tờ khai trên máy (gọi là biểu mẫu điện tử).
    Có chỗ máy tự điền sẵn từ dữ liệu dân cư. Bác đọc lại, sửa chỗ sai.
howto-attach =
    📷 Đính kèm giấy tờ:
    Chụp ảnh từng giấy, đủ sáng, thấy rõ cả trang, không mờ, không bị che.
    Ảnh mờ thì cán bộ sẽ bảo nộp bổ sung, mất thêm thời gian.
howto-result =
    📬 Chọn cách nhận kết quả:
    • nhận tại Trung tâm Phục vụ hành chính công xã;
    • nhận qua bưu điện, gửi về nhà;
    • nhận bản điện tử (xem và tải trên Cổng).
howto-pay =
    💳 Trả phí (nếu có):
    Thủ tục có phí thì Cổng hiện số tiền. Số tiền hiện trên Cổng là số phải trả.
    Trả trên mạng qua Nền tảng thanh toán quốc gia: thẻ ngân hàng, tài khoản ngân hàng, hoặc quét mã VietQR.
    Xem thêm ở menu: "{ pay-title }".
howto-submit =
    📨 Bấm nộp.
    Máy hiện mã hồ sơ và ngày hẹn trả kết quả. Bác chép mã hồ sơ ra giấy, cất kỹ.
    Có mã này là xem được hồ sơ đến đâu.
howto-track =
    🔎 Theo dõi hồ sơ:
    • Mục "Tra cứu hồ sơ": gõ mã hồ sơ, không cần đăng nhập.
    • Hoặc đăng nhập, vào mục "Quản lý hồ sơ".
    Cán bộ xin bổ sung giấy: vào "Quản lý hồ sơ", gửi thêm ảnh giấy tờ.
howto-done = ✅ Bác đã biết cách nộp. Giờ bác về menu, chọn "{ file-title }" rồi chọn thủ tục cần làm.

## Hướng dẫn: xem hồ sơ đến đâu

track-title = 🔎 Xem hồ sơ đến đâu
track-has =
    Bác muốn xem hồ sơ đã nộp đang đến đâu.
    Bác có mã hồ sơ không? Mã hiện ra khi nộp xong, ví dụ H62.22-250101-0001.
track-has-code = 🔢 Có mã hồ sơ
track-has-nocode = 🤷 Không nhớ mã
track-has-add = 📎 Cán bộ bảo bổ sung giấy
track-code =
    🔢 Xem bằng mã hồ sơ (không cần đăng nhập):
    1. Mở dichvucong.gov.vn.
    2. Bấm "Tra cứu hồ sơ".
    3. Gõ mã hồ sơ, bấm tìm.
    Khai sinh, khai tử làm theo gói liên thông còn báo kết quả qua VNeID và tin nhắn.
track-login =
    🔑 Không nhớ mã: đăng nhập để xem.
    1. Mở dichvucong.gov.vn, đăng nhập bằng VNeID.
    2. Vào trang cá nhân, mục "Quản lý hồ sơ".
    3. Danh sách hiện các hồ sơ bác đã nộp và tình trạng từng hồ sơ.
track-state = Hồ sơ của bác thế nào?
track-state-ok = ✅ Đang xử lý hoặc đã xong
track-state-add = 📎 Cán bộ xin bổ sung
track-add =
    📎 Bổ sung giấy tờ:
    Đăng nhập dichvucong.gov.vn, vào "Quản lý hồ sơ".
track-add-2 = Mở hồ sơ, đọc kỹ cán bộ xin thêm giấy gì.
track-add-3 =
    Chụp ảnh rõ giấy đó, đính kèm, bấm gửi.
    Không hiểu cán bộ xin gì: hỏi { $office }, mang theo mã hồ sơ.
track-done = ✅ Hồ sơ xong thì bác nhận kết quả theo cách đã chọn khi nộp: tại xã, qua bưu điện, hoặc bản điện tử trên Cổng.

## Hướng dẫn: trả phí trên mạng

pay-title = 💳 Trả phí trên mạng
pay-when =
    💰 Nhiều thủ tục miễn phí, ví dụ khai sinh, khai tử đúng hạn, đăng ký kết hôn.
    Thủ tục có phí: Cổng hiện số tiền khi nộp. Số tiền trên Cổng là số phải trả.
    Muốn trả trên mạng: tài khoản ngân hàng của bác phải bật thanh toán trực tuyến. Chưa bật thì hỏi ngân hàng.
pay-how =
    💳 Cách trả:
    Nộp hồ sơ xong, vào "Quản lý hồ sơ", chọn "Yêu cầu thanh toán".
pay-how-2 = Chọn Nền tảng thanh toán quốc gia.
pay-how-3 = Chọn ngân hàng hoặc ví, rồi trả.
pay-how-4 = Tải biên lai ở mục "Đã thanh toán".
pay-ways =
    Trả bằng một trong các cách:
    • thẻ ngân hàng trong nước (thẻ ATM);
    • tài khoản ngân hàng;
    • quét mã VietQR bằng ứng dụng ngân hàng hoặc Viettel Money;
    • ví điện tử trong VNeID (cần VNeID mức 2).
pay-safe =
    ⚠️ Chỉ trả tiền trên Cổng, hoặc tại quầy của xã.
    Không chuyển tiền cho ai gọi điện đòi "phí hồ sơ", "phí cập nhật". Ở Đà Nẵng có người mất 129 triệu đồng sau khi bấm đường link trả "phí 22.000 đồng".
pay-done = ✅ Trả xong, bác giữ biên lai. Có sai sót về tiền: hỏi { $office }.

## Hướng dẫn: làm giúp người nhà

rel-title = 👵 Làm giúp người nhà
rel-intro =
    👵 Bác làm thủ tục giúp cha mẹ, ông bà, con cháu?
    Cách đúng: bác đăng nhập bằng VNeID của chính bác, khai cho người nhà, tải lên giấy tờ cần thiết.
    Không dùng tài khoản, mật khẩu, mã OTP của người nhà.
rel-which =
    ✅ Làm thay được: khai sinh (ông bà, người thân không cần giấy ủy quyền), khai tử, bản sao giấy khai sinh, bản sao giấy kết hôn, giấy xác nhận độc thân, trợ cấp xã hội hằng tháng, trợ cấp hưu trí xã hội.
    ⚠️ Trợ cấp thất nghiệp: chỉ khi người lao động ốm đau, sinh con, tai nạn, thiên tai…
    ❌ Không làm thay được: đăng ký kết hôn, nhận cha mẹ con, chứng thực chữ ký, làm VNeID mức 2. Người đó phải tự đến.
rel-family =
    📝 Giấy ủy quyền là giấy người nhà viết, nhờ bác làm thay.
    • Bác là ông bà, cha mẹ, con, vợ chồng, anh chị em ruột của người nhờ: giấy ủy quyền không cần chứng thực. Cần thêm giấy chứng minh quan hệ, ví dụ giấy khai sinh, giấy kết hôn.
    • Người khác: giấy ủy quyền phải chứng thực. Người nhờ tự đến xã (hoặc văn phòng công chứng) để ký.
    (Quy định này cho việc hộ tịch.)
rel-upload =
    📷 Khi nộp trên mạng, bác dùng VNeID của mình và tải lên ảnh chụp rõ các giấy dưới đây.
    Chỗ tải giấy ủy quyền nằm trong tờ khai trên Cổng. Tên mục có thể hơi khác.
rel-up-own = 🪪 VNeID mức 2 của chính bác
rel-up-auth = 📝 Giấy ủy quyền (nếu cần)
rel-up-proof = 👨‍👩‍👧 Giấy chứng minh quan hệ
rel-up-papers = 📄 Giấy tờ của thủ tục
rel-never =
    🔒 Vì sao không giữ mật khẩu, mã OTP của người nhà?
    • VNeID mức 2 có giá trị như thẻ căn cước. Ai có mật khẩu và mã OTP là làm được mọi việc dưới tên người đó.
    • Kẻ gian hay giả làm người nhà, cán bộ để xin mã.
    • Con dưới 14 tuổi: cha mẹ đăng ký tài khoản cho con từ VNeID của mình.
    • Người nhà đang dùng sim đứng tên bác: nên chuyển sim sang tên họ.
rel-pick = Bác muốn làm thủ tục nào cho người nhà?
rel-pick-done = ✅ Đã hiểu, cảm ơn
rel-done = Cảm ơn bác đã giúp người nhà! Khi nộp, nhớ: dùng VNeID của chính bác, tải đủ giấy tờ.

## Hướng dẫn: cảnh giác lừa đảo

scam-title = ⚠️ Cảnh giác lừa đảo
scam-police =
    🚓 Công an KHÔNG gọi điện để:
    • "kích hoạt", "đồng bộ", "cập nhật" tài khoản VNeID;
    • báo "căn cước bị lỗi", "vân tay bị mờ";
    • làm "định danh mức 3" (không có mức này).
    VNeID mức 2 chỉ làm khi bác tự đến Công an xã. Công an chỉ mời đến trụ sở, không làm qua điện thoại.
scam-app =
    📲 Chỉ cài VNeID từ App Store hoặc CH Play.
    • Không bấm đường link gửi qua Zalo, Facebook, tin nhắn.
    • Không cài tệp có đuôi .apk. Không bật "cài ứng dụng từ nguồn không rõ".
    Ứng dụng "VNeID", "Dịch vụ công" giả sẽ đọc trộm mã OTP rồi rút sạch tiền ngân hàng. Ở Đồng Tháp có người mất 1,1 tỉ đồng.
scam-secret =
    🔒 Không đưa cho bất kỳ ai, kể cả người xưng là cán bộ hay người nhà:
    • mã OTP (dãy số gửi qua tin nhắn);
    • mật khẩu, passcode (mã 6 số) của VNeID;
    • mật khẩu, mã của ngân hàng.
    Không nghe gọi video với người lạ. Không quay, chụp khuôn mặt theo lời người lạ.
scam-merge =
    🏘️ Lừa đảo "cập nhật địa chỉ sau sáp nhập":
    Kẻ gian xưng là công an, cán bộ "xã mới", gọi bảo bác "cập nhật địa chỉ".
    Sự thật: địa chỉ thay đổi do sáp nhập xã được hệ thống cập nhật tự động. Bác không phải làm gì.
scam-act =
    📞 Nếu có người gọi như vậy:
    1. Cúp máy. Không bấm link, không đọc mã.
    2. Ghi lại tên, số điện thoại người gọi.
    3. Hỏi lại Công an xã.
    Lỡ đưa mã hoặc chuyển tiền: gọi ngay ngân hàng để khóa tài khoản, rồi báo Công an xã.
scam-done = 🙏 Bác nhắc người nhà, hàng xóm cùng cảnh giác nhé. Trợ lý này không bao giờ hỏi mật khẩu, mã OTP hay số căn cước.

## Hướng dẫn: lịch thứ Năm, địa chỉ xã

unit-title = 📍 Lịch thứ Năm, địa chỉ xã
unit-info =
    📍 { $unit }
    🏢 Nơi nhận hồ sơ: { $office }
    🗺️ Địa chỉ: { $address }
    📅 Ngày thứ Năm chuyển đổi số: { $thursday }
    Mỗi thứ Năm, cán bộ giúp bà con làm VNeID, nộp hồ sơ trên mạng.
    Hộ tịch (khai sinh, kết hôn, khai tử…): xã nào cũng nhận và giúp gửi hồ sơ về xã nơi ở.
    Sai xã? Bấm "🏠 Về menu", rồi "📍 Đổi xã".
unit-remind =
    🔔 Bác có muốn nhận tin nhắc mỗi thứ Năm, và tin của Tổ công tác xã không?
    Nếu đồng ý, Ủy ban nhân dân xã giữ mã cuộc trò chuyện này, tên xã và ngôn ngữ của bác, đến khi bác thôi nhận (gõ /huy). Xem hoặc xóa: gõ /dulieu.
unit-bring =
    🎒 Thứ Năm đến xã, bác mang theo các thứ dưới đây.
    Mật khẩu, mã OTP bác tự gõ. Không đưa cho ai, kể cả cán bộ.
unit-bring-phone = 📱 Điện thoại, sim đứng tên mình
unit-bring-papers = 📄 Giấy tờ của việc cần làm
unit-bring-pw = 🔑 Nhớ mật khẩu VNeID
unit-done = ✅ Hẹn gặp bác ở xã! Chưa rõ địa chỉ thì hỏi Công an xã hoặc UBND xã.

## Thủ tục hộ tịch: khai sinh (gói liên thông và khai sinh thường)

birth-title = 👶 Làm khai sinh cho bé
birth-who =
    Hướng dẫn này giúp đăng ký khai sinh cho bé.
    Bé dưới 6 tuổi: nộp một lần trên mạng, bé được làm cùng lúc 3 việc: khai sinh, đăng ký thường trú (như nhập hộ khẩu trước đây) và thẻ bảo hiểm y tế.
    Ai đứng ra làm?
birth-who-parent = 👨‍👩‍👧 Cha hoặc mẹ của bé
birth-who-relative = 👵 Ông bà, người thân
birth-fee = Miễn phí nếu làm trong 60 ngày kể từ ngày bé sinh. Trễ hạn: xem mức phí hiện trên Cổng.
birth-time = Xong trong ngày làm việc khi đủ giấy tờ. Thẻ bảo hiểm y tế (gói liên thông): chậm nhất 2 ngày làm việc sau đó.
birth-handler = UBND xã nơi cha hoặc mẹ của bé ở. Xã khác cũng nhận và giúp gửi hồ sơ.
birth-online = Làm hoàn toàn trên mạng được (Cổng hoặc ứng dụng VNeID).
birth-relative = Được. Ông bà, người thân làm khai sinh cho cháu không cần giấy ủy quyền.
birth-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { birth-fee }
    ⏱️ Thời hạn: { birth-time }
    🏢 Ai giải quyết: { birth-handler }
birth-facts-2 =
    🌐 Trên mạng: { birth-online }
    👵 Người nhà làm thay: { birth-relative }
    🔎 Trên Cổng: "Đăng ký khai sinh" (mã 1.001193). Bác xem đúng tên, mã hiện trên Cổng.
birth-route =
    Bác chọn cách làm:
    • Làm gộp 3 việc trên mạng (khai sinh, thường trú, thẻ bảo hiểm y tế): cho bé chưa đủ 6 tuổi.
    • Chỉ làm khai sinh: khi bé đã lớn hơn.
    Nên làm trong 60 ngày kể từ ngày bé sinh: đúng hạn thì không mất lệ phí.
birth-route-bundle = 👶 Làm gộp 3 việc (bé mới sinh)
birth-route-single = 📝 Chỉ làm khai sinh (bé đã lớn)
birth-route-office = 🏢 Muốn làm tại xã
birth-other =
    🏢 Làm khai sinh tại xã:
    { $office }. Địa chỉ: { $address }.
    Từ 1/7/2025, xã khác cũng nhận và giúp gửi hồ sơ. Xã giải quyết là xã nơi cha hoặc mẹ của bé ở.
birth-other-bring =
    Mang theo:
    • giấy chứng sinh của bé (sinh ở nhà: giấy của người làm chứng, hoặc giấy cam đoan);
    • thẻ căn cước của người đi làm.
    Ông bà, người thân cũng đi làm được, không cần giấy ủy quyền.
    Trễ hạn (quá 60 ngày) có thể mất lệ phí: xem mức phí trên Cổng, hoặc hỏi cán bộ xã.
    Có giấy khai sinh rồi, nhớ đăng ký thường trú cho bé trong 60 ngày.
birth-vneid =
    Người đứng ra làm cần tài khoản VNeID mức 2 của chính mình.
    Ông bà, người thân làm khai sinh cho cháu không cần giấy ủy quyền.
    Bác đã có VNeID mức 2 chưa?
birth-vneid-yes = ✅ Đã có mức 2
birth-vneid-no = ❌ Chưa có
birth-novneid =
    Bác cần làm VNeID mức 2 trước: đến Công an xã, mang thẻ căn cước và điện thoại.
    Hoặc làm khai sinh tại xã, không cần VNeID.
    Nhớ: khai sinh trong 60 ngày kể từ ngày bé sinh thì không mất lệ phí.
birth-novneid-office = 🏢 Làm tại xã
birth-papers =
    📋 Chuẩn bị trước khi khai. Không phải nộp giấy: bác chỉ chụp ảnh rõ, đủ sáng, rồi tải lên.
    Giấy chứng sinh là giấy bệnh viện hoặc trạm y tế đưa khi bé sinh. Sinh ở nhà: dùng giấy của người làm chứng, hoặc giấy cam đoan.
    Giấy tờ cần tải lên sẽ hiện trên màn hình khi khai, bác làm theo màn hình.
birth-paper-chungsinh = 📄 Giấy chứng sinh của bé
birth-paper-kethon = 💍 Giấy kết hôn cha mẹ (nếu có)
birth-paper-cccd = 💳 Căn cước của cha và mẹ
birth-paper-name = ✍️ Tên, dân tộc đặt cho bé
birth-paper-phone = 📱 Điện thoại có VNeID mức 2
birth-paper-declarant = 💳 Căn cước người đi khai
birth-plain =
    📋 Bé từ 6 tuổi trở lên: làm thủ tục "Đăng ký khai sinh" thường (không gộp thẻ bảo hiểm y tế).
    Quá 60 ngày từ khi bé sinh là trễ hạn: có thể mất lệ phí, xem mức phí trên Cổng.
    Chuẩn bị:
birth-where =
    📲 Cách 1, trên điện thoại (dễ nhất):
    Mở VNeID, chọn "Thủ tục hành chính", rồi chọn "Đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT".
    💻 Cách 2, trên Cổng:
    Mở dichvucong.gov.vn, đăng nhập bằng VNeID, chọn "Dịch vụ công liên thông khai sinh, khai tử".
    Tên mục có thể hơi khác. Bác xem đúng tên hiển thị trên Cổng.
    Nút "ℹ️ Xem thủ tục khai sinh" chỉ để đọc thêm; bác kiểm tra tên và mã thủ tục hiển thị trên Cổng.
birth-link-procedure = ℹ️ Xem thủ tục khai sinh
birth-fill =
    ✍️ Khai và nộp:
    Điền thông tin của bé và cha mẹ. Có chỗ máy tự điền sẵn, bác kiểm tra lại.
birth-fill-2 = Chọn nơi làm: tỉnh Vĩnh Long, rồi chọn xã nơi cha hoặc mẹ của bé ở.
birth-fill-3 = Tải ảnh giấy chứng sinh và giấy tờ màn hình yêu cầu.
birth-fill-4 = Kiểm tra lại, bấm nộp.
birth-fill-5 =
    Chép lại mã hồ sơ hiện ra sau khi nộp.
    💰 Đúng hạn (trong 60 ngày từ khi bé sinh): không mất lệ phí. Trễ hạn: xem mức phí hiển thị trên Cổng.
    ⏱️ Khai sinh xong trong ngày làm việc. Thẻ bảo hiểm y tế chậm nhất 2 ngày làm việc sau đó.
birth-filed = Bác đã bấm nộp xong chưa?
birth-filed-yes = ✅ Đã nộp xong
birth-filed-later = ⏳ Chưa, để làm sau
birth-later =
    Không sao ạ. Khi nào sẵn sàng, bác mở lại hướng dẫn này.
    Nhớ nộp trong 60 ngày kể từ ngày bé sinh để không mất lệ phí.
    Cần người giúp: hỏi cán bộ ở { $office }.
birth-code =
    Bác gõ mã hồ sơ vào đây (không bắt buộc).
    Mã hồ sơ hiện ra sau khi nộp, gồm chữ, số và dấu gạch, ví dụ: H62.22-250101-0001.
    Bác nên chép mã ra giấy: cần mã này để tra cứu hồ sơ.
birth-code-invalid =
    Mã này chưa giống mã hồ sơ. Mã hồ sơ gồm chữ, số, dấu chấm và dấu gạch ngang, không có khoảng trắng, ví dụ: H62.22-250101-0001.
    Bác xem lại trong tin nhắn, hoặc mục "Quản lý hồ sơ" trên Cổng, rồi gõ lại. Chưa có mã thì bấm "⏭️ Chưa có mã, bỏ qua".
birth-code-skip = ⏭️ Chưa có mã, bỏ qua
birth-done =
    🎉 Bác đã nộp hồ sơ khai sinh cho bé!
    • Khai sinh thường xong trong ngày làm việc. Thẻ bảo hiểm y tế (gói liên thông) chậm nhất 2 ngày làm việc sau đó.
    • Kết quả báo qua tin nhắn, VNeID và Cổng. Xem tiến độ: trên dichvucong.gov.vn, mục "Tra cứu hồ sơ", gõ mã hồ sơ.
    • Nếu cán bộ xin bổ sung giấy tờ, vào mục "Quản lý hồ sơ" để gửi thêm.
    • Làm khai sinh thường: nhớ đăng ký thường trú cho bé trong 60 ngày.
    • Sau này, bác có thể xin thẻ căn cước cho bé dưới 6 tuổi ngay trong VNeID, thẻ gửi về tận nhà.

## Thủ tục hộ tịch: đăng ký kết hôn

marry-title = 💍 Đăng ký kết hôn
marry-intro =
    💍 Đăng ký kết hôn: nộp hồ sơ trên mạng được.
    Nhưng cả hai người phải cùng đến UBND xã để ký vào sổ và nhận giấy chứng nhận kết hôn.
    Ai đang hỏi?
marry-intro-couple = 👫 Hai chúng tôi kết hôn
marry-intro-relative = 👵 Tôi hỏi giúp con cháu
marry-norel =
    Người nhà không nộp thay được: đăng ký kết hôn không được ủy quyền.
    Bác có thể ngồi cạnh, giúp hai cháu tự nộp bằng VNeID của chính các cháu.
    Bấm "Tiếp tục ➡️" để xem các cháu cần chuẩn bị gì.
marry-fee = Miễn phí (công dân Việt Nam đang ở trong nước).
marry-time = Ngay khi đủ giấy tờ. Cần xác minh thêm: tối đa 5 ngày làm việc.
marry-handler = UBND xã nơi một trong hai người cư trú. Từ 1/7/2025, xã khác cũng nhận và giúp gửi hồ sơ.
marry-online = Nộp hồ sơ trên mạng được. Nhưng hai người phải cùng đến xã ký sổ, nhận giấy.
marry-relative = Không. Hai người tự làm, không ủy quyền được.
marry-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { marry-fee }
    ⏱️ Thời hạn: { marry-time }
    🏢 Ai giải quyết: { marry-handler }
marry-facts-2 =
    🌐 Trên mạng: { marry-online }
    👵 Người nhà làm thay: { marry-relative }
    🔎 Trên Cổng: "Đăng ký kết hôn" (mã 1.000894). Bác xem đúng tên, mã hiện trên Cổng.
marry-papers =
    📋 Chuẩn bị (nộp trên mạng thì chụp ảnh rõ từng giấy).
    Giấy xác nhận độc thân (tên đầy đủ: giấy xác nhận tình trạng hôn nhân) cần khi một người không cư trú ở xã đăng ký và dữ liệu chưa có sẵn. Cán bộ sẽ báo nếu cần.
marry-paper-form = ✍️ Tờ khai chung của hai người
marry-paper-cccd = 💳 Căn cước của hai người
marry-paper-single = 💌 Giấy xác nhận độc thân
marry-done =
    🎉 Đã nộp hồ sơ kết hôn!
    • Chép mã hồ sơ ra giấy.
    • Xã sẽ hẹn ngày. Hôm đó, cả hai người cùng đến xã, mang căn cước, để ký sổ và nhận giấy chứng nhận kết hôn.
    • Xem hồ sơ đến đâu: menu "{ track-title }".

## Thủ tục hộ tịch: đăng ký khai tử

death-title = 🕯️ Đăng ký khai tử
death-intro =
    🕯️ Xin chia buồn cùng gia đình.
    Khi người nhà mất, gia đình đăng ký khai tử ở UBND xã. Nên làm sớm, trong 15 ngày kể từ ngày mất (bác hỏi lại cán bộ xã).
    Nhà không ai đi được (già yếu, khuyết tật): xã có thể đến tận nhà đăng ký.
    Ai đứng ra làm?
death-intro-family = 👨‍👩‍👧 Tôi là người nhà
death-intro-helper = 🤝 Tôi được nhờ làm giúp
death-fee = Miễn phí nếu đăng ký đúng hạn. Trễ hạn: xem mức phí hiện trên Cổng.
death-time = Xem ngày hẹn hiện trên Cổng khi nộp.
death-handler = UBND xã nơi người mất ở lần cuối. Xã khác cũng nhận và giúp gửi hồ sơ.
death-online = Làm hoàn toàn trên mạng được. Có gói liên thông: khai tử, xóa đăng ký thường trú, trợ cấp mai táng (nếu người mất có bảo hiểm xã hội).
death-relative = Được. Người được nhờ cần giấy ủy quyền; ông bà, cha mẹ, con, vợ chồng, anh chị em: không cần chứng thực giấy này.
death-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { death-fee }
    ⏱️ Thời hạn: { death-time }
    🏢 Ai giải quyết: { death-handler }
death-facts-2 =
    🌐 Trên mạng: { death-online }
    👵 Người nhà làm thay: { death-relative }
    🔎 Trên Cổng: "Đăng ký khai tử" (mã 1.000656). Bác xem đúng tên, mã hiện trên Cổng.
death-papers =
    📋 Chuẩn bị (nộp trên mạng thì chụp ảnh rõ từng giấy).
    Giấy báo tử do bệnh viện cấp. Mất ở nhà: hỏi cán bộ xã giấy thay cho giấy báo tử.
death-paper-notice = 📄 Giấy báo tử
death-paper-cccd = 💳 Căn cước người đi khai
death-online-step =
    🌐 Nộp trên mạng. Mỗi màn hình là một việc.
    Bấm nút "🌐 Mở dichvucong.gov.vn" bên dưới, rồi đăng nhập bằng VNeID.
death-online-step-2 =
    Chọn "Dịch vụ công liên thông khai sinh, khai tử", rồi chọn khai tử. Một lần nộp làm được cả khai tử, xóa thường trú, trợ cấp mai táng.
    Chỉ làm khai tử thôi thì tìm thủ tục "Đăng ký khai tử". Tên mục có thể hơi khác, bác xem đúng tên trên Cổng.
death-online-step-3 = Chọn tỉnh Vĩnh Long, rồi chọn xã nơi người mất ở lần cuối.
death-online-step-4 = Điền tờ khai. Ô có dấu * là ô phải điền.
death-online-step-5 = Tải lên ảnh chụp rõ giấy báo tử.
death-online-step-6 = Bấm "Nộp hồ sơ". Cổng hiện mã hồ sơ: bác chép mã ra giấy.

## Thủ tục hộ tịch: bản sao trích lục (bản sao giấy khai sinh, kết hôn…)

copy-title = 📜 Bản sao khai sinh, kết hôn
copy-intro =
    📜 Xin bản sao giấy khai sinh, giấy kết hôn, giấy khai tử… đã đăng ký trước đây.
    Tên thủ tục: "Cấp bản sao trích lục hộ tịch".
    Dùng khi mất giấy, hoặc cần thêm bản để nộp hồ sơ.
    Bác xin cho ai?
copy-fee = 8.000 đồng một bản.
copy-time = Thường trong ngày hoặc hôm sau. Xem ngày hẹn hiện trên Cổng.
copy-handler = UBND xã (Trung tâm Phục vụ hành chính công xã).
copy-online = Nộp trên mạng được. Nhận bản sao tại xã hoặc qua bưu điện.
copy-relative = Được, cần giấy ủy quyền. Ông bà, cha mẹ, con, vợ chồng, anh chị em: không cần chứng thực giấy này, chỉ cần giấy chứng minh quan hệ.
copy-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { copy-fee }
    ⏱️ Thời hạn: { copy-time }
    🏢 Ai giải quyết: { copy-handler }
copy-facts-2 =
    🌐 Trên mạng: { copy-online }
    👵 Người nhà làm thay: { copy-relative }
    🔎 Trên Cổng: "Cấp bản sao trích lục hộ tịch" (mã 2.000635). Bác xem đúng tên, mã hiện trên Cổng.
copy-paper-info = ✍️ Tên, ngày, nơi đã đăng ký
copy-paper-count = 🔢 Số bản cần xin

## Thủ tục hộ tịch: xác nhận tình trạng hôn nhân (giấy độc thân)

single-title = 💌 Giấy xác nhận độc thân
single-intro =
    💌 Giấy xác nhận độc thân, tên đầy đủ là "Giấy xác nhận tình trạng hôn nhân".
    Dùng để đăng ký kết hôn ở nơi khác, mua bán nhà đất, vay vốn…
    Giấy thường có giá trị 6 tháng, bác xem ghi trên giấy.
    Bác xin cho ai?
single-fee = Theo mức của tỉnh. Bác xem mức phí hiện trên Cổng khi nộp.
single-time = 3 ngày làm việc. Nếu phải hỏi nơi ở cũ: lâu hơn, có khi tới khoảng 23 ngày.
single-handler = UBND xã nơi thường trú (không có thường trú thì nơi tạm trú).
single-online = Làm hoàn toàn trên mạng được.
single-relative = Được, cần giấy ủy quyền (ông bà, cha mẹ, con, vợ chồng, anh chị em: không cần chứng thực giấy này).
single-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { single-fee }
    ⏱️ Thời hạn: { single-time }
    🏢 Ai giải quyết: { single-handler }
single-facts-2 =
    🌐 Trên mạng: { single-online }
    👵 Người nhà làm thay: { single-relative }
    🔎 Trên Cổng: "Xác nhận tình trạng hôn nhân" (mã 1.004873). Bác xem đúng tên, mã hiện trên Cổng.
single-paper-purpose = ✍️ Xin giấy để làm gì
paper-divorce = 📄 Giấy ly hôn, chứng tử (nếu có)

## Thủ tục chứng thực: bản sao (sao y) và bản sao điện tử

cc-title = 📄 Chứng thực bản sao (sao y)
cc-intro =
    📄 Chứng thực bản sao (sao y): xã xác nhận bản photo đúng với bản chính.
    Phải mang bản chính đến xã. Không làm hoàn toàn trên mạng được.
    Bác cần loại nào?
cc-intro-paper = 📄 Bản sao giấy
cc-intro-e = 💻 Bản sao điện tử (nộp mạng)
cc-e =
    💻 Bản sao điện tử: cầu nối giữa giấy tờ và hồ sơ trên mạng.
    1. Mang bản chính đến xã, xin "chứng thực bản sao điện tử từ bản chính".
    2. Cán bộ quét (scan) giấy, rồi ký số (chữ ký điện tử của xã).
    3. Bản điện tử này dùng thay bản chính: tải lên hồ sơ trên mạng được, dùng được nhiều lần.
    Lệ phí bản điện tử: hỏi cán bộ, hoặc xem trên Cổng.
cc-fee = 2.000 đồng một trang. Từ trang thứ 3: 1.000 đồng một trang. Tối đa 200.000 đồng một bản. Tính theo số trang của bản chính. Bản sao điện tử: xem mức phí trên Cổng, hoặc hỏi cán bộ.
cc-time = Trong ngày. Nộp sau 15 giờ thì lấy vào ngày làm việc hôm sau.
cc-handler = UBND xã. Xã nào cũng được, không cần đúng nơi ở.
cc-online = Không. Phải mang bản chính đến xã.
cc-relative = Được: người nhà mang bản chính đến xin sao y.
cc-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { cc-fee }
    ⏱️ Thời hạn: { cc-time }
    🏢 Ai giải quyết: { cc-handler }
cc-facts-2 =
    🌐 Trên mạng: { cc-online }
    👵 Người nhà làm thay: { cc-relative }
    🔎 Trên Cổng: "Chứng thực bản sao từ bản chính" (mã 2.000815). Bác xem đúng tên, mã hiện trên Cổng.
cc-papers = 📋 Bác mang đến xã:
cc-paper-original = 📄 Bản chính giấy tờ
cc-paper-copies = 🖨️ Bản photo (nếu đã có)

## Thủ tục chứng thực: chữ ký

sig-title = ✍️ Chứng thực chữ ký
sig-intro =
    ✍️ Chứng thực chữ ký: xã xác nhận chữ ký trên giấy đúng là của bác.
    Người ký phải tự đến, ký trước mặt cán bộ. Không làm trên mạng, không nhờ người khác được.
    Không chứng thực chữ ký trên hợp đồng, giao dịch. Riêng giấy ủy quyền không có thù lao, không chuyển tài sản, đất đai thì được.
sig-fee = 10.000 đồng mỗi trường hợp.
sig-time = Thường trong ngày. Bác xem thời hạn hiện trên Cổng, hoặc hỏi cán bộ xã.
sig-handler = UBND xã.
sig-online = Không. Người ký phải đến xã.
sig-relative = Không. Người ký phải tự đến.
sig-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { sig-fee }
    ⏱️ Thời hạn: { sig-time }
    🏢 Ai giải quyết: { sig-handler }
    🌐 Trên mạng: { sig-online }
    👵 Người nhà làm thay: { sig-relative }
    🔎 Trên Cổng: "Chứng thực chữ ký" (mã 2.000884), để đọc thêm. Bác xem đúng tên, mã hiện trên Cổng.
sig-paper-doc = 📝 Giấy cần ký (chưa ký sẵn)

## Thủ tục bảo trợ xã hội: trợ cấp xã hội hằng tháng

allow-title = 🤝 Trợ cấp xã hội hằng tháng
allow-intro =
    🤝 Trợ cấp xã hội hằng tháng dành cho người thuộc diện bảo trợ xã hội, ví dụ người khuyết tật, trẻ mồ côi, người cao tuổi khó khăn.
    Mức chuẩn: 500.000 đồng một tháng. Số tiền nhận tùy từng trường hợp.
    Có thuộc diện không: bác hỏi cán bộ xã.
    Bác làm cho ai?
allow-fee = Miễn phí. Bác xem lại trên Cổng khi nộp.
allow-time = 10 ngày làm việc. Được nhận từ tháng có quyết định.
allow-handler = Chủ tịch UBND xã nơi ở quyết định. Xã chi trả.
allow-online = Nộp trên mạng được. Cũng nộp tại xã, hoặc gửi bưu điện được.
allow-relative = Được. Người giám hộ hoặc người nhà nộp thay.
allow-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { allow-fee }
    ⏱️ Thời hạn: { allow-time }
    🏢 Ai giải quyết: { allow-handler }
    🌐 Trên mạng: { allow-online }
    👵 Người nhà làm thay: { allow-relative }
    🔎 Trên Cổng: gõ "trợ cấp xã hội hằng tháng" vào ô tìm kiếm, chọn đúng thủ tục.
allow-papers =
    📋 Chuẩn bị (nộp trên mạng thì chụp ảnh rõ từng giấy).
    Giấy chứng minh tùy trường hợp: giấy xác nhận khuyết tật, giấy khai sinh của trẻ… Hệ thống tự đối chiếu dữ liệu dân cư.
allow-paper-form = ✍️ Tờ khai đề nghị trợ cấp
allow-paper-proof = 📄 Giấy chứng minh (khuyết tật…)
allow-paper-guard = 📝 Giấy tờ người giám hộ (nếu có)

## Thủ tục bảo trợ xã hội: trợ cấp hưu trí xã hội (75 tuổi trở lên)

pension-title = 👴 Trợ cấp hưu trí xã hội (75+)
pension-intro =
    👴 Trợ cấp hưu trí xã hội (từ 1/7/2025): 500.000 đồng một tháng.
    Ai được nhận:
    • người từ 75 tuổi, không có lương hưu hay trợ cấp bảo hiểm xã hội hằng tháng (hoặc có nhưng thấp hơn mức này);
    • người từ 70 đến 74 tuổi thuộc hộ nghèo, cận nghèo.
    Được cả trợ cấp xã hội hằng tháng: nhận mức cao hơn.
    Bác làm cho ai?
pension-fee = Miễn phí. Bác xem lại trên Cổng khi nộp.
pension-time = 10 ngày làm việc.
pension-handler = Chủ tịch UBND xã nơi ở.
pension-online = Nộp trên mạng được. Cũng nộp tại xã, hoặc gửi bưu điện được.
pension-relative = Được. Người nhà nộp thay.
pension-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { pension-fee }
    ⏱️ Thời hạn: { pension-time }
    🏢 Ai giải quyết: { pension-handler }
    🌐 Trên mạng: { pension-online }
    👵 Người nhà làm thay: { pension-relative }
    🔎 Trên Cổng: gõ "trợ cấp hưu trí xã hội" vào ô tìm kiếm, chọn đúng thủ tục.
pension-paper-form = ✍️ Tờ khai Mẫu 01
pension-paper-poor = 📄 Giấy hộ nghèo (nếu 70–74 tuổi)

## Thủ tục người có công

merit-title = 🎖️ Người có công
merit-intro =
    🎖️ Thủ tục cho người có công với cách mạng và thân nhân: công nhận, trợ cấp, mai táng phí…
    Từ năm 2025, nhiều thủ tục chuyển về xã, nhưng mỗi tỉnh chia khác nhau. Danh sách của tỉnh Vĩnh Long chưa xác minh được.
    Cách chắc nhất: hỏi cán bộ xã trước khi nộp.
    💡 Gia đình người có công được miễn lệ phí hộ tịch (khai sinh, kết hôn…).
merit-fee = Tùy thủ tục. Bác hỏi cán bộ xã.
merit-time = Tùy thủ tục. Xem trên Cổng, hoặc hỏi cán bộ xã.
merit-handler = Xã hoặc tỉnh, tùy thủ tục. Bác hỏi cán bộ xã.
merit-online = Tùy thủ tục. Tìm tên thủ tục trên Cổng để xem có nộp trên mạng được không.
merit-relative = Tùy thủ tục. Bác hỏi cán bộ xã.
merit-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { merit-fee }
    ⏱️ Thời hạn: { merit-time }
    🏢 Ai giải quyết: { merit-handler }
    🌐 Trên mạng: { merit-online }
    👵 Người nhà làm thay: { merit-relative }
    🔎 Trên Cổng: gõ "người có công" vào ô tìm kiếm, chọn đúng thủ tục.

## Thủ tục việc làm: trợ cấp thất nghiệp

jobless-title = 💼 Trợ cấp thất nghiệp
jobless-intro =
    💼 Trợ cấp thất nghiệp: cho người lao động có đóng bảo hiểm thất nghiệp, nay đã nghỉ việc.
    ⏰ Phải nộp trong 3 tháng kể từ ngày chấm dứt hợp đồng lao động.
    Bác làm cho ai?
jobless-rel =
    Người nhà chỉ được nộp thay (hoặc gửi bưu điện) khi người lao động ốm đau, sinh con, bị tai nạn, gặp thiên tai, hỏa hoạn…
    Khi đó cần giấy ủy quyền.
jobless-fee = Miễn phí. Bác xem lại trên Cổng khi nộp.
jobless-time = Quyền hưởng trợ cấp tính từ ngày làm việc thứ 11 sau khi nộp đủ hồ sơ. Ngày nhận tiền: xem quyết định hưởng và lịch chi trả.
jobless-handler = Trung tâm Dịch vụ việc làm của tỉnh Vĩnh Long (địa chỉ chưa xác minh: hỏi cán bộ xã).
jobless-online = Nộp trên mạng được (trên Cổng), hoặc nộp tại Trung tâm Dịch vụ việc làm.
jobless-relative = Chỉ khi người lao động ốm đau, sinh con, tai nạn, thiên tai…
jobless-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { jobless-fee }
    ⏱️ Thời hạn: { jobless-time }
    🏢 Ai giải quyết: { jobless-handler }
jobless-facts-2 =
    🌐 Trên mạng: { jobless-online }
    👵 Người nhà làm thay: { jobless-relative }
    🔎 Trên Cổng: "Hưởng trợ cấp thất nghiệp" (mã 1.014748). Bác xem đúng tên, mã hiện trên Cổng.
jobless-amount =
    💵 Được nhận bao nhiêu (từ 1/1/2026):
    • Mỗi tháng: 60% mức lương bình quân đóng bảo hiểm thất nghiệp của 6 tháng cuối, tối đa 5 lần lương tối thiểu vùng.
    • Đóng 12 đến 36 tháng: nhận 3 tháng. Cứ đóng thêm 12 tháng, nhận thêm 1 tháng. Tối đa 12 tháng.
    • Mỗi tháng phải báo tình hình tìm việc làm.
jobless-papers = 📋 Chuẩn bị (từ 1/1/2026 dùng mẫu mới):
jobless-paper-form = ✍️ Đề nghị hưởng (Mẫu số 10)
jobless-paper-end = 📄 Giấy chấm dứt hợp đồng
jobless-paper-book = 📘 Sổ bảo hiểm xã hội

## Thủ tục đất đai: cấp sổ đỏ lần đầu

land1-title = 🏞️ Cấp sổ đỏ lần đầu
land1-intro =
    🏞️ Sổ đỏ là giấy chứng nhận quyền sử dụng đất. Đất chưa có sổ bao giờ thì xin cấp lần đầu.
    Từ 1/7/2025, Chủ tịch UBND xã cấp sổ đỏ lần đầu. Không phải xin riêng giấy xác nhận quy hoạch, tranh chấp.
    Bác làm cho ai?
land1-fee = Theo mức của tỉnh. Bác xem số tiền hiện trên Cổng, hoặc hỏi cán bộ.
land1-time = Đăng ký lần đầu: tối đa 17 ngày làm việc. Cấp sổ: tối đa 3 ngày làm việc.
land1-handler = Chủ tịch UBND xã. Hồ sơ nộp ở bất kỳ nơi tiếp nhận nào trong tỉnh.
land-online = Tìm thủ tục trên Cổng xem có nộp trên mạng được không. Không được thì nộp tại xã.
land-relative = Nhờ người khác nộp: cần giấy ủy quyền. Bác hỏi cán bộ xã.
land1-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { land1-fee }
    ⏱️ Thời hạn: { land1-time }
    🏢 Ai giải quyết: { land1-handler }
land1-facts-2 =
    🌐 Trên mạng: { land-online }
    👵 Người nhà làm thay: { land-relative }
    🔎 Trên Cổng: "Đăng ký, cấp Giấy chứng nhận lần đầu" (mã 1.012787). Bác xem đúng tên, mã hiện trên Cổng.
land1-papers =
    📋 Chuẩn bị (nộp trên mạng thì chụp ảnh rõ từng giấy).
    Giấy tờ về đất: giấy tờ cũ, giấy mua bán, giấy thừa kế… nếu có. Cán bộ sẽ nói thêm nếu cần.
land1-paper-form = ✍️ Đơn đăng ký, cấp sổ đỏ
land1-paper-docs = 📄 Giấy tờ về đất đang có

## Thủ tục đất đai: đăng ký biến động (sang tên, sửa sổ đỏ)

land2-title = 🔁 Sang tên, sửa sổ đỏ
land2-intro =
    🔁 Đăng ký biến động đất đai: đất đã có sổ đỏ mà có thay đổi, ví dụ:
    • mua bán, tặng cho, thừa kế;
    • đổi thông tin người có sổ, địa chỉ thửa đất;
    • sửa sai trên sổ.
    Bác làm cho ai?
land2-fee = Theo mức của tỉnh. Bác xem số tiền hiện trên Cổng, hoặc hỏi cán bộ.
land2-time = Mua bán, tặng cho, thừa kế: tối đa 8 ngày làm việc. Đổi thông tin người có sổ, địa chỉ: tối đa 4 ngày. Sửa sai trên sổ: tối đa 8 ngày. Đổi sổ cũ: xem trên Cổng.
land2-handler = Văn phòng đăng ký đất đai của tỉnh. Nộp ở bất kỳ nơi tiếp nhận nào trong tỉnh, kể cả ở xã.
land2-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { land2-fee }
    ⏱️ Thời hạn: { land2-time }
    🏢 Ai giải quyết: { land2-handler }
land2-facts-2 =
    🌐 Trên mạng: { land-online }
    👵 Người nhà làm thay: { land-relative }
    🔎 Trên Cổng: mục đăng ký biến động, chuyển nhượng (mã 1.013831). Bác xem đúng tên, mã hiện trên Cổng.
land2-papers =
    📋 Chuẩn bị (nộp trên mạng thì chụp ảnh rõ từng giấy).
    Hợp đồng mua bán, tặng cho, văn bản thừa kế phải công chứng hoặc chứng thực trước.
land2-paper-form = ✍️ Đơn đăng ký biến động
land2-paper-book = 📕 Sổ đỏ (bản chính)
land2-paper-contract = 📄 Hợp đồng, văn bản thừa kế
land2-paper-cccd = 💳 Căn cước các bên

## Thủ tục kinh doanh: đăng ký hộ kinh doanh

hkd-title = 🏪 Đăng ký hộ kinh doanh
hkd-intro =
    🏪 Từ 1/7/2025, đăng ký hộ kinh doanh làm ở xã (Phòng Kinh tế của UBND xã), không còn ở huyện.
    Giấy chứng nhận cũ vẫn dùng được. Địa chỉ đổi do sáp nhập: cập nhật sau cũng được, hoặc cùng lúc với thay đổi khác.
    Bác làm cho ai?
hkd-fee = Theo mức của tỉnh. Bác xem số tiền hiện trên Cổng khi nộp.
hkd-time = 3 ngày làm việc.
hkd-handler = Phòng Kinh tế của UBND xã nơi đặt địa điểm kinh doanh (xã không có phòng này thì UBND xã).
hkd-online = Nộp tại xã. Hoặc nộp trên mạng qua Hệ thống đăng ký hộ kinh doanh, cần chữ ký số. Dùng VNeID thay được không: chưa rõ, hỏi cán bộ xã.
hkd-relative = Nhờ người khác nộp: cần giấy ủy quyền. Bác hỏi cán bộ xã.
hkd-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { hkd-fee }
    ⏱️ Thời hạn: { hkd-time }
    🏢 Ai giải quyết: { hkd-handler }
hkd-facts-2 =
    🌐 Trên mạng: { hkd-online }
    👵 Người nhà làm thay: { hkd-relative }
    🔎 Trên Cổng: "Thành lập hộ kinh doanh" (mã 1.001612), để đọc thêm. Bác xem đúng tên, mã hiện trên Cổng.
hkd-papers =
    📋 Chuẩn bị.
    Nhiều người trong gia đình cùng lập hộ kinh doanh: cần bản sao giấy ủy quyền của các thành viên cho một người làm chủ hộ.
hkd-paper-form = ✍️ Giấy đề nghị (Mẫu số 1)
hkd-paper-cccd = 💳 Căn cước chủ hộ
hkd-paper-family = 📝 Ủy quyền của các thành viên
hkd-paper-place = 📍 Địa chỉ nơi kinh doanh
hkd-online-step =
    🌐 Nộp trên mạng:
    Hộ kinh doanh nộp qua Hệ thống đăng ký hộ kinh doanh, ký bằng chữ ký số (chữ ký điện tử).
    Chưa có chữ ký số, hoặc không rõ trang nào: bác hỏi cán bộ xã, hoặc nộp tại xã cho chắc.
    Nút bên dưới mở trang thủ tục trên Cổng để đọc thêm.

## Thủ tục kinh doanh khí: cửa hàng bán lẻ gas (LPG chai)

lpg-title = 🔥 Cửa hàng bán gas (LPG)
lpg-intro =
    🔥 Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ gas (LPG chai).
    Trước đây huyện cấp. Từ 1/7/2025, việc này có lẽ chuyển lên tỉnh (Sở Công Thương), không về xã.
    ⚠️ Chưa xác minh cho tỉnh Vĩnh Long: bác hỏi cán bộ xã hoặc Sở Công Thương trước khi nộp.
lpg-fee = Xem số tiền hiện trên Cổng khi nộp.
lpg-time = Xem thời hạn hiện trên Cổng.
lpg-handler = Có lẽ là Sở Công Thương tỉnh Vĩnh Long (chưa xác minh).
lpg-online = Tìm thủ tục trên Cổng, chọn cơ quan của tỉnh Vĩnh Long.
lpg-relative = Người đại diện của cửa hàng, hoặc người được ủy quyền.
lpg-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { lpg-fee }
    ⏱️ Thời hạn: { lpg-time }
    🏢 Ai giải quyết: { lpg-handler }
    🌐 Trên mạng: { lpg-online }
    👵 Người nhà làm thay: { lpg-relative }
    🔎 Trên Cổng: gõ "bán lẻ LPG chai" vào ô tìm kiếm, chọn thủ tục của tỉnh Vĩnh Long.
lpg-papers = 📋 Chuẩn bị (danh sách đầy đủ xem trên trang thủ tục):
lpg-paper-form = ✍️ Đơn đề nghị theo mẫu
lpg-paper-biz = 📄 Giấy đăng ký kinh doanh
lpg-paper-fire = 🧯 Giấy tờ phòng cháy (nếu cần)

## Hộ nghèo, hộ cận nghèo: rà soát và giấy chứng nhận

poor-title = 🏠 Hộ nghèo, hộ cận nghèo
poor-intro =
    🏠 Hộ nghèo, hộ cận nghèo được Nhà nước hỗ trợ nhiều thứ, ví dụ thẻ bảo hiểm y tế.
    Xã là nơi xét và công nhận.
    Bác hỏi cho nhà mình hay cho người nhà?
poor-fee = Không mất tiền.
poor-time = Xét theo đợt: đợt hằng năm, hoặc khi nhà bác nộp giấy đề nghị.
poor-handler = Ban rà soát của xã xét, họp ở ấp, niêm yết công khai. Chủ tịch Ủy ban nhân dân xã công nhận.
poor-online = Nên đến xã hoặc gặp trưởng ấp. Chưa chắc xã bác nhận trên mạng.
poor-relative = Được: người trong nhà nộp giấy đề nghị giúp.
poor-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { poor-fee }
    ⏱️ Khi nào xét: { poor-time }
    🏢 Ai quyết định: { poor-handler }
    🌐 Trên mạng: { poor-online }
    👵 Người nhà làm thay: { poor-relative }
poor-when =
    📅 Có 2 cách để nhà bác được xét:
    1. Đợt xét hằng năm, thường vào những tháng cuối năm. Cán bộ xã và trưởng ấp đến hỏi từng nhà.
    2. Bất cứ lúc nào: nhà bác nộp "Giấy đề nghị rà soát" ở xã, khi nhà gặp khó khăn mới (ốm nặng, mất việc, thiên tai…).
poor-paper-request = ✍️ Giấy đề nghị rà soát (xin mẫu ở xã hoặc trưởng ấp)
poor-paper-income = 💵 Biết thu nhập mỗi tháng của cả nhà (không cần giấy tờ)
poor-unlocks =
    🎁 Hộ nghèo, cận nghèo được hưởng, ví dụ:
    • Thẻ bảo hiểm y tế: hộ nghèo được Nhà nước mua; hộ cận nghèo được hỗ trợ.
    • Trợ cấp hưu trí xã hội từ 70 tuổi.
    • Miễn lệ phí làm lại, đổi thẻ căn cước.
    • Miễn lệ phí hộ tịch (khai sinh, kết hôn…).
    Chuẩn nghèo hiện nay dùng đến hết năm 2026. Năm 2027 có chuẩn mới: bác hỏi xã.
poor-done = ✅ Bác mang giấy đề nghị đến xã, hoặc hỏi trưởng ấp. Muốn hỏi thêm, bấm "🙋 Hỏi cán bộ xã".

## Hộ tịch: đăng ký nhận cha, mẹ, con

parentage-title = 👨‍👧 Nhận cha, mẹ, con
parentage-intro =
    👨‍👧 Đăng ký nhận cha, mẹ, con: ghi tên cha (hoặc mẹ) vào giấy tờ của con, khi trước đây chưa có.
    Có thể làm cùng lúc với khai sinh cho bé.
    Bác làm cho ai?
parentage-fee = Theo mức của tỉnh. Hộ nghèo, người có công, người khuyết tật được miễn. Bác xem mức phí trên Cổng khi nộp.
parentage-time = 3 ngày làm việc. Nếu xã cần xác minh: thêm tối đa 5 ngày làm việc.
parentage-handler = Ủy ban nhân dân xã nơi người nhận, hoặc người được nhận, đang ở.
parentage-online = Nộp hồ sơ trên mạng được, nhưng ngày đăng ký các bên vẫn phải có mặt ở xã để ký.
parentage-relative = Không ủy quyền được: cha (mẹ) và con đều phải có mặt khi đăng ký.
parentage-facts =
    📌 Tóm tắt:
    💰 Lệ phí: { parentage-fee }
    ⏱️ Thời hạn: { parentage-time }
    🏢 Ai giải quyết: { parentage-handler }
parentage-facts-2 =
    🌐 Trên mạng: { parentage-online }
    👵 Người nhà làm thay: { parentage-relative }
parentage-paper-form = ✍️ Tờ khai đăng ký nhận cha, mẹ, con (lấy ở xã hoặc điền trên Cổng)
parentage-paper-proof = 🧬 Giấy chứng minh là cha, mẹ, con (ví dụ kết quả xét nghiệm ADN)
parentage-paper-witnesses = 👪 Nếu không có giấy đó: thư từ, ảnh, đồ vật, và giấy cam đoan của cha mẹ, có ít nhất 2 người thân làm chứng
parentage-present =
    ✍️ Ngày đăng ký, người nhận và người được nhận đều phải có mặt ở xã.
    Cán bộ đọc lại, hai bên cùng ký vào sổ.

## Thẻ căn cước: làm cho con, làm lại khi mất, đổi thẻ, làm tại nhà

idcard-title = 🪪 Thẻ căn cước (thẻ chip)
idcard-pick =
    🪪 Thẻ căn cước do công an xã làm.
    Bác cần việc nào?
idcard-pick-baby = 👶 Làm thẻ cho bé dưới 6 tuổi
idcard-pick-child = 🧒 Làm thẻ cho con từ 6 đến dưới 14 tuổi
idcard-pick-lost = 🔁 Thẻ bị mất hoặc hỏng
idcard-pick-change = ✏️ Đổi thẻ (đủ tuổi đổi, sai thông tin)
idcard-pick-home = 🛏️ Người già nằm một chỗ cần làm thẻ
idcard-baby-open =
    👶 Bé dưới 6 tuổi: cha mẹ làm hết trên điện thoại, không phải đưa bé đi.
    Bước 1: Mở ứng dụng VNeID của cha hoặc mẹ, đăng nhập.
idcard-baby-menu = Bước 2: Bấm "Thủ tục hành chính", rồi bấm "Cấp thẻ căn cước cho người dưới 14 tuổi".
idcard-baby-send = Bước 3: Bấm "Tạo mới yêu cầu", điền thông tin của bé, chọn nơi nhận thẻ (công an xã hoặc qua bưu điện), rồi gửi.
idcard-child =
    🧒 Con từ 6 đến dưới 14 tuổi: làm yêu cầu trên VNeID như cho bé (Thủ tục hành chính → Cấp thẻ căn cước cho người dưới 14 tuổi).
    Sau đó cha hoặc mẹ đưa con đến công an xã để chụp ảnh, lấy dấu vân tay.
idcard-lost =
    🔁 Thẻ mất hoặc hỏng:
    • Thẻ căn cước mẫu mới (làm từ 1/7/2024): làm lại trên VNeID, không phải đi. Bấm "Thủ tục hành chính" → "Cấp lại thẻ căn cước" → "Tạo mới yêu cầu".
    • Thẻ "căn cước công dân" mẫu cũ: bác phải đến công an xã.
idcard-change =
    ✏️ Phải đổi thẻ khi đủ 14, 25, 40, 60 tuổi, khi đổi họ tên, ngày sinh, hoặc thẻ in sai.
    Không phải đổi thẻ vì xã sáp nhập: thông tin địa chỉ tự cập nhật.
    Bác đến công an xã để đổi (cần chụp ảnh, lấy vân tay).
idcard-home =
    🛏️ Người già nằm một chỗ, không đi được: công an có thể đến tận nhà làm thẻ.
    Người nhà đến công an xã, nói rõ hoàn cảnh và hẹn ngày.
idcard-facts =
    📌 Tóm tắt:
    💰 Lệ phí: người từ 60 tuổi, trẻ dưới 16 tuổi, hộ nghèo, người khuyết tật: miễn phí khi đổi, làm lại. Người khác: xem phí hiện trên VNeID khi nộp.
    ⏱️ Thời hạn: tối đa 7 ngày làm việc.
    🏢 Ai làm: công an xã.
    📬 Nhận thẻ: ở công an xã, hoặc qua bưu điện.

## Bảo hiểm y tế: ai được Nhà nước mua, gia hạn thẻ hộ gia đình, thẻ ở đâu

bhyt-title = 🏥 Bảo hiểm y tế (BHYT)
bhyt-pick =
    🏥 Bảo hiểm y tế (BHYT): đi khám chữa bệnh được trả bớt tiền.
    Bác cần biết việc nào?
bhyt-pick-free = 🎁 Ai được Nhà nước mua thẻ
bhyt-pick-renew = 🔁 Gia hạn thẻ cho cả nhà trên mạng
bhyt-pick-card = 📱 Thẻ của tôi ở đâu
bhyt-free =
    🎁 Nhà nước mua thẻ BHYT cho:
    • Người hưởng trợ cấp hưu trí xã hội (từ 75 tuổi, hoặc 70 đến 74 tuổi ở hộ nghèo, cận nghèo). Từ 1/1/2026 được trả 100% chi phí trong phạm vi.
    • Hộ nghèo.
    Hộ cận nghèo: Nhà nước hỗ trợ tiền mua thẻ; từ 1/1/2026 được trả 100% chi phí trong phạm vi.
    Chưa có thẻ? Bác hỏi xã.
bhyt-renew-open =
    🔁 Gia hạn thẻ BHYT hộ gia đình:
    Bước 1: Mở dichvucong.gov.vn (nút bên dưới), đăng nhập bằng VNeID.
bhyt-renew-code = Bước 2: Bấm "Thanh toán trực tuyến", chọn "Đóng BHXH tự nguyện và BHYT theo hộ gia đình", rồi "Gia hạn thẻ BHYT theo hộ gia đình". Gõ mã thẻ (bắt đầu bằng chữ GD) và số tháng.
bhyt-renew-pay =
    Bước 3: Kiểm tra số tiền Cổng hiện, rồi trả qua ngân hàng hoặc ví điện tử.
    Cả nhà đăng ký cùng một nơi ở thì người thứ 2 trở đi được giảm tiền.
    Bác trả giúp người nhà cũng được.
bhyt-card =
    📱 Thẻ BHYT của bác có ở:
    • Ứng dụng VNeID: "Ví giấy tờ" → "Thẻ BHYT" (cần VNeID mức 2, tức tài khoản đã xác thực ở công an).
    • Ứng dụng VssID của Bảo hiểm xã hội.
    • Ở bệnh viện: đưa thẻ căn cước gắn chip là được.
    Không dùng điện thoại thông minh? Bác xin thẻ giấy ở xã.
    Thẻ mới không in hạn dùng: hạn có trong hệ thống và trên biên lai.
bhyt-done = ✅ Muốn hỏi thêm về thẻ của nhà bác, bấm "🙋 Hỏi cán bộ xã".

## Cư trú: thường trú, tạm trú, tạm vắng, sổ hộ khẩu

res-title = 🏡 Cư trú: thường trú, tạm trú, hộ khẩu
res-pick =
    🏡 Việc cư trú (nhập hộ khẩu, tạm trú, đi vắng lâu) do công an xã làm.
    Bác cần việc nào?
res-pick-book = 📕 Sổ hộ khẩu của tôi đâu rồi?
res-pick-register = 🏠 Đăng ký thường trú hoặc tạm trú
res-pick-absent = 🧳 Báo đi vắng lâu (tạm vắng)
res-book =
    📕 Sổ hộ khẩu không còn dùng nữa, từ ngày 1/1/2023.
    Thay vào đó, thông tin nơi ở có trong thẻ căn cước và trong VNeID.
    Xem trong VNeID: "Ví giấy tờ" → "Thông tin cư trú": có chủ hộ và cả nhà.
    Ai đòi giấy tờ về nơi ở: bác xin "Xác nhận thông tin về cư trú" ở công an xã nào cũng được, không mất tiền.
res-register =
    🏠 Đăng ký thường trú (ở lâu dài) hoặc tạm trú (ở một thời gian) tại nơi ở mới.
    Cả nhà chuyển về: một người khai cho cả nhà trên cùng một tờ khai.
res-paper-form = ✍️ Tờ khai thay đổi thông tin cư trú (mẫu CT01)
res-paper-owner = 🏠 Ở nhà người khác (con cái, anh chị em): chủ nhà đồng ý, ghi vào tờ khai hoặc xác nhận trên VNeID
res-paper-rent = 📄 Nhà thuê, mượn: hợp đồng thuê, mượn nhà
res-register-how =
    📱 Nộp trên VNeID: "Thủ tục hành chính" → "Đăng ký thường trú" hoặc "Đăng ký tạm trú", rồi điền và gửi.
    Hoặc nộp trên dichvucong.gov.vn, hoặc đến công an xã.
    Trên mạng chỉ cần ảnh chụp giấy tờ rõ nét.
res-absent =
    🧳 Đi khỏi xã lâu (ví dụ đi làm xa từ 12 tháng trở lên): báo tạm vắng với công an xã.
    Báo được trên VNeID, trên dichvucong.gov.vn, hoặc qua số điện thoại công an xã công bố. Không mất tiền.
res-facts =
    📌 Tóm tắt:
    💰 Lệ phí: thường trú 20.000 đồng (nộp trên mạng 10.000 đồng); tạm trú 15.000 đồng (trên mạng 7.000 đồng); tạm vắng, xác nhận cư trú: miễn phí.
    ⏱️ Thời hạn: thường trú 7 ngày làm việc; tạm trú 3 ngày làm việc; tạm vắng 1 ngày.
    🏢 Ai làm: công an xã.
res-assistant =
    💡 Trong ứng dụng VNeID có "Trợ lý ảo" của Bộ Công an: hỏi được giấy tờ cần mang, mẫu đơn, địa chỉ công an xã và Trung tâm Phục vụ hành chính công. Trợ lý ảo không nộp hồ sơ thay bác.

## Broadcasts, subscriptions and weekly reminders

bc-footer = 🔐 Mã xác thực: { $code }. Muốn biết tin này có thật không, gửi cho Trợ lý: /kiemtra { $code }
bc-not-allowed = Lệnh này chỉ dành cho Tổ công tác. Bác bấm /menu để xem hướng dẫn.
bc-verify-usage = Gửi mã ở cuối tin nhắn, ví dụ: /kiemtra TB-7KQ2M9. Hoặc chuyển tiếp (forward) tin đó cho Trợ lý.
bc-verify-real = ✅ Đúng. Tin mã { $code } do Tổ công tác gửi ngày { $date }.
bc-verify-unknown = ⚠️ Không có tin nào của Tổ công tác mang mã { $code }. Tin đó có thể là giả. Đừng làm theo, đừng chuyển tiền.
bc-verify-altered = ⚠️ Mã { $code } là thật, nhưng nội dung bác nhận KHÁC tin gốc. Đừng làm theo tin đó. Tin gốc gửi ngày { $date } là:
bc-verify-safety = 🛡️ Cán bộ không bao giờ hỏi mật khẩu hay mã OTP. Không đưa mã cho ai, kể cả người tự xưng công an.
reminder-when =
    { $when ->
        [today] Hôm nay, thứ Năm
        [tomorrow] Ngày mai, thứ Năm
       *[other] Thứ Năm này
    }
reminder-weekly =
    📅 { reminder-when } là Ngày thứ Năm chuyển đổi số.
    Tổ công tác hướng dẫn bà con làm hồ sơ trực tuyến trên điện thoại.
    📍 { $office }, { $address }
    🕖 { $hours }
    Nhớ mang căn cước và điện thoại.
reminder-weekly-generic =
    📅 { reminder-when } là Ngày thứ Năm chuyển đổi số.
    Tổ công tác hướng dẫn bà con làm hồ sơ trực tuyến tại Trung tâm phục vụ hành chính công của xã.
    Nhớ mang căn cước và điện thoại.
reminder-hours-default = Giờ hành chính thứ Năm (hỏi lại xã để biết giờ chính xác)
sub-on = 🔔 Bác đã đăng ký nhận tin nhắc của { $unit }. Muốn thôi, gửi /huy.
sub-off = 🔕 Đã tắt tin nhắc. Muốn nhận lại, gửi /dangky.
sub-already-off = Bác chưa đăng ký nhận tin nhắc. Muốn nhận, gửi /dangky.
sub-need-unit = Bác chưa chọn xã. Gửi /start để chọn xã, rồi gửi /dangky.

## Asking a person: the commune's officials and the task force (src/handoff)

ask-button = 🙋 Hỏi cán bộ xã
ask-prompt =
    🙋 Bác gõ câu hỏi vào ô chat rồi gửi nhé. Cán bộ { $unit } sẽ đọc và trả lời ngay trong cuộc trò chuyện này.
    Đừng gửi số căn cước, mật khẩu hay mã OTP.
ask-suggest-returned = 📄 Hồ sơ của tôi bị trả lại, tôi phải làm gì?
ask-suggest-login = 🔐 Tôi làm theo hướng dẫn mà vẫn không đăng nhập được.
ask-suggest-fee = 💳 Thủ tục của tôi mất bao nhiêu tiền?
ask-sent =
    ✅ Đã gửi câu hỏi. Mã câu hỏi của bác: { $code }.
    { $when }
    Trong lúc chờ, bác vẫn dùng các hướng dẫn như thường.
ask-when-open = Cán bộ { $unit } sẽ trả lời trong giờ làm việc hôm nay.
ask-when-later = Bây giờ ngoài giờ làm việc. Cán bộ { $unit } sẽ trả lời từ { $time } { $day }.
day-today = hôm nay
day-tomorrow = ngày mai
weekday-1 = thứ Hai
weekday-2 = thứ Ba
weekday-3 = thứ Tư
weekday-4 = thứ Năm
weekday-5 = thứ Sáu
weekday-6 = thứ Bảy
weekday-7 = Chủ nhật
ask-unavailable = Ở đây chưa hỏi cán bộ được. Bác nhắn trang Zalo của xã, hoặc đến Trung tâm Phục vụ hành chính công của xã nhé.
reminders-unavailable = Ở đây chưa gửi tin nhắc được. Bác nhắn trang Zalo hoặc Telegram của xã để nhận tin nhắc thứ Năm nhé.
ask-limit = Hôm nay bác đã gửi nhiều câu hỏi rồi. Cán bộ sẽ trả lời lần lượt. Ngày mai bác hỏi tiếp được nhé.
ask-offer = Trợ lý chưa hiểu ý bác. Bác có muốn hỏi thẳng cán bộ xã không?
handoff-answer =
    💬 { $who } trả lời (câu hỏi { $code }):
    { $text }
handoff-answer-hint = Muốn hỏi thêm, bác bấm "🙋 Hỏi cán bộ xã" rồi gõ tiếp.
handoff-phone-ask = 📞 Cán bộ { $unit } muốn gọi điện cho bác về câu hỏi { $code }. Nếu bác đồng ý, bấm nút bên dưới để gửi số điện thoại. Không đồng ý thì bác không cần làm gì.
handoff-phone-ask-call = 📞 Cán bộ { $unit } muốn nói chuyện với bác về câu hỏi { $code }. Bác có thể gọi cho Trung tâm Phục vụ hành chính công của xã.
handoff-phone-button = 📞 Gửi số điện thoại của tôi
handoff-phone-thanks = ✅ Đã gửi số điện thoại cho cán bộ. Trợ lý không lưu số này.
handoff-closed-plain = Câu hỏi { $code } đã xong. Cảm ơn bác. Muốn hỏi thêm, bác gõ /hoicanbo.
handoff-closed = Câu hỏi { $code } đã xong. Cán bộ đã giúp được bác chưa?
handoff-feedback-up = 👍 Đã được giúp
handoff-feedback-down = 👎 Chưa được
handoff-feedback-thanks = Cảm ơn bác đã cho biết.
handoff-who = Cán bộ { $unit }
nudge-text = 👋 Bác đang làm dở: { $guide }, bước { $n }. Bác có muốn làm tiếp không?
nudge-go = ▶️ Làm tiếp
nudge-stop = ✖️ Thôi

## Privacy notice (content/flows/privacy.yaml)

privacy-title = 🔒 Thông tin cá nhân của bác
privacy-notice =
    🔒 Thông tin cá nhân của bác
    • Ai giữ: Ủy ban nhân dân xã (đơn vị quản lý Trợ lý này).
    • Giữ gì: xã, ngôn ngữ, bác đang làm đến bước nào (30 ngày). Nếu bác đồng ý nhận tin nhắc: mã cuộc trò chuyện (đến khi bác thôi nhận). Câu hỏi gửi cán bộ (30 ngày sau tin cuối). Số lần làm xong hướng dẫn, để xã làm báo cáo; kèm một mã ẩn danh chỉ khi bác đồng ý (180 ngày).
privacy-notice-rights =
    • Không bao giờ giữ: số căn cước, mật khẩu, mã OTP.
    • Quyền của bác: xem, xóa thông tin, thôi nhận tin bất cứ lúc nào. Gõ /dulieu để xem và xóa, /huy để thôi nhận tin, /andanh để đổi ý về mã ẩn danh.
    • Muốn khiếu nại: gửi Ủy ban nhân dân xã, hoặc hỏi cán bộ xã bằng nút "🙋 Hỏi cán bộ xã".

## Personal data: seeing and deleting what the assistant holds (/dulieu, /xoadulieu)

pd-title = 📄 Trợ lý đang giữ những thông tin này của bác:
pd-lang = • Ngôn ngữ: { $lang }
pd-unit = • Xã: { $unit }
pd-remind-on = • Nhận tin nhắc: có (bác đồng ý lúc { $since })
pd-remind-off = • Nhận tin nhắc: không
pd-stats-on = • Thống kê ẩn danh có mã của bác: có (bác đồng ý lúc { $since })
pd-stats-off = • Thống kê ẩn danh có mã của bác: không
pd-guide = • Hướng dẫn đang làm dở: { $guide }
pd-threads = • Câu hỏi gửi cán bộ: { $codes }
pd-sessions = • Số lần làm xong hướng dẫn (chỉ ghi bí danh, không có tên hay số điện thoại): { $n }
pd-nothing = Trợ lý không giữ thông tin nào của bác.
pd-never = Trợ lý không bao giờ lưu số căn cước, mật khẩu hay mã OTP.
pd-erase-ask = Muốn xóa hết, bác bấm nút bên dưới (hoặc gõ /xoadulieu xoa). Xóa rồi thì không lấy lại được.
pd-erase-button = 🗑 Xóa hết thông tin của tôi
pd-erased =
    ✅ Đã xóa hết thông tin của bác: xã, ngôn ngữ, đăng ký nhận tin, { $threads } câu hỏi gửi cán bộ, { $sessions } lần làm xong hướng dẫn, tên bác trong { $runs } danh sách đã gửi tin.
    Muốn dùng lại, bác gửi /start.
