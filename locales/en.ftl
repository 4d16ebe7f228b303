### Public Services Assistant: English texts. Every key of vi.ftl, with the same placeholders.

## Shared interface (used by the engine)

nav-back = ⬅️ Back
nav-home = 🏠 Menu
nav-next = Continue ➡️
nav-skip = Skip
step-counter = Step { $n }/{ $total }
menu-title =
    📍 Your commune: { $unit }
    What do you need to do? Tap a button below.
menu-language = 🌐 Change language
menu-unit = 📍 Change commune
checklist-hint = 👉 Tap the things you already have to tick them ✅.
checklist-progress = Ready: { $done }/{ $total }.
stale-button = This menu is out of date. Here is a fresh one, please tap again.
unknown-text = Sorry, I did not understand. Please tap a button below.
unknown-text-suggest = Sorry, I did not quite understand. Maybe you need one of these guides:
unsupported-message = I can only read text. Please tap a button below.
too-long = The message is too long. Please write a shorter one, or tap a button below.
sensitive-warning = ⚠️ Never send ID-card numbers, passwords or OTP codes to anyone, not even to this assistant. Your message was not saved.
scam-warning =
    ⚠️ Beware of scams:
    • The police never phone you to "activate" or "update" VNeID. Anyone who does is a scammer.
    • Install VNeID only from the App Store or CH Play (Google Play). Do not open strange links or install unknown files.
    • Never give your OTP code, password or passcode to anyone, even someone who says they are an official.
    • Do not accept video calls from strangers.
    • Addresses changed by the commune mergers are updated automatically. Nobody needs to call you to "update your address".
busy = The system is busy, please try again in a few minutes.
resume-prompt = Last time you were working on "{ $flow }", at step { $n }. Do you want to continue?
resume-continue = ▶️ Continue
resume-restart = 🔄 Start over
flow-updated = ℹ️ This guide was just updated. Please look again from this step.
unit-found-old = "{ $old }" has belonged to { $unit } since 1/7/2025.
unit-not-found = I could not find the commune "{ $text }". Please tap a name below.
unit-confirm = ✅ You chose { $unit }.
question-invalid-default = That answer does not look right. Please try again.
help =
    ℹ️ The Public Services Assistant guides you step by step:
    • getting a VNeID account and logging in to the National Public Service Portal (dichvucong.gov.vn);
    • filing procedures online, for example registering the birth of a child or grandchild.
    How to use it: tap the buttons under the messages. Tap "⬅️ Back" for the previous step, "🏠 Menu" to go back to the start.
    Quick commands:
    • /start: start
    • /menu: main menu
    • /help: this help
    • /huy: stop the Thursday reminders
    🔒 The assistant never asks for passwords, OTP codes or ID-card numbers. Do not send them to anyone.
    The assistant only gives guidance; it does not file anything for you.
cmd-start = Start
cmd-menu = Main menu
cmd-help = How to use
demo-banner = This is a DEMO of the assistant running on this computer. Nothing is sent to the government.
session-done = Thank you! Tap "🏠 Menu" for other guides.

## Shared in guides

link-portal = 🌐 Open dichvucong.gov.vn

## Guide: getting started (onboarding)

onboarding-title = 👋 Get started
onboarding-lang =
    Xin chào! Đây là Trợ lý Dịch vụ công. Bác chọn ngôn ngữ nhé.
    សួស្តី! នេះជាជំនួយការសេវាសាធារណៈ។ សូមជ្រើសរើសភាសា។
    Hello! This is the Public Services Assistant. Please choose a language.
onboarding-lang-vi = Tiếng Việt
onboarding-lang-km = ភាសាខ្មែរ (Khmer)
onboarding-lang-en = English
onboarding-unit =
    📍 Which commune do you live in?
    Since 1/7/2025 the former Trà Cú district is 6 communes of Vĩnh Long province.
    Tap your commune below. Or type its name; old names work too (for example: Ngọc Biên).
onboarding-remind =
    🔔 Every Thursday is "Digital Thursday" (Ngày thứ Năm chuyển đổi số): commune staff help people do procedures online.
    Would you like a reminder every Thursday?
    If you agree, the assistant keeps only this chat and the name of your commune, nothing else.
    You can stop at any time: type /huy.
onboarding-remind-yes = 🔔 Yes, remind me
onboarding-remind-no = 🔕 No, thank you
onboarding-done = Thank you! Choose what you need from the menu below.

## Guide: VNeID level 2 and logging in to the portal

vneid-title = 🪪 VNeID & portal login
vneid-who =
    This guide helps you:
    1. Get a level 2 VNeID account (the electronic identification account of the Ministry of Public Security).
    2. Use it to log in to the National Public Service Portal.
    Who is it for?
vneid-who-self = 🙋 For myself
vneid-who-relative = 👵 Helping a relative
vneid-card =
    Since 1/7/2024 you can only log in to the Public Service Portal with VNeID. Old portal accounts no longer work.
    For VNeID level 2 you need a chip ID card (căn cước, or the older chip CCCD card).
    Which case are you (or your relative) in?
vneid-card-chip = 💳 Chip card, no VNeID yet
vneid-card-level2 = ✅ Already have level 2
vneid-card-none = ❌ No chip card yet
vneid-nochip =
    No problem. Go to the commune police to apply for an ID card (căn cước).
    When you apply, say you also want a VNeID level 2 account. Both are done in one visit.
    The person must go in person, because the officer takes a photo and fingerprints.
    Bring a phone with a SIM registered in your own name.
    Once you have the account, open this guide again and choose "✅ Already have level 2".
vneid-bring =
    📍 Go to the commune police to register VNeID level 2. Any commune is fine.
    The account holder must go in person: the officer takes a photo and fingerprints. Nobody can do it for you.
    📱 About your SIM: since 15/4/2026 every phone number must be registered to the real user (matching their ID and face). If you use a SIM in a child's or grandchild's name, go to the carrier's store with your ID card and ask to move the SIM into your name. Only then will you receive OTP codes (codes sent by text message).
    Already registered at the police? Tap "Continue ➡️".
vneid-bring-card = 💳 Chip ID card
vneid-bring-sim = 📱 SIM in your own name
vneid-bring-phone = 📲 The phone with that SIM
vneid-bring-email = ✉️ Email (if you have one)
vneid-app =
    After registering at the police, wait for a text message saying your account was approved.
    Meanwhile, install the VNeID app (from the Ministry of Public Security) on your phone:
    • iPhone: open the App Store.
    • Android phone: open CH Play (Google Play).
    Search for "VNeID", or tap a button below.
    ⚠️ Install only from the App Store or CH Play. Never install from a link someone sends you by Zalo, Facebook or text message.
vneid-link-ios = 🍎 VNeID on the App Store
vneid-link-android = 🤖 VNeID on CH Play
vneid-activate =
    🔑 Activate the account (only once):
    1. Open VNeID, tap "Kích hoạt tài khoản" (activate account).
    2. Enter your personal ID number (the 12 digits on your ID card) and the phone number you registered.
    3. Enter the OTP code sent by text message.
    4. Set a password: 8 to 20 characters, with an uppercase letter, a lowercase letter, a digit and a special character (for example @).
    5. Set a passcode (6 digits) and answer the security questions.
    Remember your password well. If you write it down, keep the paper safe at home and show it to nobody.
vneid-login =
    🌐 Now log in to the National Public Service Portal: dichvucong.gov.vn
    Since 1/7/2025 it is the only portal for filing online. Provincial portals no longer exist.
    Which device are you using?
vneid-login-phone = 📱 A phone
vneid-login-pc = 💻 A computer
vneid-login-a =
    Logging in with a password:
    1. Open dichvucong.gov.vn (button below) and tap "Đăng nhập" (log in).
    2. Choose "Tài khoản định danh điện tử cấp bởi Bộ Công an" (the VNeID account).
    3. Username: your personal ID number (12 digits on your ID card). Password: your VNeID password.
    4. Enter the OTP code sent to the phone number registered with VNeID.
vneid-login-b =
    Logging in with a QR code (no password typed on the computer):
    1. On the computer, open dichvucong.gov.vn, click "Đăng nhập", choose "Tài khoản định danh điện tử cấp bởi Bộ Công an".
    2. The screen shows a QR code (a black-and-white square).
    3. On your phone, open VNeID, tap the QR scan icon on the home screen and point the camera at the code.
    4. If VNeID asks whether to allow web login, agree.
    Only scan the code on a dichvucong.gov.vn page you opened yourself. Never scan a code a stranger sends you.
vneid-check = Were you able to log in?
vneid-check-ok = ✅ Yes, I am logged in
vneid-check-fail = 😟 Not yet
vneid-trouble =
    Common fixes:
    • The OTP goes to your old phone: on the new phone, log in to VNeID and choose verification with the chip ID card (hold the card to the back of the phone; this is called NFC). It may take several tries.
    • Forgot your password: in VNeID tap "Quên mật khẩu" (forgot password) and follow the steps.
    • Wrong phone number, or a number not in your name: go to the commune police, or call 1900 0368 (press 4). A change takes about 7 to 10 days.
    • "Hệ thống đang bảo trì" (under maintenance): try again a few hours later.
    For help: ask the commune police, or the staff at the commune public-administration service centre.
vneid-date =
    Done! One last question, optional:
    On what date did you register level 2 at the police? Type it as day/month/year, for example 15/03/2026.
    Type only the date. Never type your ID number, password or OTP code.
vneid-date-invalid = That date does not look right. Type it like the example: 15/03/2026 (day/month/year). If you do not remember, tap "🤷 Don't remember, skip".
vneid-date-skip = 🤷 Don't remember, skip
vneid-done =
    🎉 Congratulations, you have VNeID level 2 and can log in to the Public Service Portal!
    From now on you can:
    • file procedures on dichvucong.gov.vn;
    • do some procedures right in VNeID, under "Thủ tục hành chính" (for example a child's birth registration).
    In VNeID you can switch on fingerprint or face login, so you do not have to type the password.
    Remember: the police never phone you to "update" your account or address.

## Guide: birth, permanent residence and health-insurance card for a child under 6 (bundled service)

birth-title = 👶 Register a baby's birth
birth-who =
    This guide helps you register the birth of a child under 6 online.
    One filing does 3 things at once: birth registration, permanent residence registration and a health-insurance card.
    Who is filing?
birth-who-parent = 👨‍👩‍👧 The child's parent
birth-who-relative = 👵 Grandparent or relative
birth-age =
    How old is the child?
    This 3-in-1 filing is for children under 6.
    Do it within 60 days of the birth: on time, there is no fee.
birth-age-under6 = 👶 Under 6
birth-age-over6 = 🧒 6 or older
birth-age-office = 🏢 I'd rather go in person
birth-other =
    You can register the birth at the commune public-administration service centre (Trung tâm Phục vụ hành chính công xã). Since 1/7/2025 any commune accepts it, not only the one where you live.
    Bring:
    • the child's birth notice from the hospital (giấy chứng sinh; if born at home, a witness statement or a signed declaration);
    • the ID card of the person filing.
    Grandparents and relatives can file too, without a power of attorney.
    You can also file online: the procedure "Đăng ký khai sinh" on dichvucong.gov.vn.
    Late registration (after 60 days) may have a fee: check the fee shown on the portal, or ask commune staff.
    Once you have the birth certificate, register the child's permanent residence within 60 days.
birth-vneid =
    The person filing needs their own VNeID level 2 account.
    Grandparents and relatives can register a grandchild's birth without a power of attorney.
    Do you have VNeID level 2?
birth-vneid-yes = ✅ Yes, level 2
birth-vneid-no = ❌ Not yet
birth-novneid =
    You need VNeID level 2 first.
    Tap "🏠 Menu" and choose the guide "{ vneid-title }". When done, come back here.
    Remember: registering within 60 days of the birth is free.
birth-papers =
    📋 Get ready before filling in the form. No paper is handed in: just take clear, well-lit photos and upload them.
    The birth notice (giấy chứng sinh) is the paper the hospital or health station gives at the birth. Born at home: a witness statement, or a signed declaration.
    The screen will show which papers to upload; follow it.
birth-paper-chungsinh = 📄 Child's birth notice
birth-paper-kethon = 💍 Parents' marriage certificate
birth-paper-cccd = 💳 Parents' ID cards
birth-paper-name = ✍️ Child's name and ethnicity
birth-paper-phone = 📱 Phone with VNeID level 2
birth-where =
    📲 Way 1, on the phone (easiest):
    Open VNeID, choose "Thủ tục hành chính", then "Đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT".
    💻 Way 2, on the portal:
    Open dichvucong.gov.vn, log in with VNeID, choose "Dịch vụ công liên thông khai sinh, khai tử".
    The wording may differ slightly. Look for the name shown on the portal.
    The "ℹ️ Birth procedure page" button is for reading only; check the procedure name and code shown on the portal.
birth-link-procedure = ℹ️ Birth procedure page
birth-fill =
    ✍️ Fill in and submit:
    1. Enter the child's and parents' details. Some fields are filled in automatically; check them.
    2. Choose where: Vĩnh Long province, then the commune. Any commune can register a birth.
    3. Upload the photo of the birth notice and any paper the screen asks for.
    4. Check everything, then submit.
    5. Write down the dossier code (mã hồ sơ) shown after submitting.
    💰 On time (within 60 days of the birth): no fee. Late: check the fee shown on the portal.
    ⏱️ The birth is registered within the same working day. The health-insurance card follows within 2 working days.
birth-filed = Have you submitted it?
birth-filed-yes = ✅ Yes, submitted
birth-filed-later = ⏳ Not yet, later
birth-later =
    No problem. When you are ready, open this guide again.
    Remember to file within 60 days of the birth so there is no fee.
    For help: ask the staff at the commune public-administration service centre.
birth-code =
    Type the dossier code here (optional).
    The dossier code (mã hồ sơ) appears after submitting; it has letters, digits and dashes, for example: H62.22-250101-0001.
    Write the code on paper too: you need it to track the dossier.
birth-code-invalid =
    That does not look like a dossier code. A dossier code has letters, digits, dots and dashes, no spaces, for example: H62.22-250101-0001.
    Check your text messages or "Quản lý hồ sơ" (manage dossiers) on the portal, then type it again. No code yet? Tap "⏭️ No code yet, skip".
birth-code-skip = ⏭️ No code yet, skip
birth-done =
    🎉 You have filed the child's birth registration!
    • The birth is usually registered the same working day. The health-insurance card follows within 2 working days.
    • Results come by text message, in VNeID and on the portal. To track it: on dichvucong.gov.vn, "Tra cứu hồ sơ" (track a dossier), type the dossier code.
    • If staff ask for more papers, open "Quản lý hồ sơ" to send them.
    • Later you can request an ID card for a child under 6 right in VNeID; it is delivered to your home.
