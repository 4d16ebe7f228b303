// Trợ lý Dịch vụ công: the local web chat page. Plain browser JavaScript, no build step, no framework.
//
// It talks JSON to POST api/chat ({chat, input, messageId, lang} → {replies, duplicate}) and draws
// each reply as a bubble with its buttons. Server text is only ever set with textContent, never
// parsed as HTML; line breaks show through CSS (white-space: pre-wrap).

const API = "api/chat";
const STORAGE_KEY = "tro-ly-dvc.chat";
/** 128 random bits as 32 hex digits: the server accepts nothing shorter or guessable. */
const CHAT_ID = /^[0-9a-f]{32}$/;
const REQUEST_TIMEOUT_MS = 20000;
/** The server refuses longer bodies; beyond 1000 characters the bot answers "too long" anyway. */
const MAX_TEXT = 20000;

/** The page's own words, in the chat's language (the server says which after each answer). */
const WORDS = {
  vi: {
    bot: "Trợ lý:",
    you: "Bạn:",
    offline: "Mất kết nối, vui lòng thử lại.",
    retry: "Thử lại",
    newTab: " (mở trong thẻ mới)",
    title: "Trợ lý Dịch vụ công",
    banner: "Bản thử nghiệm (demo) trên máy này — không gửi gì đến cơ quan nhà nước",
    controls: "Điều khiển",
    home: "🏠 Về menu",
    restart: "Bắt đầu lại",
    privacy: "🔒 Thông tin của tôi",
    privacyNote: "🔒 Trợ lý do UBND xã quản lý. Chỉ giữ ngôn ngữ, xã và lựa chọn nhận tin của bác.",
    privacyNotice: "Quyền riêng tư",
    log: "Cuộc trò chuyện với Trợ lý",
    typing: "Trợ lý đang trả lời",
    label: "Nhập tin nhắn",
    placeholder: "Nhập tin nhắn…",
    send: "Gửi",
  },
  km: {
    bot: "ជំនួយការ:",
    you: "អ្នក:",
    offline: "បាត់ការតភ្ជាប់ សូមព្យាយាមម្តងទៀត។",
    retry: "ព្យាយាមម្តងទៀត",
    newTab: " (បើកក្នុងផ្ទាំងថ្មី)",
    title: "ជំនួយការសេវាសាធារណៈ",
    banner: "កំណែសាកល្បង (demo) នៅលើម៉ាស៊ីននេះ — មិនផ្ញើអ្វីទៅស្ថាប័នរដ្ឋទេ",
    controls: "ការគ្រប់គ្រង",
    home: "🏠 ត្រឡប់ទៅម៉ឺនុយ",
    restart: "ចាប់ផ្តើមឡើងវិញ",
    privacy: "🔒 ព័ត៌មានរបស់ខ្ញុំ",
    privacyNote: "🔒 ជំនួយការនេះ គណៈកម្មាធិការប្រជាជនឃុំជាអ្នកគ្រប់គ្រង។ រក្សាទុកតែភាសា ឃុំ និងជម្រើសទទួលសាររបស់លោកអ្នក។",
    privacyNotice: "ឯកជនភាព",
    log: "ការសន្ទនាជាមួយជំនួយការ",
    typing: "ជំនួយការកំពុងឆ្លើយ",
    label: "វាយសារ",
    placeholder: "វាយសារ…",
    send: "ផ្ញើ",
  },
  en: {
    bot: "Assistant:",
    you: "You:",
    offline: "Connection lost, please try again.",
    retry: "Try again",
    newTab: " (opens in a new tab)",
    title: "Public Services Assistant",
    banner: "Demo on this computer — nothing is sent to any government office",
    controls: "Controls",
    home: "🏠 Home",
    restart: "Start over",
    privacy: "🔒 My information",
    privacyNote: "🔒 Run by the commune People's Committee. It keeps only your language, commune and reminder choice.",
    privacyNotice: "Privacy",
    log: "Conversation with the assistant",
    typing: "The assistant is answering",
    label: "Type a message",
    placeholder: "Type a message…",
    send: "Send",
  },
};
let T = WORDS.vi;

const els = {
  scroller: document.getElementById("scroller"),
  transcript: document.getElementById("transcript"),
  typing: document.getElementById("typing"),
  form: document.getElementById("composer"),
  input: document.getElementById("message"),
  send: document.getElementById("send"),
  home: document.getElementById("home"),
  restart: document.getElementById("restart"),
  privacy: document.getElementById("privacy"),
  privacyNote: document.getElementById("privacy-note"),
  privacyNotice: document.getElementById("privacy-notice"),
  banner: document.getElementById("demo-banner"),
  title: document.querySelector("h1"),
  controls: document.querySelector("nav.controls"),
  typingText: document.querySelector("#typing .visually-hidden"),
  label: document.querySelector("label[for=message]"),
};

/** Draws the page's own words in `lang` (vi, km or en). */
function setLanguage(lang) {
  if (!Object.prototype.hasOwnProperty.call(WORDS, lang) || WORDS[lang] === T) return;
  T = WORDS[lang];
  document.documentElement.lang = lang;
  document.title = T.title;
  els.title.textContent = T.title;
  els.banner.replaceChildren(el("strong", undefined, T.banner));
  els.controls.setAttribute("aria-label", T.controls);
  els.home.textContent = T.home;
  els.restart.textContent = T.restart;
  els.privacy.textContent = T.privacy;
  els.privacyNote.textContent = T.privacyNote;
  els.privacyNotice.textContent = T.privacyNotice;
  els.transcript.setAttribute("aria-label", T.log);
  els.typingText.textContent = T.typing;
  els.label.textContent = T.label;
  els.input.placeholder = T.placeholder;
  els.send.textContent = T.send;
}

// ── ids ─────────────────────────────────────────────────────────────────────────────────────────

/** 32 hex characters. randomUUID needs a secure context (https or localhost); getRandomValues does not. */
function randomId() {
  const c = typeof crypto !== "undefined" ? crypto : null;
  if (c && typeof c.randomUUID === "function") return c.randomUUID().replace(/-/g, "");
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === "function") c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The chat's address, kept in this browser so a reload continues the same conversation. */
function loadChatId() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && CHAT_ID.test(saved)) return saved;
    const fresh = randomId();
    localStorage.setItem(STORAGE_KEY, fresh);
    return fresh;
  } catch {
    // Storage blocked (private mode, strict settings): the chat lasts as long as the page.
    return randomId();
  }
}

const chatId = loadChatId();

function browserLang() {
  const nav = window.navigator;
  return nav && typeof nav.language === "string" ? nav.language.slice(0, 16) : undefined;
}

// ── state ───────────────────────────────────────────────────────────────────────────────────────

let busy = false;
/** The newest bot bubble: a reply with `replace` redraws it (checklist ticks). */
let lastBot = null;
/** The "connection lost" bubble, at most one at a time. */
let errorBubble = null;

// ── drawing ─────────────────────────────────────────────────────────────────────────────────────

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function speaker(label) {
  return el("span", "visually-hidden", label + " ");
}

function scrollToBottom() {
  els.scroller.scrollTop = els.scroller.scrollHeight;
}

/** Shows `node` from its top (a long answer is read from its beginning), or the bottom if it all fits. */
function reveal(node) {
  const top = node.offsetTop - 8;
  const room = els.scroller.clientHeight;
  const below = els.scroller.scrollHeight - top;
  els.scroller.scrollTop = below > room ? top : els.scroller.scrollHeight;
}

function addUserBubble(text, extraClass) {
  const bubble = el("div", "msg user" + (extraClass ? " " + extraClass : ""));
  bubble.append(speaker(T.you), el("p", "text", text));
  els.transcript.append(bubble);
  scrollToBottom();
  return bubble;
}

function isSafeUrl(url) {
  try {
    const parsed = new window.URL(url, window.location.href);
    return parsed.protocol === "https:" || parsed.protocol === "http:";
  } catch {
    return false;
  }
}

/** Fills a bot bubble with a reply's text and buttons (used for new bubbles and for `replace`). */
function fillBubble(bubble, reply) {
  bubble.replaceChildren(speaker(T.bot), el("p", "text", reply.text));
  const rows = Array.isArray(reply.buttons) ? reply.buttons : [];
  let hasData = false;
  const group = el("div", "buttons");
  for (const row of rows) {
    if (!Array.isArray(row)) continue;
    const line = el("div", "row");
    for (const b of row) {
      if (!b || typeof b.label !== "string") continue;
      if (typeof b.url === "string") {
        if (!isSafeUrl(b.url)) continue;
        const link = el("a", "btn link", b.label);
        link.href = b.url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        link.append(el("span", "visually-hidden", T.newTab));
        line.append(link);
      } else if (typeof b.data === "string") {
        const button = el("button", "btn", b.label);
        button.type = "button";
        // A checklist item: ticked or not is shown by its style and told to screen readers, not
        // only by the ✅/⬜ in its label (no emoji font on many machines).
        if (typeof b.pressed === "boolean") {
          button.setAttribute("aria-pressed", String(b.pressed));
          button.classList.add("toggle");
        }
        button.addEventListener("click", () => onDataButton(bubble, button, b.data));
        line.append(button);
        hasData = true;
      }
    }
    if (line.childElementCount > 0) group.append(line);
  }
  if (group.childElementCount > 0) bubble.append(group);
  bubble.classList.toggle("has-buttons", hasData);
  bubble.classList.remove("stale");
  return hasData;
}

function addBotBubble(reply) {
  const bubble = el("div", "msg bot");
  bubble.tabIndex = -1; // focusable by script, so focus can follow the conversation
  els.transcript.append(bubble);
  lastBot = bubble;
  return { bubble, hasData: fillBubble(bubble, reply) };
}

function dataButtons(bubble) {
  return Array.from(bubble.querySelectorAll("button.btn"));
}

/** Older menus stay visible but their buttons are switched off: the newest screen is the one that counts. */
function retireOlder(current) {
  for (const bubble of els.transcript.querySelectorAll(".msg.bot.has-buttons")) {
    if (bubble !== current) bubble.classList.add("stale");
  }
}

/** Buttons are usable only on the current screen and only while no request is on its way. */
function refreshControls() {
  for (const bubble of els.transcript.querySelectorAll(".msg.bot.has-buttons")) {
    const off = busy || bubble.classList.contains("stale");
    for (const button of dataButtons(bubble)) button.disabled = off;
  }
  els.send.disabled = busy;
  els.home.disabled = busy;
  els.restart.disabled = busy;
  els.privacy.disabled = busy;
  els.privacyNotice.disabled = busy;
  els.scroller.setAttribute("aria-busy", busy ? "true" : "false");
}

function setBusy(on) {
  busy = on;
  els.typing.hidden = !on;
  if (on) scrollToBottom();
  refreshControls();
}

function clearError() {
  if (errorBubble) errorBubble.remove();
  errorBubble = null;
}

function showError(body, origin) {
  clearError();
  const bubble = el("div", "msg bot error");
  bubble.setAttribute("role", "alert");
  const retry = el("button", "btn retry", T.retry);
  retry.type = "button";
  retry.addEventListener("click", () => {
    if (busy) return;
    clearError();
    // The same messageId: if the server did get the first try, it answers this one only once.
    void deliver(body, origin);
  });
  const row = el("div", "row");
  row.append(retry);
  const group = el("div", "buttons");
  group.append(row);
  bubble.append(speaker(T.bot), el("p", "text", T.offline), group);
  els.transcript.append(bubble);
  errorBubble = bubble;
  scrollToBottom();
  retry.focus({ preventScroll: true });
}

// ── talking to the server ───────────────────────────────────────────────────────────────────────

async function post(body) {
  const Abort = window.AbortController;
  const abort = typeof Abort === "function" ? new Abort() : null;
  const timer = window.setTimeout(() => abort && abort.abort(), REQUEST_TIMEOUT_MS);
  try {
    const res = await fetch(API, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
      signal: abort ? abort.signal : undefined,
    });
    // 429 (too fast) carries a kind sentence as a reply, shown like any other answer.
    if (!res.ok && res.status !== 429) throw new Error("HTTP " + res.status);
    const data = await res.json();
    if (!data || !Array.isArray(data.replies)) throw new Error("unexpected answer");
    return data;
  } finally {
    window.clearTimeout(timer);
  }
}

/**
 * Sends one input. `origin` says where it came from, for focus: "load", "text" (with the user's
 * bubble), "button" (with the bubble and the index of the pressed button) or "control".
 */
function send(input, origin) {
  const body = { chat: chatId, input, messageId: randomId() };
  const lang = browserLang();
  if (lang) body.lang = lang;
  return deliver(body, origin);
}

async function deliver(body, origin) {
  setBusy(true);
  clearError();
  let data;
  try {
    data = await post(body);
  } catch (err) {
    console.warn("web chat: request failed", err);
    setBusy(false);
    showError(body, origin);
    return;
  }
  setBusy(false);
  show(data, origin);
}

function show(data, origin) {
  if (typeof data.lang === "string") setLanguage(data.lang);
  let firstNew = null;
  let focusAfterReplace = null;
  // A duplicate means the server already answered this very message (a retry after a lost answer);
  // there is nothing new to draw and the current buttons stay as they are.
  for (const reply of data.replies) {
    if (!reply || typeof reply.text !== "string") continue;
    if (reply.deleteInput && origin.userBubble) {
      // The message held a secret (an ID number, an OTP): do not leave it on a shared screen.
      origin.userBubble.remove();
      origin.userBubble = null;
    }
    let target;
    let hasData;
    if (reply.replace && lastBot && lastBot.isConnected) {
      target = lastBot;
      hasData = fillBubble(target, reply);
      if (origin.kind === "button" && origin.bubble === target) focusAfterReplace = origin.index;
    } else {
      ({ bubble: target, hasData } = addBotBubble(reply));
      if (!firstNew) firstNew = target;
    }
    if (hasData) retireOlder(target);
  }
  refreshControls();

  if (focusAfterReplace !== null && !firstNew) {
    // A checklist tick: keep the finger (and the keyboard focus) on the item just ticked.
    const buttons = dataButtons(lastBot);
    const again = buttons[Math.min(focusAfterReplace, buttons.length - 1)];
    if (again) again.focus({ preventScroll: true });
    return;
  }
  if (!firstNew) return;
  reveal(origin.userBubble && origin.userBubble.isConnected ? origin.userBubble : firstNew);
  if (origin.kind === "text") {
    els.input.focus({ preventScroll: true });
  } else if (origin.kind !== "load") {
    // After a button press, focus goes to the new message; Tab then reaches its buttons.
    firstNew.focus({ preventScroll: true });
  }
}

// ── inputs ──────────────────────────────────────────────────────────────────────────────────────

function onDataButton(bubble, button, data) {
  if (busy || button.disabled) return;
  const buttons = dataButtons(bubble);
  for (const other of buttons) other.classList.toggle("chosen", other === button);
  void send({ kind: "button", data }, { kind: "button", bubble, index: buttons.indexOf(button) });
}

els.form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = els.input.value.trim();
  if (!text || busy) return;
  els.input.value = "";
  const userBubble = addUserBubble(text);
  void send({ kind: "text", text: text.slice(0, MAX_TEXT) }, { kind: "text", userBubble });
});

els.home.addEventListener("click", () => {
  if (busy) return;
  const userBubble = addUserBubble(els.home.textContent, "control");
  void send({ kind: "menu" }, { kind: "control", userBubble });
});

els.restart.addEventListener("click", () => {
  if (busy) return;
  const userBubble = addUserBubble(els.restart.textContent, "control");
  void send({ kind: "start" }, { kind: "control", userBubble });
});

// What the assistant holds about this chat, with a button to delete it (Law 91/2025).
els.privacy.addEventListener("click", () => {
  if (busy) return;
  const userBubble = addUserBubble(els.privacy.textContent, "control");
  void send({ kind: "text", text: "/dulieu" }, { kind: "control", userBubble });
});

// The privacy notice in full: controller, purposes, retention, rights, complaints.
els.privacyNotice.addEventListener("click", () => {
  if (busy) return;
  const userBubble = addUserBubble(els.privacyNotice.textContent, "control");
  void send({ kind: "open", flow: "privacy" }, { kind: "control", userBubble });
});

void send({ kind: "start" }, { kind: "load" });
