### Trợ lý Dịch vụ công: văn bản tiếng Việt (ngôn ngữ gốc, mọi khóa phải có ở đây).
### Quy tắc: câu ngắn, mỗi bước một việc, gọi người dùng là "bác", giải nghĩa từ khó.

## Giao diện chung (engine dùng)

nav-back = ⬅️ Quay lại
nav-home = 🏠 Về menu
nav-next = Tiếp tục ➡️
nav-skip = Bỏ qua
step-counter = Bước { $n }/{ $total }
menu-title =
    📍 Xã của bác: { $unit }
    Bác cần làm việc gì? Bấm một nút bên dưới.
menu-language = 🌐 Đổi ngôn ngữ
menu-unit = 📍 Đổi xã
checklist-hint = 👉 Bác bấm vào thứ đã có để đánh dấu ✅.
checklist-progress = Đã có { $done }/{ $total } thứ.
stale-button = Menu này đã cũ. Đây là menu mới, bác bấm lại giúp nhé.
unknown-text = Xin lỗi, Trợ lý chưa hiểu ý bác. Bác bấm một nút bên dưới nhé.
unknown-text-suggest = Xin lỗi, Trợ lý chưa hiểu rõ. Có phải bác cần một trong các hướng dẫn này:
unsupported-message = Trợ lý chỉ đọc được chữ. Bác bấm một nút bên dưới nhé.
too-long = Tin nhắn dài quá. Bác viết ngắn lại, hoặc bấm một nút bên dưới.
sensitive-warning = ⚠️ Bác đừng gửi số căn cước, mật khẩu hay mã OTP cho ai, kể cả cho Trợ lý này. Tin nhắn vừa rồi không được lưu lại.
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
unit-found-old = "{ $old }" từ ngày 1/7/2025 nay thuộc { $unit }.
unit-not-found = Chưa tìm thấy xã "{ $text }". Bác bấm tên xã bên dưới nhé.
unit-confirm = ✅ Bác đã chọn { $unit }.
question-invalid-default = Câu trả lời chưa đúng dạng. Bác gõ lại giúp nhé.
help =
    ℹ️ Trợ lý Dịch vụ công hướng dẫn bác từng bước:
    • làm tài khoản VNeID và đăng nhập Cổng Dịch vụ công quốc gia (dichvucong.gov.vn);
    • nộp hồ sơ trên mạng, ví dụ làm khai sinh cho con, cho cháu.
    Cách dùng: bấm các nút bên dưới tin nhắn. Bấm "⬅️ Quay lại" để về bước trước, "🏠 Về menu" để về đầu.
    Lệnh gõ nhanh:
    • /start: bắt đầu
    • /menu: về menu chính
    • /help: xem hướng dẫn này
    • /huy: tắt tin nhắc thứ Năm
    🔒 Trợ lý không bao giờ hỏi mật khẩu, mã OTP hay số căn cước. Đừng gửi các số đó cho ai.
    Trợ lý chỉ hướng dẫn, không nộp hồ sơ thay bác.
cmd-start = Bắt đầu
cmd-menu = Menu chính
cmd-help = Hướng dẫn sử dụng
demo-banner = Đây là bản DEMO (chạy thử) của Trợ lý trên máy này. Không có gì được gửi tới cơ quan nhà nước.
session-done = Cảm ơn bác! Bấm "🏠 Về menu" để xem hướng dẫn khác.

## Dùng chung trong các hướng dẫn

link-portal = 🌐 Mở dichvucong.gov.vn

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
    Nếu đồng ý, Trợ lý chỉ lưu cuộc trò chuyện này và tên xã của bác, không lưu gì khác.
    Muốn dừng lúc nào cũng được: gõ /huy.
onboarding-remind-yes = 🔔 Có, nhắc tôi
onboarding-remind-no = 🔕 Không, cảm ơn
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
vneid-card =
    Từ 1/7/2024, muốn đăng nhập Cổng Dịch vụ công phải dùng VNeID. Tài khoản cũ của Cổng không dùng được nữa.
    Để có VNeID mức 2, cần thẻ căn cước gắn chip (hoặc thẻ căn cước công dân gắn chip).
    Bác (hoặc người nhà) đang ở trường hợp nào?
vneid-card-chip = 💳 Có thẻ chip, chưa có VNeID
vneid-card-level2 = ✅ Đã có VNeID mức 2
vneid-card-none = ❌ Chưa có thẻ gắn chip
vneid-nochip =
    Không sao ạ. Bác đến Công an xã để làm thẻ căn cước.
    Khi làm thẻ, bác nói muốn đăng ký luôn tài khoản VNeID mức 2. Hai việc làm cùng một lần.
    Người làm thẻ phải tự đến, vì cán bộ chụp ảnh và lấy dấu vân tay.
    Nhớ mang theo điện thoại có sim đứng tên chính mình.
    Khi đã có tài khoản, bác mở lại hướng dẫn này và chọn "✅ Đã có VNeID mức 2".
vneid-bring =
    📍 Bác đến Công an xã để đăng ký VNeID mức 2. Xã nào cũng được.
    Người cần tài khoản phải tự đến: cán bộ chụp ảnh, lấy dấu vân tay. Không ai làm thay được.
    📱 Về sim điện thoại: từ 15/4/2026, số điện thoại phải đứng tên đúng người dùng (khớp với căn cước và khuôn mặt). Nếu bác dùng sim đứng tên con cháu, hãy ra cửa hàng nhà mạng, mang theo thẻ căn cước, xin chuyển sim sang tên mình. Có vậy mới nhận được mã OTP (mã số gửi qua tin nhắn).
    Đã đăng ký ở Công an rồi? Bấm "Tiếp tục ➡️".
vneid-bring-card = 💳 Thẻ căn cước gắn chip
vneid-bring-sim = 📱 Sim đứng tên chính mình
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
    1. Mở VNeID, bấm "Kích hoạt tài khoản".
    2. Nhập số định danh cá nhân (12 số trên thẻ căn cước) và số điện thoại đã đăng ký.
    3. Nhập mã OTP gửi về tin nhắn.
    4. Đặt mật khẩu: từ 8 đến 20 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt (ví dụ @).
    5. Đặt passcode (mã 6 số) và trả lời câu hỏi bảo mật.
    Bác nhớ kỹ mật khẩu. Nếu ghi ra giấy thì cất kỹ ở nhà, không đưa cho ai.
vneid-login =
    🌐 Bây giờ đăng nhập Cổng Dịch vụ công quốc gia: dichvucong.gov.vn
    Từ 1/7/2025, đây là cổng duy nhất để nộp hồ sơ trên mạng. Cổng riêng của tỉnh không còn nữa.
    Bác đăng nhập trên máy nào?
vneid-login-phone = 📱 Trên điện thoại
vneid-login-pc = 💻 Trên máy tính
vneid-login-a =
    Cách đăng nhập bằng mật khẩu:
    1. Mở trang dichvucong.gov.vn (bấm nút bên dưới), bấm "Đăng nhập".
    2. Chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an".
    3. Tên đăng nhập: số định danh cá nhân (12 số trên thẻ căn cước). Mật khẩu: mật khẩu VNeID.
    4. Nhập mã OTP gửi về số điện thoại đã đăng ký VNeID.
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
    Một số cách xử lý thường gặp:
    • Mã OTP gửi về điện thoại cũ: trên máy mới, đăng nhập VNeID, chọn xác thực bằng thẻ căn cước gắn chip (áp thẻ vào lưng điện thoại, gọi là NFC). Có thể phải thử nhiều lần.
    • Quên mật khẩu: trong VNeID, bấm "Quên mật khẩu" rồi làm theo.
    • Số điện thoại sai, hoặc không đứng tên bác: đến Công an xã, hoặc gọi 1900 0368 (bấm phím 4). Đổi số mất khoảng 7 đến 10 ngày.
    • Báo "Hệ thống đang bảo trì": bác thử lại sau vài giờ.
    Cần người giúp: hỏi Công an xã, hoặc cán bộ ở Trung tâm Phục vụ hành chính công xã.
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

## Hướng dẫn: khai sinh, thường trú, thẻ BHYT cho bé dưới 6 tuổi (liên thông)

birth-title = 👶 Làm khai sinh cho bé
birth-who =
    Hướng dẫn này giúp đăng ký khai sinh trên mạng cho bé dưới 6 tuổi.
    Nộp một lần, bé được làm cùng lúc 3 việc: khai sinh, đăng ký thường trú (như nhập hộ khẩu trước đây) và thẻ bảo hiểm y tế.
    Ai đứng ra làm?
birth-who-parent = 👨‍👩‍👧 Cha hoặc mẹ của bé
birth-who-relative = 👵 Ông bà, người thân
birth-age =
    Bé bao nhiêu tuổi?
    Cách làm gộp 3 việc này dành cho bé dưới 6 tuổi.
    Nên làm trong 60 ngày kể từ ngày bé sinh: đúng hạn thì không mất lệ phí.
birth-age-under6 = 👶 Bé dưới 6 tuổi
birth-age-over6 = 🧒 Bé từ 6 tuổi trở lên
birth-age-office = 🏢 Muốn làm tại xã
birth-other =
    Bác có thể làm khai sinh tại Trung tâm Phục vụ hành chính công của xã. Từ 1/7/2025, xã nào cũng nhận, không cần đúng xã nơi ở.
    Mang theo:
    • giấy chứng sinh của bé (sinh ở nhà: giấy của người làm chứng, hoặc giấy cam đoan);
    • thẻ căn cước của người đi làm.
    Ông bà, người thân cũng đi làm được, không cần giấy ủy quyền.
    Cũng có thể nộp trên mạng: thủ tục "Đăng ký khai sinh" trên dichvucong.gov.vn.
    Trễ hạn (quá 60 ngày) có thể mất lệ phí: xem mức phí hiển thị trên Cổng, hoặc hỏi cán bộ xã.
    Có giấy khai sinh rồi, nhớ đăng ký thường trú cho bé trong 60 ngày.
birth-vneid =
    Người đứng ra làm cần tài khoản VNeID mức 2 của chính mình.
    Ông bà, người thân làm khai sinh cho cháu không cần giấy ủy quyền.
    Bác đã có VNeID mức 2 chưa?
birth-vneid-yes = ✅ Đã có mức 2
birth-vneid-no = ❌ Chưa có
birth-novneid =
    Bác cần làm VNeID mức 2 trước.
    Bấm "🏠 Về menu", chọn hướng dẫn "{ vneid-title }". Làm xong, bác quay lại đây.
    Nhớ: khai sinh trong 60 ngày kể từ ngày bé sinh thì không mất lệ phí.
birth-papers =
    📋 Chuẩn bị trước khi khai. Không phải nộp giấy: bác chỉ chụp ảnh rõ, đủ sáng, rồi tải lên.
    Giấy chứng sinh là giấy bệnh viện hoặc trạm y tế đưa khi bé sinh. Sinh ở nhà: dùng giấy của người làm chứng, hoặc giấy cam đoan.
    Giấy tờ cần tải lên sẽ hiện trên màn hình khi khai, bác làm theo màn hình.
birth-paper-chungsinh = 📄 Giấy chứng sinh của bé
birth-paper-kethon = 💍 Giấy kết hôn cha mẹ (nếu có)
birth-paper-cccd = 💳 Căn cước của cha và mẹ
birth-paper-name = ✍️ Tên, dân tộc đặt cho bé
birth-paper-phone = 📱 Điện thoại có VNeID mức 2
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
    1. Điền thông tin của bé và cha mẹ. Có chỗ máy tự điền sẵn, bác kiểm tra lại.
    2. Chọn nơi làm: tỉnh Vĩnh Long, rồi chọn xã. Khai sinh nộp ở xã nào cũng được.
    3. Tải ảnh giấy chứng sinh và giấy tờ màn hình yêu cầu.
    4. Kiểm tra lại, bấm nộp.
    5. Chép lại mã hồ sơ hiện ra sau khi nộp.
    💰 Đúng hạn (trong 60 ngày từ khi bé sinh): không mất lệ phí. Trễ hạn: xem mức phí hiển thị trên Cổng.
    ⏱️ Khai sinh xong trong ngày làm việc. Thẻ bảo hiểm y tế chậm nhất 2 ngày làm việc sau đó.
birth-filed = Bác đã bấm nộp xong chưa?
birth-filed-yes = ✅ Đã nộp xong
birth-filed-later = ⏳ Chưa, để làm sau
birth-later =
    Không sao ạ. Khi nào sẵn sàng, bác mở lại hướng dẫn này.
    Nhớ nộp trong 60 ngày kể từ ngày bé sinh để không mất lệ phí.
    Cần người giúp: hỏi cán bộ ở Trung tâm Phục vụ hành chính công xã.
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
    • Khai sinh thường xong trong ngày làm việc. Thẻ bảo hiểm y tế chậm nhất 2 ngày làm việc sau đó.
    • Kết quả báo qua tin nhắn, VNeID và Cổng. Xem tiến độ: trên dichvucong.gov.vn, mục "Tra cứu hồ sơ", gõ mã hồ sơ.
    • Nếu cán bộ xin bổ sung giấy tờ, vào mục "Quản lý hồ sơ" để gửi thêm.
    • Sau này, bác có thể xin thẻ căn cước cho bé dưới 6 tuổi ngay trong VNeID, thẻ gửi về tận nhà.
