### Public Services Assistant: English texts. Every key of vi.ftl, with the same placeholders.

## Shared interface (used by the engine)

nav-back = ⬅️ Back
nav-home = 🏠 Menu
nav-next = Continue ➡️
nav-skip = Skip
step-counter = Step { $n }/{ $total }
step-counter-open = Step { $n }
menu-title =
    📍 Your commune: { $unit }
    What do you need to do? Tap a button below.
menu-language = 🌐 Change language
menu-unit = 📍 Change commune
checklist-hint = 👉 Tap the things you already have to tick them ✅.
checklist-progress = Ready: { $done }/{ $total }.
stale-button = This menu is out of date. Here is a fresh one, please tap again.
unknown-text = This assistant helps only with papers, public procedures and VNeID accounts. Please choose what you need from the buttons below.
unknown-text-suggest = Which of these do you need? Tap one below.
search-opened = Here is the guide: { $title }
unsupported-message = I can only read text. Please tap a button below.
too-fast = You are sending messages very fast. Please wait a few seconds, then go on.
too-many-guides = You have just opened many guides in a row. Please wait a few minutes, then open it again.
too-many-chats = This device has opened many new chats within an hour. Please wait a while, then try again.
which-button = Which button do you mean? Tap a button below, or type its number (1, 2, 3…).
too-long = The message is too long. Please write a shorter one, or tap a button below.
sensitive-warning = ⚠️ Never send ID-card numbers, passwords or OTP codes to anyone, not even to this assistant. Your message was not saved.
sensitive-delete-yourself = 🗑️ Please delete the message you just sent: press and hold it, then choose “Delete”.
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
unit-none = no commune chosen yet (tap “📍 Change commune” to choose)
unit-address-unverified = { $address } (not yet confirmed: ask the commune police or a neighbour before you go)
unit-thursday-unverified = { $hours } (may change: check with the commune before you go)
unit-thursday-unknown = please ask the commune for the exact day and hours
unit-ask-first = To show you the right place, please tell me which commune you live in.
unit-found-old = "{ $old }" has belonged to { $unit } since 1/7/2025.
unit-not-found = I could not find the commune "{ $text }". Please tap a name below.
unit-confirm = ✅ You chose { $unit }.
question-invalid-default = That answer does not look right. Please try again.
help =
    ℹ️ The Public Services Assistant guides you step by step:
    • getting a VNeID account, logging in to the National Public Service Portal (dichvucong.gov.vn), fixing login problems;
    • filing procedures online: birth, marriage, allowances, land certificates, household businesses…;
    • scam warnings; your commune's Thursday hours and address.
    You can also type what you need, for example "forgot password" or "land certificate".
    How to use it: tap the buttons under the messages. Tap "⬅️ Back" for the previous step, "🏠 Menu" to go back to the start.
    Quick commands:
    • /start: start
    • /menu: main menu
    • /help: this help
    • /huy: stop the Thursday reminders
    • /hoicanbo: ask a commune official
    • /dulieu: see or delete what the assistant keeps about you
    • /riengtu: who keeps what, and for how long
    • /andanh: change your answer about the anonymous code in statistics
    🔒 The assistant never asks for passwords, OTP codes or ID-card numbers. Do not send them to anyone.
    The assistant only gives guidance; it does not file anything for you.
cmd-start = Start
cmd-menu = Main menu
cmd-help = How to use
cmd-dangky = Get the Thursday reminders
cmd-huy = Stop the reminders
cmd-kiemtra = Check a task-force message
cmd-hoicanbo = Ask a commune official
cmd-riengtu = Privacy: who keeps what about you
cmd-dulieu = See or delete my information
demo-banner = This is a DEMO of the assistant running on this computer. Nothing is sent to the government.
session-done = Thank you! Tap "🏠 Menu" for other guides.

## Shared in guides

link-portal = 🌐 Open dichvucong.gov.vn
link-procedure = ℹ️ Procedure page on the portal
proc-self = 🙋 For myself
proc-relative = 👵 Helping a relative
proc-how = How do you want to file?
proc-how-online = 🌐 File online
proc-how-office = 🏢 File at the commune
proc-how-province = 🏢 File in person with the province
proc-online =
    🌐 Filing online. One thing to do on each screen.
    Tap the "🌐 Open dichvucong.gov.vn" button below.
proc-online-login = Log in with your VNeID account: "Đăng nhập" (log in) is at the top of the page.
proc-online-find = Type the procedure's name (shown in the summary) in the search box.
proc-online-pick = Tap the right procedure in the list that appears.
proc-online-start = Tap the "Nộp trực tuyến" (file online) button.
proc-online-place = Choose the agency: Vĩnh Long province. If the portal asks for the commune, choose it.
proc-online-form = Fill in the form. Boxes marked * must be filled.
proc-online-photos = Upload a clear photo of each paper you prepared.
proc-online-pay = Pay the fee, if the portal asks. How to pay: see the guide "{ pay-title }".
proc-online-submit = Tap "Nộp hồ sơ" (submit). The portal shows the dossier code (mã hồ sơ): write it down on paper.
proc-filed = Have you submitted it?
proc-filed-yes = ✅ Yes, submitted
proc-filed-later = ⏳ Not yet, later
proc-done =
    🎉 You have filed your dossier!
    • Write the dossier code on paper and keep it safe.
    • To track it: on dichvucong.gov.vn, "Tra cứu hồ sơ" (track a dossier), type the dossier code.
    • If staff ask for more papers: open "Quản lý hồ sơ" (manage dossiers) to send them.
    More in the menu: "{ track-title }".
proc-later =
    No problem. When you are ready, open this guide again.
    For help: { $office }. Digital Thursday: { $thursday }.
proc-office =
    🏢 Take the papers (originals) to:
    { $office }
    📍 { $address }
    📅 On Thursdays staff help with filing online: { $thursday }
    Remember your ID card.
prov-office =
    🏢 The province handles this procedure. Where the province receives it in person in Vĩnh Long has not been confirmed.
    Ask the staff at { $office } ({ $address }) for the nearest place. Filing online saves the trip.
ask-staff =
    🙋 Staff can help you:
    • { $office }, address: { $address }.
    • Digital Thursday: { $thursday }.
    • VNeID account problems: ask the commune police, or call the hotline 1900 0368.
    Bring your ID card and your phone. Type your password and OTP code yourself; never hand them over.
ask-staff-label = 🙋 Ask staff for help
paper-cccd = 💳 ID card
paper-auth = 📝 Authorisation (if for someone)
paper-fee = 💵 Money for the fee
papers-prepare = 📋 Get ready (for online filing, take a clear photo of each paper):

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
    If you agree, the commune People's Committee keeps 3 things to send reminders: this chat's id, your commune and your language. It does not keep what you type.
    They are kept until you stop. To stop: type /huy. To see or delete them: type /dulieu.
onboarding-remind-yes = 🔔 Yes, remind me
onboarding-remind-no = 🔕 No, thank you
onboarding-stats =
    📊 The commune counts how many people finish each guide, to know what people need help with.
    May the assistant keep an anonymous code of yours with it? The code has no name and no phone number. It only stops one person being counted twice. Kept 6 months.
    If you say no, the commune still counts the visits, without your code. Change your mind: type /andanh. See or delete: type /dulieu.
onboarding-stats-yes = ✅ I agree
onboarding-stats-no = 🚫 I don't agree
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
vneid-who-child = 🧒 For my child under 14
vneid-who-org = 🏢 For an organisation
vneid-card =
    Since 1/7/2024 you can only log in to the Public Service Portal with VNeID. Old portal accounts no longer work.
    For VNeID level 2 you need a chip ID card (căn cước, or the older chip CCCD card).
    Level 1 can be done at home, but it only works for a few things.
    Which case are you (or your relative) in?
vneid-card-chip = 💳 Chip card, no VNeID yet
vneid-card-level2 = ✅ Already have level 2
vneid-card-level1 = 📱 Level 1 at home
vneid-card-none = ❌ No chip card yet
vneid-nochip =
    No problem. Go to the commune police to apply for an ID card (căn cước).
    When you apply, say you also want a VNeID level 2 account. Both are done in one visit.
    The person must go in person, because the officer takes a photo and fingerprints.
    Bring your phone and a phone number that works, to receive OTP codes.
    Once you have the account, open this guide again and choose "✅ Already have level 2".
vneid-bring =
    📍 Go to the commune police to register VNeID level 2. Any commune is fine.
    The account holder must go in person: the officer takes a photo and fingerprints. Nobody can do it for you, not even family. Anyone offering to do it "remotely" is a scammer.
vneid-bring-phone-note =
    📱 You need a phone number that works, to receive OTP codes (codes sent by text message).
    It is best in your own name: a SIM in someone else's name is easily locked when the phone changes. SIM in a child's name: see the guide "{ sim-title }".
vneid-bring-list =
    🎒 Bring the things below.
    Already registered at the police? Tap "Continue ➡️".
vneid-bring-card = 💳 Chip ID card
vneid-bring-sim = 📱 A phone number that works
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
    Open VNeID, tap "Kích hoạt tài khoản" (activate account).
vneid-activate-2 = Enter your personal ID number (the 12 digits on your ID card) and the phone number you registered.
vneid-activate-3 = Enter the OTP code sent by text message.
vneid-activate-4 = Set a password: 8 to 20 characters, with an uppercase letter, a lowercase letter, a digit and a special character (for example @).
vneid-activate-5 =
    Set a passcode (6 digits) and answer the security questions.
    Remember your password well. If you write it down, keep the paper safe at home and show it to nobody.
vneid-login =
    🌐 Now log in to the National Public Service Portal: dichvucong.gov.vn
    Since 1/7/2025 it is the only portal for filing online. Provincial portals no longer exist.
    Which device are you using?
vneid-login-phone = 📱 A phone
vneid-login-pc = 💻 A computer
vneid-login-a =
    Logging in with a password, step by step.
    Tap the "🌐 Open dichvucong.gov.vn" button below.
vneid-login-a-2 = Tap "Đăng nhập" (log in) at the top of the page.
vneid-login-a-3 = Choose "Tài khoản định danh điện tử cấp bởi Bộ Công an" (the VNeID account).
vneid-login-a-4 = Type the username: your personal ID number (12 digits on your ID card). The password is your VNeID password.
vneid-login-a-5 = Enter the OTP code (a number sent by text message) that arrives on the phone number registered with VNeID.
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
    Don't worry: login problems are common and can usually be fixed.
    What went wrong? Tap a button to see the fix.
vneid-trouble-more = 🔧 Other problems
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

## Guide: VNeID level 1 at home

m1-title = 📱 VNeID level 1 at home
m1-need =
    📱 VNeID level 1 is registered at home, in the VNeID app.
    Who can: anyone aged 14 or over with a chip ID card.
    ⚠️ Level 1 only works for a few basic things. Most procedures on the portal need level 2 (done at the commune police).
    Get ready:
m1-need-phone = 📲 A smartphone with internet
m1-steps =
    📲 Registering level 1:
    Install VNeID from the App Store or CH Play (buttons below).
m1-steps-2 = Open VNeID and choose to register an account.
m1-steps-3 = Enter your personal ID number (12 digits on your ID card) and a phone number in your own name. Add an email if you have one.
m1-steps-4 = Fill in what the app asks.
m1-steps-face = Take a photo of your face with the phone when the app asks. Look straight at it, in good light.
m1-steps-5 =
    Send the request. The result comes in the app, by text message or by email.
    Button names in the app may differ slightly.
m1-result = Have you received the result?
m1-result-ok = ✅ Yes
m1-result-wait = ⏳ Not yet
m1-up =
    🎉 You have VNeID level 1.
    To file on the portal, upgrade to level 2: go to the commune police (any commune), with your ID card and phone. The account holder must go in person.
    More in the menu: "{ vneid-title }".
m1-wait =
    Please wait a little longer. The result comes in the app, by text message or by email.
    If it takes too long, ask the commune police.
    Remember: the police never phone you to ask for your OTP code. Anyone who does is a scammer.

## Guide: VNeID for children under 14

child-title = 🧒 VNeID for a child under 14
child-age =
    Since 1/7/2024 children have their own VNeID accounts.
    Parents (or guardians) use their own VNeID level 2 to register a child under 14.
    How old is the child?
child-age-u6 = 👶 Under 6
child-age-u14 = 🧒 6 to under 14
child-age-14 = 🧑 14 or older
child-u6 =
    👶 A child under 6:
    • The child needs an ID card (căn cước). Parents can request it right in VNeID; it is delivered to your home.
    • With the card, parents register VNeID level 1 for the child when needed.
child-u14 =
    🧒 A child from 6 to under 14:
    • The child needs an ID card (căn cước).
    • Parents register VNeID level 1 for the child from their own account.
    • For level 2: take the child to the commune police, because the officer takes the child's photo and fingerprints.
child-how =
    📲 How:
    The father or mother opens their own VNeID (level 2 account).
child-how-2 = Find the section for registering an account for a child or ward. The name may differ slightly.
child-how-3 =
    Enter the child's details as the screen asks, then send.
    Cannot find it: ask the commune police.
    The parents keep the child's account. Never give the password or OTP code to outsiders.
child-done = ✅ Done! For the child's procedures (birth, ID card…), parents use their own VNeID level 2.

## Guide: VNeID for organisations and household businesses

org-title = 🏢 VNeID for businesses
org-need =
    🏢 Since 1/7/2025 old organisation accounts on the Public Service Portal no longer work.
    Companies, cooperatives and other organisations need an organisation identification account in VNeID. It is free.
org-need-list =
    Household businesses: the owner usually uses their own VNeID level 2 for procedures. If the portal asks for an organisation account, ask commune staff.
    The organisation needs:
org-need-rep = 🪪 Representative's level 2 VNeID
org-need-paper = 📄 Organisation's registration
org-need-info = ✍️ Name, tax code, address
org-steps =
    📲 The legal representative does this in their own VNeID:
    Open VNeID, choose "Định danh tổ chức" (organisation identification).
org-steps-2 = Choose "Đăng ký định danh tổ chức" (register an organisation).
org-steps-3 = Enter the organisation's details as the screen asks.
org-steps-4 =
    Send the request and wait for the result.
    A person authorised by the representative can also do it.
    Cannot do it on a phone: fill in form TK02 at the police.
org-done = ✅ With the organisation account, log in to dichvucong.gov.vn with it to file for the organisation.

## Guide: fixing login problems

fix-title = 🔧 Fix a login problem
fix-pick =
    What goes wrong when you log in to VNeID or the Public Service Portal?
    Tap a button to see the fix.

sim-title = 📵 SIM not in my name
sim-whose =
    Since 15/4/2026 every phone number must be registered to its real user: matching ID number, full name, date of birth and face.
    A SIM in someone else's name can be locked, and VNeID OTP codes may not arrive.
    Whose name is your SIM in?
sim-whose-relative = 👨‍👩‍👧 A child or relative
sim-whose-unknown = 🤷 I don't know
sim-whose-mine = ✅ It is in my name
sim-check =
    🔎 How to see whose name the SIM is in (any one way):
    • In VNeID: there is a list of the phone numbers registered under your ID number.
    • In the carrier's app, for example MyViettel, "Xác thực thông tin thuê bao" (verify subscriber details).
    • Ask at the carrier's store. It is free.
    If the SIM is not in your name, tap "Continue ➡️".
sim-rule =
    📌 SIM rules (Circular 08/2026):
    • VNeID lists every number registered to your ID. For numbers you use, choose "Đang sử dụng" (in use). For numbers that are not yours, or that you do not know, choose "Không sử dụng" (not in use). The carrier will check them. Do not call the stranger yourself.
sim-rule-2 =
    • Numbers never confirmed lose outgoing service (many on 15/6/2026), both directions 60 days later, and are taken back about 5 days after that. These dates have passed: if your number is locked, go to a carrier store now. Once confirmed, it works again.
    • Moving a SIM to another phone: outgoing calls stop within 2 hours. You have 30 days to redo the face check. After that both directions are locked, and the contract ends 5 days later.
sim-move =
    🏪 The fix: move the SIM into your name at the carrier's store (Viettel, VinaPhone, MobiFone…). Checking your details at the store is free.
    Bring:
sim-move-card = 💳 Your chip ID card
sim-move-phone = 📱 The phone with the SIM
sim-move-owner = 👨‍👩‍👧 The SIM's owner (if possible)
sim-shop =
    👵 For elderly people who cannot travel: carriers send teams to communes and hamlets. Viettel offers checks at home.
    At the store, say: "I want to move this SIM into my name". The store will tell you if it needs other papers.
    After that, this number can receive VNeID OTP codes.
sim-then = Which number is your VNeID registered with?
sim-then-same = ✅ The number I just moved
sim-then-other = ☎️ Another one, must change
sim-done =
    ✅ Done! The number is in your name and VNeID uses it: OTP codes will come to your phone.
    Still no code: go to the menu and choose "{ fix-title }".
sim-mine =
    Good! A SIM in your own name can receive OTP codes.
    If the code still does not come, choose your case:

otpcu-title = 📲 OTP goes to my old phone
otpcu-why =
    VNeID can be logged in on only one phone at a time.
    After changing phones, the OTP code may still go to the old one. This often happens when someone else activated the account on their phone.
    The fix: verify with your chip ID card. This is called NFC: hold the card to the back of the phone so it can read it.
otpcu-nfc =
    📲 On the new phone:
    Open VNeID and log in with your ID number and password.
otpcu-nfc-2 = When asked about the new device, agree.
otpcu-nfc-3 = Choose "Xác thực NFC bằng thẻ CCCD gắn chip" (NFC verification with the chip card).
otpcu-nfc-4 = Hold the ID card against the back of the phone, keep still. It may take several tries; move the card slowly.
otpcu-nfc-5 = The OTP code is then sent to the new phone.
otpcu-result = Did it work?
otpcu-result-ok = ✅ Yes
otpcu-result-nonfc = 📵 My phone has no NFC
otpcu-result-fail = 😟 Tried many times, no
otpcu-borrow =
    If your phone cannot read the card (no NFC):
    1. Borrow a relative's phone with NFC and do the same steps.
    2. Afterwards, unlink the borrowed phone: in VNeID choose Cá nhân → Quản lý thiết bị → Hủy liên kết (personal → devices → unlink).
    Type your password yourself; never tell it to the phone's owner.
otpcu-done = ✅ Great! OTP codes now come to this phone. In VNeID you can switch on fingerprint or face login, so you do not have to type the password.

otp-title = ✉️ No OTP code arrives
otp-check =
    The OTP code is a number sent by text message to confirm it is really you.
    Check each point below. Tap a point once you have checked it.
otp-check-number = 📱 It's the VNeID number
otp-check-signal = 📶 The phone has signal
otp-check-spam = 🗂️ Check spam, blocked texts
otp-check-wait = ⏱️ Wait a bit, then resend
otp-check-locked = 🔒 SIM not locked for texts
otp-got = Did the code arrive?
otp-got-yes = ✅ Yes
otp-got-no = 😟 Still no
otp-why = Still no code. Which case is yours?
otp-why-phone = 📲 I changed phones
otp-why-number = ☎️ I no longer use that number
otp-why-other = 🤷 I don't know
otp-ok = ✅ Great! Enter the code right away; it only works for a few minutes. Never tell this code to anyone.

pw-title = 🔑 Forgot VNeID password
pw-rules =
    ✍️ A new VNeID password must:
    • be 8 to 20 characters long;
    • have an uppercase letter (A), a lowercase letter (a), a digit (1) and a special character (for example @).
    Think of one that is easy for you to remember and hard for others to guess. Then tap "Continue ➡️".
pw-steps =
    🔑 Getting a new VNeID password, step by step.
    Open the VNeID app. On the login screen there is "Quên mật khẩu" (forgot password): tap it.
pw-steps-2 = Enter your personal ID number (12 digits on your ID card) and your phone number.
pw-steps-3 = Choose how to verify: type your personal details, or hold your chip ID card to the back of the phone (NFC).
pw-steps-4 = Enter your name at birth, date of birth and the card's issue date (see your ID card).
pw-steps-5 = Enter the OTP code from the text message you just received.
pw-steps-6 = Set a new password, following the rules from the first step. To change it later: Cá nhân → Đổi mật khẩu (personal → change password).
pw-result = Could you set a new password?
pw-result-ok = ✅ Yes
pw-result-fail = 😟 Still not working
pw-done =
    ✅ Done! Use the new password to log in to VNeID and dichvucong.gov.vn.
    If you write it down, keep it safe at home. Never give it to anyone, even someone offering to help.

pn-title = ☎️ Change VNeID phone number
pn-rule =
    📌 Good to know:
    • One phone number can hold only one VNeID account, and each account has one number.
    • The new number must be working and in your own name. If not: first see the guide "{ sim-title }".
    How do you want to change the number?
pn-how-police = 🚓 At the commune police
pn-how-phone = ☎️ Call 1900 0368
pn-how-app = 📱 In the VNeID app (if you can still log in)
pn-app =
    📱 Change the number in VNeID itself:
    Open VNeID and log in. Only use VNeID from CH Play or the App Store.
pn-app-2 = Tap "Cài đặt" (settings, top right), scroll down, tap "Thay đổi số điện thoại" (change phone number).
pn-app-3 =
    Enter the new number, then the OTP code sent to it. The app may ask for your passcode.
    The names on your screen may differ a little.
pn-police =
    🚓 Go to the commune police and say you want to change your VNeID phone number.
    The account holder must go in person. Bring:
pn-police-phone = 📱 Phone with the new SIM
pn-phone =
    ☎️ Call the VNeID support hotline 1900 0368:
    1. Listen and press 4.
    2. Answer the questions so the operator can check it is you.
    3. Give your new phone number.
    Only call 1900 0368, dialled by yourself. Never tell anyone your password or passcode.
pn-wait =
    ⏳ Wait until the police or the hotline tell you the number was changed. If it takes long, ask the commune police again.
    Then activate VNeID again with the new number:
    Open VNeID, tap "Kích hoạt tài khoản" (activate account).
pn-wait-2 = Enter your personal ID number and the new phone number.
pn-wait-3 = Enter the OTP code sent to the new number and set a password.
pn-done = ✅ That's it. OTP codes now go to the new number.

lost-title = 📴 Lost my phone
lost-lock =
    📴 Lost a phone with VNeID: act now so nobody can use it.
    1. Lock the VNeID account: log in to VNeID on another phone to lock it, or ask the commune police to lock it for now.
    2. Ask your carrier to block the SIM.
    3. If the phone had banking apps: call the bank to freeze them.
    ID card lost too: go to the commune police to lock the electronic ID.
lost-new =
    📱 With a new phone:
    At the carrier's store, ask for a new SIM with the same number. Bring your ID card.
lost-new-2 = Install VNeID from the App Store or CH Play.
lost-new-3 =
    Log in and confirm the new device with your chip ID card (NFC).
    Since 15/6/2026 a SIM put in a new phone needs a new face check, or outgoing calls are locked.
lost-next = Can you log in on the new phone?
lost-next-ok = ✅ Yes
lost-done = ✅ Good. Set a screen lock on your phone and keep it safe.

appbusy-title = ⏳ VNeID says busy
appbusy-info =
    Sometimes VNeID says "Hệ thống đang bảo trì" (under maintenance) or cannot connect. Usually too many people use it at once (for example on 28 and 29/8/2025).
    Do this:
    1. Wait a few hours and try again.
    2. Check the phone is online (wifi or 4G).
    3. Update VNeID in the App Store or CH Play.
    ⚠️ Never install "another version of VNeID" from a link someone sends. That is a scam.
appbusy-done = Still not working later: ask the commune police, or bring your phone to { $office } on Thursday ({ $thursday }).

## Guide: filing online (pick a field, then a procedure)

file-title = 📝 File a procedure online
file-pick =
    Filing online: from home, no queueing.
    You need the filer's own VNeID level 2.
    What kind of procedure? Never filed before: tap "{ howto-title }".
civil-title = 👨‍👩‍👧 Birth, marriage, death
civil-pick =
    👨‍👩‍👧 Civil status (hộ tịch) covers birth, marriage, death…
    Since 1/7/2025 any commune near you will receive the dossier and help send it on. The commune that decides is still the one of residence (birth: where the father or mother lives; death: the deceased's last residence).
    Which procedure?
cert-title = 📄 Certified copies, signatures
cert-pick =
    📄 Certification (chứng thực): the commune confirms a copy matches the original, or a signature is really the signer's.
    Done at the commune People's Committee. You must bring the papers; it cannot be done fully online.
    Which one?
social-title = 🤝 Allowances and jobs
social-pick =
    🤝 Support for older people, people in hardship, people with merit, people who lost their job.
    Which one?
land-title = 🏞️ Land, land certificates
land-pick =
    🏞️ Since 1/7/2025 the commune chairperson issues first land certificates. Land dossiers can be filed at any receiving point in the province.
    Which one?
biz-title = 🏪 Business, gas shops
biz-pick =
    🏪 Household business registration is now done at the commune. The gas (LPG) shop certificate is now probably issued by the province.
    Which one?

howto-title = 🧭 How to file, step by step
howto-login =
    First: log in.
    Open dichvucong.gov.vn, tap "Đăng nhập" (log in), choose the VNeID account (electronic identification of the Ministry of Public Security).
    It is the only portal for filing online. Provincial portals no longer exist.
    No VNeID level 2 yet: go to the menu and choose "{ vneid-title }".
howto-find =
    🔎 Find the procedure:
    Type its name in the search box, for example "khai sinh" (birth). Or browse by field.
    Tap the right procedure, then "Nộp trực tuyến" (file online) or "Nộp hồ sơ" (file).
howto-agency =
    🏢 Choose the agency:
    Choose Vĩnh Long province, then the commune. Since 1/7/2025 there are no districts any more.
    For many procedures the portal already picks province or commune. Civil status: choose the deciding commune, the one of residence (birth: where the father or mother lives; death: the deceased's last residence).
howto-form =
    ✍️ Fill in the form on screen (the e-form).
    Some fields are filled in from the population database. Read them and correct mistakes.
howto-attach =
    📷 Attach the papers:
    Photograph each paper in good light, the whole page visible, sharp, nothing covered.
    Blurry photos mean staff will ask you to send them again, which takes longer.
howto-result =
    📬 Choose how to get the result:
    • at the commune public-administration service centre;
    • by post, to your home;
    • as an electronic copy (view and download on the portal).
howto-pay =
    💳 Pay the fee (if any):
    If there is a fee, the portal shows the amount. The amount shown on the portal is what you pay.
    Pay online through the national payment platform: bank card, bank account, or by scanning a VietQR code.
    More in the menu: "{ pay-title }".
howto-submit =
    📨 Submit.
    The screen shows the dossier code and the date the result is due. Write the dossier code on paper and keep it.
    With this code you can track the dossier.
howto-track =
    🔎 Tracking the dossier:
    • "Tra cứu hồ sơ" (track a dossier): type the code, no login needed.
    • Or log in and open "Quản lý hồ sơ" (manage dossiers).
    If staff ask for more papers: open "Quản lý hồ sơ" and send photos of them.
howto-done = ✅ Now you know how to file. Go to the menu, choose "{ file-title }", then the procedure you need.

## Guide: tracking a dossier

track-title = 🔎 Track my dossier
track-has =
    You want to see how far your filed dossier has got.
    Do you have the dossier code? It appears after submitting, for example H62.22-250101-0001.
track-has-code = 🔢 I have the code
track-has-nocode = 🤷 I lost the code
track-has-add = 📎 Staff asked for more papers
track-code =
    🔢 Track with the dossier code (no login needed):
    1. Open dichvucong.gov.vn.
    2. Tap "Tra cứu hồ sơ" (track a dossier).
    3. Type the dossier code and search.
    Bundled birth and death services also report by VNeID and text message.
track-login =
    🔑 Lost the code: log in to see it.
    1. Open dichvucong.gov.vn and log in with VNeID.
    2. Open your personal page, "Quản lý hồ sơ" (manage dossiers).
    3. The list shows every dossier you filed and its status.
track-state = How is your dossier doing?
track-state-ok = ✅ In progress or done
track-state-add = 📎 Staff want more papers
track-add =
    📎 Adding papers:
    Log in to dichvucong.gov.vn, open "Quản lý hồ sơ".
track-add-2 = Open the dossier and read carefully which paper staff ask for.
track-add-3 =
    Take a clear photo of it, attach it and send.
    Not sure what they want: ask { $office }, with your dossier code.
track-done = ✅ When the dossier is done, you get the result the way you chose when filing: at the commune, by post, or electronically on the portal.

## Guide: paying a fee online

pay-title = 💳 Pay a fee online
pay-when =
    💰 Many procedures are free, for example birth and death registration on time, and marriage registration.
    If there is a fee, the portal shows it when you file. The amount on the portal is what you pay.
    To pay online, online payment must be switched on for your bank account. If not, ask your bank.
pay-how =
    💳 How to pay:
    After filing, open "Quản lý hồ sơ" (manage dossiers), choose "Yêu cầu thanh toán" (payment request).
pay-how-2 = Choose the national payment platform (Nền tảng thanh toán quốc gia).
pay-how-3 = Choose a bank or wallet and pay.
pay-how-4 = Download the receipt under "Đã thanh toán" (paid).
pay-ways =
    Pay in one of these ways:
    • a domestic bank card (ATM card);
    • a bank account;
    • scan the VietQR code with a bank app or Viettel Money;
    • an e-wallet in VNeID (needs VNeID level 2).
pay-safe =
    ⚠️ Only pay on the portal, or at the commune desk.
    Never send money to someone who phones asking for a "dossier fee" or "update fee". In Đà Nẵng a person lost 129 million đồng after tapping a link to pay a "22,000 đồng fee".
pay-done = ✅ Once paid, keep the receipt. Any problem with the money: ask { $office }.

## Guide: filing for a relative

rel-title = 👵 File for a relative
rel-intro =
    👵 Filing for your parents, grandparents, children?
    The right way: log in with YOUR OWN VNeID, fill in the form for your relative, upload the papers needed.
    Never use your relative's account, password or OTP code.
rel-which =
    ✅ Can be done for someone: birth (grandparents and relatives need no authorisation), death, copies of birth and marriage extracts, the marital-status certificate, the monthly social allowance, the social pension.
    ⚠️ Unemployment benefit: only if the worker is ill, giving birth, injured, hit by a disaster…
    ❌ Cannot be done for someone: marriage registration, recognising a parent or child, signature certification, VNeID level 2. The person must come in person.
rel-family =
    📝 An authorisation (giấy ủy quyền) is a letter in which your relative asks you to act for them.
    • You are the grandparent, parent, child, spouse or sibling of the person: the authorisation needs no certification. Add a paper proving the relationship, e.g. a birth or marriage certificate.
    • Anyone else: the authorisation must be certified. The person asking goes to the commune (or a notary) to sign it.
    (This rule is for civil-status procedures.)
rel-upload =
    📷 When filing online, use your own VNeID and upload clear photos of the papers below.
    The slot for the authorisation is in the portal's form. Its name may differ slightly.
rel-up-own = 🪪 Your own VNeID level 2
rel-up-auth = 📝 Authorisation (if needed)
rel-up-proof = 👨‍👩‍👧 Proof of relationship
rel-up-papers = 📄 The procedure's papers
rel-never =
    🔒 Why never hold a relative's password or OTP code?
    • VNeID level 2 counts like the ID card. Whoever has the password and OTP code can do anything in that person's name.
    • Scammers often pretend to be relatives or officials to get the code.
    • Children under 14: parents register the child's account from their own VNeID.
    • A relative using a SIM in your name: move the SIM into their name.
rel-pick = Which procedure for your relative?
rel-pick-done = ✅ Understood, thanks
rel-done = Thank you for helping your family! When filing, remember: use your own VNeID and upload all the papers.

## Guide: scam warnings

scam-title = ⚠️ Scam warnings
scam-police =
    🚓 The police NEVER phone you to:
    • "activate", "sync" or "update" a VNeID account;
    • report an "ID error" or "blurred fingerprints";
    • do "level 3 identification" (there is no such level).
    VNeID level 2 is only done when you go to the commune police yourself. The police only invite you to their office; nothing is done by phone.
scam-app =
    📲 Install VNeID only from the App Store or CH Play.
    • Never tap links sent by Zalo, Facebook or text message.
    • Never install .apk files. Never switch on "install apps from unknown sources".
    Fake "VNeID" or "Dịch vụ công" apps read your OTP codes and empty your bank account. A person in Đồng Tháp lost 1.1 billion đồng.
scam-secret =
    🔒 Never give anyone, even someone calling themselves an official or a relative:
    • your OTP code (the number sent by text message);
    • your VNeID password or passcode (6 digits);
    • your bank passwords or codes.
    Do not accept video calls from strangers. Do not film or photograph your face because a stranger asks.
scam-merge =
    🏘️ The "update your address after the merger" scam:
    Scammers pretending to be police or officials of the "new commune" call and ask you to "update your address".
    The truth: addresses changed by the commune mergers are updated automatically. You do not need to do anything.
scam-act =
    📞 If someone calls like this:
    1. Hang up. Do not tap links, do not read out codes.
    2. Note the caller's name and number.
    3. Check with the commune police.
    Already gave a code or sent money: call your bank at once to lock the account, then report to the commune police.
scam-done = 🙏 Please warn your family and neighbours too. This assistant never asks for passwords, OTP codes or ID numbers.

## Guide: Thursday hours and address of my commune

unit-title = 📍 My commune: hours, address
unit-info =
    📍 { $unit }
    🏢 Where to file: { $office }
    🗺️ Address: { $address }
    📅 Digital Thursday: { $thursday }
    That day, staff help people with VNeID and filing online.
    Civil status (birth, marriage, death…): any commune receives it and helps send it to the commune of residence.
    Wrong commune? Tap "🏠 Menu", then "📍 Change commune".
unit-remind =
    🔔 Would you like a reminder every Thursday, and the task force's messages for your commune?
    If you agree, the commune People's Committee keeps this chat's id, your commune and your language until you stop (type /huy). To see or delete them: type /dulieu.
unit-bring =
    🎒 On Thursday, bring the things below to the commune.
    Type your password and OTP code yourself. Never hand them to anyone, not even staff.
unit-bring-phone = 📱 Phone with a SIM in my name
unit-bring-papers = 📄 Papers for the procedure
unit-bring-pw = 🔑 Remember my VNeID password
unit-done = ✅ See you at the commune! Not sure of the address: ask the commune police or the commune People's Committee.

## Civil status: birth registration (bundled service and plain registration)

birth-title = 👶 Register a baby's birth
birth-who =
    This guide helps you register a child's birth.
    Child under 6: one online filing does 3 things at once: birth registration, permanent residence registration (like the old household book) and a health-insurance card.
    Who is filing?
birth-who-parent = 👨‍👩‍👧 The child's parent
birth-who-relative = 👵 Grandparent or relative
birth-fee = Free within 60 days of the birth. Late: check the fee shown on the portal.
birth-time = Same working day once the papers are complete. Health-insurance card (bundle): within 2 more working days.
birth-handler = The commune where the child's father or mother lives. Other communes also receive it and help send it on.
birth-online = Fully online (on the portal or in the VNeID app).
birth-relative = Yes. Grandparents and relatives need no authorisation to register a grandchild's birth.
birth-facts =
    📌 Summary:
    💰 Fee: { birth-fee }
    ⏱️ Time: { birth-time }
    🏢 Who handles it: { birth-handler }
birth-facts-2 =
    🌐 Online: { birth-online }
    👵 Can a relative file it: { birth-relative }
    🔎 On the portal: "Đăng ký khai sinh" (code 1.001193). Check the name and code shown on the portal.
birth-route =
    Choose how to do it:
    • The 3-in-1 filing online (birth, residence, health-insurance card): for a child not yet 6.
    • Birth registration only: when the child is older.
    Do it within 60 days of the birth: on time, there is no fee.
birth-route-bundle = 👶 3-in-1 filing (newborn)
birth-route-single = 📝 Birth registration only (older child)
birth-route-office = 🏢 I'd rather go in person
birth-other =
    🏢 Registering the birth at the commune:
    { $office }. Address: { $address }.
    Since 1/7/2025 other communes also receive it and help send it on. The deciding commune is where the child's father or mother lives.
birth-other-bring =
    Bring:
    • the child's birth notice from the hospital (giấy chứng sinh; if born at home, a witness statement or a signed declaration);
    • the ID card of the person filing.
    Grandparents and relatives can file too, without an authorisation.
    Late registration (after 60 days) may have a fee: check the fee on the portal, or ask commune staff.
    Once you have the birth certificate, register the child's permanent residence within 60 days.
birth-vneid =
    The person filing needs their own VNeID level 2 account.
    Grandparents and relatives can register a grandchild's birth without an authorisation.
    Do you have VNeID level 2?
birth-vneid-yes = ✅ Yes, level 2
birth-vneid-no = ❌ Not yet
birth-novneid =
    You need VNeID level 2 first: go to the commune police with your ID card and phone.
    Or register the birth at the commune, without VNeID.
    Remember: registering within 60 days of the birth is free.
birth-novneid-office = 🏢 At the commune
birth-papers =
    📋 Get ready before filling in the form. No paper is handed in: just take clear, well-lit photos and upload them.
    The birth notice (giấy chứng sinh) is the paper the hospital or health station gives at the birth. Born at home: a witness statement, or a signed declaration.
    The screen will show which papers to upload; follow it.
birth-paper-chungsinh = 📄 Child's birth notice
birth-paper-kethon = 💍 Parents' marriage certificate
birth-paper-cccd = 💳 Parents' ID cards
birth-paper-name = ✍️ Child's name and ethnicity
birth-paper-phone = 📱 Phone with VNeID level 2
birth-paper-declarant = 💳 Filer's ID card
birth-plain =
    📋 Child aged 6 or older: use the plain procedure "Đăng ký khai sinh" (no health-insurance card in it).
    More than 60 days after the birth is late: there may be a fee, check it on the portal.
    Get ready:
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
    Enter the child's and parents' details. Some fields are filled in automatically; check them.
birth-fill-2 = Choose where: Vĩnh Long province, then the commune where the child's father or mother lives.
birth-fill-3 = Upload the photo of the birth notice and any paper the screen asks for.
birth-fill-4 = Check everything, then submit.
birth-fill-5 =
    Write down the dossier code (mã hồ sơ) shown after submitting.
    💰 On time (within 60 days of the birth): no fee. Late: check the fee shown on the portal.
    ⏱️ The birth is registered within the same working day. The health-insurance card follows within 2 working days.
birth-filed = Have you submitted it?
birth-filed-yes = ✅ Yes, submitted
birth-filed-later = ⏳ Not yet, later
birth-later =
    No problem. When you are ready, open this guide again.
    Remember to file within 60 days of the birth so there is no fee.
    For help: ask the staff at { $office }.
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
    • Usually registered the same working day; the health-insurance card (bundle) within 2 working days.
    • Results come by text message, in VNeID and on the portal. To track: "Tra cứu hồ sơ" (track a dossier) on dichvucong.gov.vn, with the dossier code.
    • Staff ask for more papers? Send them in "Quản lý hồ sơ".
    • Plain registration: remember to register the child's permanent residence within 60 days.
    • Later you can request an ID card for a child under 6 right in VNeID; it is delivered to your home.

## Civil status: marriage registration

marry-title = 💍 Register a marriage
marry-intro =
    💍 Marriage registration can be filed online.
    But both partners must go to the commune People's Committee together to sign the register and receive the marriage certificate.
    Who is asking?
marry-intro-couple = 👫 We two are marrying
marry-intro-relative = 👵 Asking for my child
marry-norel =
    A relative cannot file it for them: marriage registration cannot be delegated.
    You can sit with them and help the couple file with their own VNeID.
    Tap "Continue ➡️" to see what they need.
marry-fee = Free (Vietnamese citizens living in Vietnam).
marry-time = Right away once the papers are complete. If checks are needed: up to 5 working days.
marry-handler = The commune where either partner lives. Since 1/7/2025 other communes also receive it and help send it on.
marry-online = Can be filed online. But both must go to the commune to sign the register and receive the certificate.
marry-relative = No. The couple files themselves; no authorisation is allowed.
marry-facts =
    📌 Summary:
    💰 Fee: { marry-fee }
    ⏱️ Time: { marry-time }
    🏢 Who handles it: { marry-handler }
marry-facts-2 =
    🌐 Online: { marry-online }
    👵 Can a relative file it: { marry-relative }
    🔎 On the portal: "Đăng ký kết hôn" (code 1.000894). Check the name and code shown on the portal.
marry-papers =
    📋 Get ready (for online filing, take a clear photo of each paper).
    The marital-status certificate (giấy xác nhận tình trạng hôn nhân) is needed when a partner does not live in the registering commune and the data is not already in the system. Staff will tell you.
marry-paper-form = ✍️ One joint declaration
marry-paper-cccd = 💳 Both partners' ID cards
marry-paper-single = 💌 Marital-status certificate
marry-done =
    🎉 The marriage dossier is filed!
    • Write down the dossier code.
    • The commune will set a date. On that day, both partners go to the commune with their ID cards to sign the register and receive the marriage certificate.
    • Track the dossier: menu "{ track-title }".

## Civil status: death registration

death-title = 🕯️ Register a death
death-intro =
    🕯️ Our condolences to your family.
    When a relative dies, the family registers the death at the commune People's Committee. Do it soon, within 15 days of the death (please check with commune staff).
    If nobody in the family can travel (elderly, disabled): the commune can register it at home.
    Who is filing?
death-intro-family = 👨‍👩‍👧 I am family
death-intro-helper = 🤝 I was asked to help
death-fee = Free if registered on time. Late: check the fee shown on the portal.
death-time = See the date shown on the portal when you file.
death-handler = The commune where the deceased last lived. Other communes also receive it and help send it on.
death-online = Fully online. There is a bundle: death registration, removal of permanent residence, funeral allowance (if the person had social insurance).
death-relative = Yes. Someone asked to help needs an authorisation; grandparents, parents, children, spouses and siblings need no certification of it.
death-facts =
    📌 Summary:
    💰 Fee: { death-fee }
    ⏱️ Time: { death-time }
    🏢 Who handles it: { death-handler }
death-facts-2 =
    🌐 Online: { death-online }
    👵 Can a relative file it: { death-relative }
    🔎 On the portal: "Đăng ký khai tử" (code 1.000656). Check the name and code shown on the portal.
death-papers =
    📋 Get ready (for online filing, take a clear photo of each paper).
    The death notice (giấy báo tử) comes from the hospital. Died at home: ask commune staff which paper replaces it.
death-paper-notice = 📄 Death notice
death-paper-cccd = 💳 Filer's ID card
death-online-step =
    🌐 Filing online. One thing to do on each screen.
    Tap the "🌐 Open dichvucong.gov.vn" button below, then log in with VNeID.
death-online-step-2 =
    Choose "Dịch vụ công liên thông khai sinh, khai tử" (bundled birth and death services), then death. One filing covers the death, removal of residence and the funeral allowance.
    For the death only: find the procedure "Đăng ký khai tử". The wording may differ a little on the portal.
death-online-step-3 = Choose Vĩnh Long province, then the commune where the deceased last lived.
death-online-step-4 = Fill in the form. Boxes marked * must be filled.
death-online-step-5 = Upload a clear photo of the death notice.
death-online-step-6 = Tap "Nộp hồ sơ" (submit). The portal shows the dossier code (mã hồ sơ): write it down on paper.

## Civil status: copy of a civil-status extract

copy-title = 📜 Copy of birth/marriage cert
copy-intro =
    📜 Get a copy of a birth, marriage or death certificate registered before.
    The procedure is called "Cấp bản sao trích lục hộ tịch".
    Useful when a paper is lost, or you need more copies for a dossier.
    Who is it for?
copy-fee = 8,000 đồng per copy.
copy-time = Usually the same or the next day. See the date shown on the portal.
copy-handler = The commune People's Committee (commune public-administration service centre).
copy-online = Can be filed online. Collect the copy at the commune or receive it by post.
copy-relative = Yes, with an authorisation. Grandparents, parents, children, spouses, siblings: no certification needed, just proof of the relationship.
copy-facts =
    📌 Summary:
    💰 Fee: { copy-fee }
    ⏱️ Time: { copy-time }
    🏢 Who handles it: { copy-handler }
copy-facts-2 =
    🌐 Online: { copy-online }
    👵 Can a relative file it: { copy-relative }
    🔎 On the portal: "Cấp bản sao trích lục hộ tịch" (code 2.000635). Check the name and code shown on the portal.
copy-paper-info = ✍️ Name, date, place registered
copy-paper-count = 🔢 Number of copies

## Civil status: marital-status certificate

single-title = 💌 Marital-status certificate
single-intro =
    💌 The "single" certificate; its full name is "Giấy xác nhận tình trạng hôn nhân" (marital-status certificate).
    Used to marry elsewhere, buy or sell land, borrow money…
    It is usually valid for 6 months; see what is written on it.
    Who is it for?
single-fee = Set by the province. Check the fee shown on the portal when filing.
single-time = 3 working days. If your former place of residence must be asked: longer, sometimes about 23 days.
single-handler = The commune of permanent residence (or of temporary residence if none).
single-online = Fully online.
single-relative = Yes, with an authorisation (grandparents, parents, children, spouses, siblings: no certification needed).
single-facts =
    📌 Summary:
    💰 Fee: { single-fee }
    ⏱️ Time: { single-time }
    🏢 Who handles it: { single-handler }
single-facts-2 =
    🌐 Online: { single-online }
    👵 Can a relative file it: { single-relative }
    🔎 On the portal: "Xác nhận tình trạng hôn nhân" (code 1.004873). Check the name and code shown on the portal.
single-paper-purpose = ✍️ What it is for
paper-divorce = 📄 Divorce/death paper (if any)

## Certification: certified copy and electronic certified copy

cc-title = 📄 Certified copy (sao y)
cc-intro =
    📄 Certified copy (sao y): the commune confirms a photocopy matches the original.
    You must bring the original to the commune. It cannot be done fully online.
    Which kind do you need?
cc-intro-paper = 📄 Paper copy
cc-intro-e = 💻 Electronic copy (online)
cc-e =
    💻 Electronic certified copy: the bridge between your papers and online dossiers.
    1. Bring the original to the commune and ask for "chứng thực bản sao điện tử từ bản chính".
    2. Staff scan it and sign it digitally (the commune's electronic signature).
    3. This electronic copy replaces the original: you can upload it to online dossiers, many times.
    Fee for the electronic copy: ask staff, or check on the portal.
cc-fee = 2,000 đồng per page. From page 3: 1,000 đồng per page. At most 200,000 đồng per copy. Counted on the pages of the original. Electronic copy: check the fee on the portal, or ask staff.
cc-time = Same day. Handed in after 15:00: the next working day.
cc-handler = The commune People's Committee. Any commune, not only where you live.
cc-online = No. You must bring the original to the commune.
cc-relative = Yes: a relative can bring the original for a copy.
cc-facts =
    📌 Summary:
    💰 Fee: { cc-fee }
    ⏱️ Time: { cc-time }
    🏢 Who handles it: { cc-handler }
cc-facts-2 =
    🌐 Online: { cc-online }
    👵 Can a relative file it: { cc-relative }
    🔎 On the portal: "Chứng thực bản sao từ bản chính" (code 2.000815). Check the name and code shown on the portal.
cc-papers = 📋 Bring to the commune:
cc-paper-original = 📄 The original paper
cc-paper-copies = 🖨️ Photocopies (if you have)

## Certification: signature

sig-title = ✍️ Certify a signature
sig-intro =
    ✍️ Signature certification: the commune confirms the signature on a paper is really yours.
    The signer must go in person and sign in front of the officer. Not online, and nobody can do it for you.
    Signatures on contracts and transactions cannot be certified this way. Exception: an unpaid authorisation that does not transfer property or land.
sig-fee = 10,000 đồng per case.
sig-time = Usually the same day. Check the time limit shown on the portal, or ask commune staff.
sig-handler = The commune People's Committee.
sig-online = No. The signer must go to the commune.
sig-relative = No. The signer must go in person.
sig-facts =
    📌 Summary:
    💰 Fee: { sig-fee }
    ⏱️ Time: { sig-time }
    🏢 Who handles it: { sig-handler }
    🌐 Online: { sig-online }
    👵 Can a relative file it: { sig-relative }
    🔎 On the portal: "Chứng thực chữ ký" (code 2.000884), for reading. Check the name and code shown on the portal.
sig-paper-doc = 📝 The paper, not yet signed

## Social protection: monthly social allowance

allow-title = 🤝 Monthly social allowance
allow-intro =
    🤝 The monthly social allowance is for people under social protection, for example people with disabilities, orphans, older people in hardship.
    Base rate: 500,000 đồng a month. The amount paid depends on the case.
    Whether you qualify: ask commune staff.
    Who is it for?
allow-fee = Free. Check again on the portal when you file.
allow-time = 10 working days. Paid from the month of the decision.
allow-handler = The chairperson of the commune where you live decides. The commune pays.
allow-online = Can be filed online. Also at the commune, or by post.
allow-relative = Yes. A guardian or relative can file it.
allow-facts =
    📌 Summary:
    💰 Fee: { allow-fee }
    ⏱️ Time: { allow-time }
    🏢 Who handles it: { allow-handler }
    🌐 Online: { allow-online }
    👵 Can a relative file it: { allow-relative }
    🔎 On the portal: type "trợ cấp xã hội hằng tháng" in the search box and pick the right procedure.
allow-papers =
    📋 Get ready (for online filing, take a clear photo of each paper).
    The proof depends on the case: disability certificate, the child's birth certificate… The system checks the population data itself.
allow-paper-form = ✍️ Allowance application form
allow-paper-proof = 📄 Proof (disability…)
allow-paper-guard = 📝 Guardian's papers (if any)

## Social protection: social pension (75 and over)

pension-title = 👴 Social pension (75+)
pension-intro =
    👴 Social pension (since 1/7/2025): 500,000 đồng a month.
    Who can get it:
    • people aged 75 or over without a pension or monthly social-insurance benefit (or with one lower than this);
    • people aged 70 to 74 in poor or near-poor households.
    Also entitled to the monthly social allowance: you get the higher one.
    Who is it for?
pension-fee = Free. Check again on the portal when you file.
pension-time = 10 working days.
pension-handler = The chairperson of the commune where you live.
pension-online = Can be filed online. Also at the commune, or by post.
pension-relative = Yes. A relative can file it.
pension-facts =
    📌 Summary:
    💰 Fee: { pension-fee }
    ⏱️ Time: { pension-time }
    🏢 Who handles it: { pension-handler }
    🌐 Online: { pension-online }
    👵 Can a relative file it: { pension-relative }
    🔎 On the portal: type "trợ cấp hưu trí xã hội" in the search box and pick the right procedure.
pension-paper-form = ✍️ Form 01
pension-paper-poor = 📄 Poor-household paper (70–74)

## People with merit

merit-title = 🎖️ People with merit
merit-intro =
    🎖️ Procedures for people with merit to the revolution and their families: recognition, allowances, funeral costs…
    Since 2025 many of these moved to communes, but each province splits them differently. The Vĩnh Long list could not be confirmed.
    Safest: ask commune staff before filing.
    💡 Families of people with merit pay no civil-status fees (birth, marriage…).
merit-fee = Depends on the procedure. Ask commune staff.
merit-time = Depends on the procedure. See the portal, or ask commune staff.
merit-handler = The commune or the province, depending on the procedure. Ask commune staff.
merit-online = Depends on the procedure. Search its name on the portal to see if it can be filed online.
merit-relative = Depends on the procedure. Ask commune staff.
merit-facts =
    📌 Summary:
    💰 Fee: { merit-fee }
    ⏱️ Time: { merit-time }
    🏢 Who handles it: { merit-handler }
    🌐 Online: { merit-online }
    👵 Can a relative file it: { merit-relative }
    🔎 On the portal: type "người có công" in the search box and pick the right procedure.

## Employment: unemployment benefit

jobless-title = 💼 Unemployment benefit
jobless-intro =
    💼 Unemployment benefit: for workers who paid unemployment insurance and have lost their job.
    ⏰ File within 3 months of the end of the labour contract.
    Who is it for?
jobless-rel =
    A relative may only file it (or send it by post) if the worker is ill, giving birth, injured, or hit by a disaster or fire…
    Then an authorisation is needed.
jobless-fee = Free. Check again on the portal when you file.
jobless-time = Entitlement starts on the 11th working day after a complete dossier. When the money comes: see the decision and the payment schedule.
jobless-handler = The Employment Service Centre of Vĩnh Long province (address not confirmed: ask commune staff).
jobless-online = Can be filed online (on the portal), or at the Employment Service Centre.
jobless-relative = Only if the worker is ill, giving birth, injured, hit by a disaster…
jobless-facts =
    📌 Summary:
    💰 Fee: { jobless-fee }
    ⏱️ Time: { jobless-time }
    🏢 Who handles it: { jobless-handler }
jobless-facts-2 =
    🌐 Online: { jobless-online }
    👵 Can a relative file it: { jobless-relative }
    🔎 On the portal: "Hưởng trợ cấp thất nghiệp" (code 1.014748). Check the name and code shown on the portal.
jobless-amount =
    💵 How much (since 1/1/2026):
    • Each month: 60% of the average salary on which unemployment insurance was paid in the last 6 months, at most 5 times the regional minimum wage.
    • 12 to 36 months paid in: 3 months of benefit. Each further 12 months: 1 more month. At most 12 months.
    • Each month you must report your job search.
jobless-papers = 📋 Get ready (new forms since 1/1/2026):
jobless-paper-form = ✍️ Request (Form No. 10)
jobless-paper-end = 📄 Proof the contract ended
jobless-paper-book = 📘 Social-insurance book

## Land: first land-use certificate

land1-title = 🏞️ First land certificate
land1-intro =
    🏞️ The "red book" (sổ đỏ) is the land-use rights certificate. Land that never had one: apply for a first certificate.
    Since 1/7/2025 the commune chairperson issues first certificates. No separate confirmation about planning or disputes is needed.
    Who is it for?
land1-fee = Set by the province. Check the amount shown on the portal, or ask staff.
land1-time = First registration: up to 17 working days. Issuing the certificate: up to 3 working days.
land1-handler = The commune chairperson. Dossiers can be filed at any receiving point in the province.
land-online = Search the procedure on the portal to see if it can be filed online. If not, file at the commune.
land-relative = Someone else filing needs an authorisation. Ask commune staff.
land1-facts =
    📌 Summary:
    💰 Fee: { land1-fee }
    ⏱️ Time: { land1-time }
    🏢 Who handles it: { land1-handler }
land1-facts-2 =
    🌐 Online: { land-online }
    👵 Can a relative file it: { land-relative }
    🔎 On the portal: "Đăng ký, cấp Giấy chứng nhận lần đầu" (code 1.012787). Check the name and code shown on the portal.
land1-papers =
    📋 Get ready (for online filing, take a clear photo of each paper).
    Land papers: old documents, handwritten sale papers, inheritance papers… if any. Staff will say if more is needed.
land1-paper-form = ✍️ Certificate application
land1-paper-docs = 📄 Land papers you have

## Land: registering a change (transfer, correction)

land2-title = 🔁 Transfer or fix a land cert
land2-intro =
    🔁 Registering a change on land that already has a certificate, for example:
    • sale, gift, inheritance;
    • new details of the holder, or of the plot's address;
    • correcting a mistake on the certificate.
    Who is it for?
land2-fee = Set by the province. Check the amount shown on the portal, or ask staff.
land2-time = Sale, gift, inheritance: up to 8 working days. New holder details or address: up to 4 days. Correcting the certificate: up to 8 days. Exchanging an old certificate: see the portal.
land2-handler = The provincial land registration office. File at any receiving point in the province, including the commune.
land2-facts =
    📌 Summary:
    💰 Fee: { land2-fee }
    ⏱️ Time: { land2-time }
    🏢 Who handles it: { land2-handler }
land2-facts-2 =
    🌐 Online: { land-online }
    👵 Can a relative file it: { land-relative }
    🔎 On the portal: registering changes and transfers (code 1.013831). Check the name and code shown on the portal.
land2-papers =
    📋 Get ready (for online filing, take a clear photo of each paper).
    Sale and gift contracts and inheritance papers must be notarised or certified first.
land2-paper-form = ✍️ Application for the change
land2-paper-book = 📕 Land certificate (original)
land2-paper-contract = 📄 Contract or inheritance paper
land2-paper-cccd = 💳 ID cards of all parties

## Business: household business registration

hkd-title = 🏪 Household business
hkd-intro =
    🏪 Since 1/7/2025 household businesses register at the commune (the commune's Economic Office), no longer at the district.
    Old certificates stay valid. Addresses changed by the merger can be updated later, or together with another change.
    Who is it for?
hkd-fee = Set by the province. Check the amount shown on the portal when filing.
hkd-time = 3 working days.
hkd-handler = The Economic Office of the commune where the business is (or the commune People's Committee if there is no such office).
hkd-online = At the commune. Or online through the household-business registration system, with a digital signature. Whether VNeID works instead: unknown, ask commune staff.
hkd-relative = Someone else filing needs an authorisation. Ask commune staff.
hkd-facts =
    📌 Summary:
    💰 Fee: { hkd-fee }
    ⏱️ Time: { hkd-time }
    🏢 Who handles it: { hkd-handler }
hkd-facts-2 =
    🌐 Online: { hkd-online }
    👵 Can a relative file it: { hkd-relative }
    🔎 On the portal: "Thành lập hộ kinh doanh" (code 1.001612), for reading. Check the name and code shown on the portal.
hkd-papers =
    📋 Get ready.
    Several family members setting up the business together: a copy of their authorisation for one of them to be the owner.
hkd-paper-form = ✍️ Application (Form No. 1)
hkd-paper-cccd = 💳 Owner's ID card
hkd-paper-family = 📝 Family members' authorisation
hkd-paper-place = 📍 Address of the business
hkd-online-step =
    🌐 Filing online:
    Household businesses file through the household-business registration system, signed with a digital signature (electronic signature).
    No digital signature, or unsure which site: ask commune staff, or file at the commune to be safe.
    The button below opens the procedure page on the portal for reading.

## Gas business: LPG bottle retail shop

lpg-title = 🔥 Gas (LPG) shop certificate
lpg-intro =
    🔥 The certificate that a shop may sell bottled gas (LPG).
    It used to be issued by the district. Since 1/7/2025 it has probably moved up to the province (Department of Industry and Trade, Sở Công Thương), not down to the commune.
    ⚠️ Not confirmed for Vĩnh Long: ask commune staff or the Department before filing.
lpg-fee = See the amount shown on the portal when filing.
lpg-time = See the time limit shown on the portal.
lpg-handler = Probably the Vĩnh Long Department of Industry and Trade (not confirmed).
lpg-online = Search the procedure on the portal and choose an agency of Vĩnh Long province.
lpg-relative = The shop's representative, or a person they authorise.
lpg-facts =
    📌 Summary:
    💰 Fee: { lpg-fee }
    ⏱️ Time: { lpg-time }
    🏢 Who handles it: { lpg-handler }
    🌐 Online: { lpg-online }
    👵 Can a relative file it: { lpg-relative }
    🔎 On the portal: type "bán lẻ LPG chai" in the search box and choose the Vĩnh Long procedure.
lpg-papers = 📋 Get ready (the full list is on the procedure page):
lpg-paper-form = ✍️ Application on the form
lpg-paper-biz = 📄 Business registration
lpg-paper-fire = 🧯 Fire-safety papers (if asked)

## Poor and near-poor households: review and certificate

poor-title = 🏠 Poor and near-poor households
poor-intro =
    🏠 Poor and near-poor households get state support, for example a health insurance card.
    The commune reviews and recognises them.
    Are you asking for your own household or for a relative?
poor-fee = Free.
poor-time = Reviewed in rounds: the yearly review, or when your household asks.
poor-handler = The commune review board checks, holds a hamlet meeting and posts the results. The chair of the commune People's Committee recognises the household.
poor-online = Better go to the commune or see the hamlet head. Your commune may not take it online yet.
poor-relative = Yes: a member of the household can hand in the request.
poor-facts =
    📌 Summary:
    💰 Fee: { poor-fee }
    ⏱️ When: { poor-time }
    🏢 Who decides: { poor-handler }
    🌐 Online: { poor-online }
    👵 A relative for you: { poor-relative }
poor-when =
    📅 There are 2 ways to be reviewed:
    1. The yearly review, usually in the last months of the year. Commune staff and the hamlet head visit each home.
    2. At any time: hand in a "Giấy đề nghị rà soát" (request for review) at the commune when your household meets new hardship (serious illness, job loss, a disaster…).
poor-paper-request = ✍️ Request for review (ask the commune or the hamlet head for the form)
poor-paper-income = 💵 Know your household's monthly income (no paper needed)
poor-unlocks =
    🎁 Poor and near-poor households get, for example:
    • Health insurance: the state pays for poor households; near-poor households get support.
    • Social pension from age 70.
    • No fee to re-issue or change an ID card.
    • No civil-status fees (birth, marriage…).
    Today's poverty standard applies until the end of 2026. A new one starts in 2027: ask the commune.
poor-done = ✅ Take the request to the commune, or ask the hamlet head. For more, tap "🙋 Ask a commune official".

## Civil status: recognising a father, mother or child

parentage-title = 👨‍👧 Recognise a parent or child
parentage-intro =
    👨‍👧 Recognising a father, mother or child puts the father's (or mother's) name on the child's papers when it was missing.
    It can be done together with the baby's birth registration.
    Who is it for?
parentage-fee = Set by the province. Free for poor households, people with merit and people with disabilities. The portal shows the fee when you file.
parentage-time = 3 working days. If the commune must check: up to 5 more working days.
parentage-handler = The People's Committee of the commune where the parent or the child lives.
parentage-online = You can file online, but on the day of registration both sides must come to the commune to sign.
parentage-relative = No one can do it for you: the parent and the child must both be present.
parentage-facts =
    📌 Summary:
    💰 Fee: { parentage-fee }
    ⏱️ Time: { parentage-time }
    🏢 Who handles it: { parentage-handler }
parentage-facts-2 =
    🌐 Online: { parentage-online }
    👵 A relative for you: { parentage-relative }
parentage-paper-form = ✍️ Declaration form for recognising a parent or child (from the commune or on the portal)
parentage-paper-proof = 🧬 A paper that proves the relationship (for example a DNA test result)
parentage-paper-witnesses = 👪 If you have no such paper: letters, photos, objects, and the parents' written pledge witnessed by at least 2 relatives
parentage-present =
    ✍️ On the day of registration, the parent and the child must both be at the commune.
    The official reads the entry aloud and both sign the register.

## ID card: for a child, re-issue when lost, change, at home

idcard-title = 🪪 ID card (chip card)
idcard-pick =
    🪪 ID cards (thẻ căn cước) are made by the commune police.
    What do you need?
idcard-pick-baby = 👶 A card for a baby under 6
idcard-pick-child = 🧒 A card for a child aged 6 to under 14
idcard-pick-lost = 🔁 The card is lost or damaged
idcard-pick-change = ✏️ Change the card (age, wrong details)
idcard-pick-home = 🛏️ A bed-bound elder needs a card
idcard-baby-open =
    👶 A baby under 6: the parents do it all on the phone; the baby need not go anywhere.
    Step 1: Open the VNeID app of the father or the mother and log in.
idcard-baby-menu = Step 2: Tap "Thủ tục hành chính" (administrative procedures), then "Cấp thẻ căn cước cho người dưới 14 tuổi" (card for under 14).
idcard-baby-send = Step 3: Tap "Tạo mới yêu cầu" (new request), fill in the baby's details, choose where to get the card (commune police or by post), then send.
idcard-child =
    🧒 A child aged 6 to under 14: make the request in VNeID as for a baby (Thủ tục hành chính → Cấp thẻ căn cước cho người dưới 14 tuổi).
    Then a parent takes the child to the commune police for a photo and fingerprints.
idcard-lost =
    🔁 A lost or damaged card:
    • The new "thẻ căn cước" (made since 1/7/2024): re-issue it in VNeID without going anywhere. Tap "Thủ tục hành chính" → "Cấp lại thẻ căn cước" → "Tạo mới yêu cầu".
    • An old "căn cước công dân" card: you must go to the commune police.
idcard-change =
    ✏️ The card must be changed at ages 14, 25, 40 and 60, when your name or date of birth changes, or if it was printed wrong.
    You need not change it because communes merged: the address updates by itself.
    Go to the commune police to change it (photo and fingerprints).
idcard-home =
    🛏️ An elder who is bed-bound and cannot travel: the police can come to the home to make the card.
    A relative goes to the commune police, explains, and agrees on a day.
idcard-facts =
    📌 Summary:
    💰 Fee: free to change or re-issue for people aged 60 and over, children under 16, poor households and people with disabilities. Others: VNeID shows the fee when you file.
    ⏱️ Time: at most 7 working days.
    🏢 Who does it: the commune police.
    📬 Getting the card: at the commune police, or by post.

## Health insurance: who the state pays for, renewing the household card, where the card is

bhyt-title = 🏥 Health insurance (BHYT)
bhyt-pick =
    🏥 Health insurance (BHYT) pays part of the cost when you see a doctor.
    What would you like to know?
bhyt-pick-free = 🎁 Who gets a card paid by the state
bhyt-pick-renew = 🔁 Renew the household card online
bhyt-pick-card = 📱 Where is my card
bhyt-free =
    🎁 The state pays the BHYT card for:
    • People on the social pension (75 and over, or 70 to 74 in poor or near-poor households). Since 1/1/2026 they get 100% of covered costs.
    • Poor households.
    Near-poor households: the state helps pay for the card; since 1/1/2026 they get 100% of covered costs.
    No card yet? Ask the commune.
bhyt-renew-open =
    🔁 Renewing the household BHYT card:
    Step 1: Open dichvucong.gov.vn (button below) and log in with VNeID.
bhyt-renew-code = Step 2: Tap "Thanh toán trực tuyến" (online payment), choose "Đóng BHXH tự nguyện và BHYT theo hộ gia đình", then "Gia hạn thẻ BHYT theo hộ gia đình". Type the card code (it starts with GD) and the number of months.
bhyt-renew-pay =
    Step 3: Check the amount the portal shows, then pay by bank or e-wallet.
    When the whole household is registered at one address, the 2nd member onwards pays less.
    You may pay for a relative too.
bhyt-card =
    📱 Your BHYT card is in:
    • The VNeID app: "Ví giấy tờ" (document wallet) → "Thẻ BHYT" (needs VNeID level 2, the account checked at the police).
    • The VssID app of Social Security.
    • At the hospital: your chip ID card is enough.
    No smartphone? Ask the commune for a paper card.
    New cards show no end date: it is in the system and on the receipt.
bhyt-done = ✅ For more about your household's card, tap "🙋 Ask a commune official".

## Residence: permanent and temporary residence, absence, the household book

res-title = 🏡 Residence: permanent, temporary, household book
res-pick =
    🏡 Residence matters (registering where you live, temporary stays, long absences) are handled by the commune police.
    What do you need?
res-pick-book = 📕 Where is my household book (sổ hộ khẩu)?
res-pick-register = 🏠 Register permanent or temporary residence
res-pick-absent = 🧳 Report a long absence (tạm vắng)
res-book =
    📕 The household book has not been used since 1/1/2023.
    Instead, where you live is on your chip ID card and in VNeID.
    See it in VNeID: "Ví giấy tờ" (document wallet) → "Thông tin cư trú" (residence information): the household head and everyone in it.
    If someone asks for a paper about where you live: ask any commune police for "Xác nhận thông tin về cư trú" (residence confirmation). It is free.
res-register =
    🏠 Register permanent residence (to live for good) or temporary residence (for a time) at your new home.
    A whole family moving: one person declares everyone on the same form.
res-paper-form = ✍️ Residence change form (form CT01)
res-paper-owner = 🏠 Living in someone else's home (children, siblings): the owner agrees, on the form or in VNeID
res-paper-rent = 📄 Rented or borrowed home: the rental or loan contract
res-register-how =
    📱 File in VNeID: "Thủ tục hành chính" → "Đăng ký thường trú" or "Đăng ký tạm trú", then fill in and send.
    Or file on dichvucong.gov.vn, or go to the commune police.
    Online, clear photos of the papers are enough.
res-absent =
    🧳 Leaving the commune for a long time (for example working away for 12 months or more): report it to the commune police.
    You can report in VNeID, on dichvucong.gov.vn, or by the phone number the commune police announce. It is free.
res-facts =
    📌 Summary:
    💰 Fees: permanent residence 20,000 đ (online 10,000 đ); temporary 15,000 đ (online 7,000 đ); absence and residence confirmation: free.
    ⏱️ Time: permanent 7 working days; temporary 3 working days; absence 1 day.
    🏢 Who does it: the commune police.
res-assistant =
    💡 The VNeID app has the police's "Trợ lý ảo" (virtual assistant): it can tell you which papers to bring, the forms, and the address of the commune police and the public service centre. It does not file for you.

## Broadcasts, subscriptions and weekly reminders

bc-footer = 🔐 Authenticity code: { $code }. To check this message is real, send the assistant: /kiemtra { $code }
bc-not-allowed = This command is for the task force only. Press /menu to see the guides.
bc-verify-usage = Send the code at the end of the message, for example: /kiemtra TB-7KQ2M9. Or forward that message to the assistant.
bc-verify-real = ✅ Genuine. Message { $code } was sent by the task force on { $date }.
bc-verify-unknown = ⚠️ The task force sent no message with code { $code }. That message may be fake. Do not follow it, do not send money.
bc-verify-altered = ⚠️ Code { $code } is real, but the text you received is DIFFERENT from the original. Do not follow it. The original, sent on { $date }, says:
bc-verify-safety = 🛡️ Officials never ask for your password or OTP code. Give the code to nobody, not even someone who says they are the police.
reminder-when =
    { $when ->
        [today] Today, Thursday
        [tomorrow] Tomorrow, Thursday
       *[other] This Thursday
    }
reminder-weekly =
    📅 { reminder-when } is Digital Transformation Thursday.
    The task force helps you file procedures online on your phone.
    📍 { $office }, { $address }
    🕖 { $hours }
    Bring your ID card and your phone.
reminder-weekly-generic =
    📅 { reminder-when } is Digital Transformation Thursday.
    The task force helps you file procedures online at your commune's public service centre.
    Bring your ID card and your phone.
reminder-hours-default = Thursday office hours (ask your commune for the exact times)
sub-on = 🔔 You will get reminders for { $unit }. To stop, send /huy.
sub-off = 🔕 Reminders are off. To get them again, send /dangky.
sub-already-off = You have not signed up for reminders. To sign up, send /dangky.
sub-need-unit = You have not chosen your commune yet. Send /start to choose it, then send /dangky.

## Asking a person: the commune's officials and the task force (src/handoff)

ask-button = 🙋 Ask a commune official
ask-prompt =
    🙋 Type your question and send it. An official of { $unit } will read it and answer here, in this chat.
    Do not send your ID number, a password or an OTP code.
ask-suggest-returned = 📄 My application was returned. What should I do?
ask-suggest-login = 🔐 I followed the guide but still cannot log in.
ask-suggest-fee = 💳 How much does my procedure cost?
ask-sent =
    ✅ Your question is sent. Its code: { $code }.
    { $when }
    Meanwhile you can use the guides as usual.
ask-when-open = An official of { $unit } will answer during today's office hours.
ask-when-later = The office is closed now. An official of { $unit } will answer from { $time } { $day }.
day-today = today
day-tomorrow = tomorrow
weekday-1 = on Monday
weekday-2 = on Tuesday
weekday-3 = on Wednesday
weekday-4 = on Thursday
weekday-5 = on Friday
weekday-6 = on Saturday
weekday-7 = on Sunday
ask-unavailable = You cannot ask an official here yet. Write to the commune's Zalo page, or visit the commune's public service centre.
reminders-unavailable = Reminders cannot be sent here yet. Write to the commune's Zalo or Telegram page to get the Thursday reminder.
ask-limit = You have sent many questions today. Officials answer them in turn. You can ask again tomorrow.
ask-offer = The assistant did not understand. Would you like to ask a commune official?
handoff-answer =
    💬 { $who } answers (question { $code }):
    { $text }
handoff-answer-hint = To ask more, tap "🙋 Ask a commune official" and type.
handoff-phone-ask = 📞 An official of { $unit } would like to call you about question { $code }. If you agree, tap the button below to send your phone number. If not, you need not do anything.
handoff-phone-ask-call = 📞 An official of { $unit } would like to talk with you about question { $code }. You can call the commune's public service centre.
handoff-phone-button = 📞 Send my phone number
handoff-phone-thanks = ✅ Your number was sent to the official. The assistant does not keep it.
handoff-closed-plain = Question { $code } is closed. Thank you. To ask more, type /hoicanbo.
handoff-closed = Question { $code } is closed. Did the official help you?
handoff-feedback-up = 👍 Yes, helped
handoff-feedback-down = 👎 Not yet
handoff-feedback-thanks = Thank you for telling us.
handoff-who = An official of { $unit }
nudge-text = 👋 You stopped halfway: { $guide }, step { $n }. Would you like to go on?
nudge-go = ▶️ Go on
nudge-stop = ✖️ No, thanks

## Privacy notice (content/flows/privacy.yaml)

privacy-title = 🔒 Your personal information
privacy-notice =
    🔒 Your personal information
    • Who keeps it: the commune People's Committee (which runs this assistant).
    • What is kept: your commune, language, and how far you are in a guide (30 days). If you agreed to reminders: this chat's id (until you stop). Questions to officials (30 days after the last message). Guides completed, for the commune's reports; with an anonymous code only if you agreed (180 days).
privacy-notice-rights =
    • Never kept: ID numbers, passwords, OTP codes.
    • Your rights: see or delete your information and stop messages at any time. Type /dulieu to see and delete, /huy to stop reminders, /andanh to change your answer about the anonymous code.
    • To complain: write to the commune People's Committee, or ask an official with "🙋 Ask a commune official".

## Personal data: seeing and deleting what the assistant holds (/dulieu, /xoadulieu)

pd-title = 📄 The assistant holds this about you:
pd-lang = • Language: { $lang }
pd-unit = • Commune: { $unit }
pd-remind-on = • Reminders: yes (you agreed on { $since })
pd-remind-off = • Reminders: no
pd-stats-on = • Anonymous statistics with your code: yes (you agreed on { $since })
pd-stats-off = • Anonymous statistics with your code: no
pd-guide = • Guide in progress: { $guide }
pd-threads = • Questions to officials: { $codes }
pd-sessions = • Guides completed (kept under a pseudonym, no name or phone number): { $n }
pd-nothing = The assistant holds nothing about you.
pd-never = The assistant never stores ID numbers, passwords or OTP codes.
pd-erase-ask = To delete it all, tap the button below (or type /xoadulieu xoa). It cannot be undone.
pd-erase-button = 🗑 Delete all my information
pd-erased =
    ✅ All your information is deleted: commune, language, reminders, { $threads } questions to officials, { $sessions } completed guides, your line in { $runs } sent-message lists.
    To use the assistant again, send /start.
