/**
 * Button payloads ("callback data"): short, and tied to the screen that offered them.
 *
 * Format: `<seq in base 36>.<action>`. The sequence number is the chat's render counter, so a
 * press on an older message, or a payload someone typed by hand, never matches and is treated as
 * stale. Payloads stay far below Telegram's 64-byte limit (ids are at most 24 characters).
 */
export type ButtonAction =
  | { a: "choose"; id: string }
  | { a: "toggle"; index: number }
  | { a: "next" }
  | { a: "skip" }
  | { a: "back" }
  | { a: "home" }
  | { a: "open"; flow: string }
  | { a: "unit"; code: string }
  | { a: "resume" }
  | { a: "restart" }
  | { a: "language" }
  | { a: "commune" }
  | { a: "ask" }
  /** A suggested question on the "ask an official" screen (its index). */
  | { a: "suggest"; index: number };

const simple = { n: "next", s: "skip", b: "back", h: "home", r: "resume", x: "restart", l: "language", m: "commune", q: "ask" } as const;
const simpleCode = Object.fromEntries(Object.entries(simple).map(([k, v]) => [v, k])) as Record<string, string>;

export function encodeButton(seq: number, action: ButtonAction): string {
  const head = seq.toString(36);
  switch (action.a) {
    case "choose":
      return `${head}.c${action.id}`;
    case "toggle":
      return `${head}.t${action.index}`;
    case "suggest":
      return `${head}.g${action.index}`;
    case "open":
      return `${head}.o${action.flow}`;
    case "unit":
      return `${head}.u${action.code}`;
    default:
      return `${head}.${simpleCode[action.a]}`;
  }
}

const shape = /^([0-9a-z]{1,8})\.([a-z])([a-z0-9_-]{0,24})$/;

/** Returns the action and the render sequence it was made for, or null for anything malformed. */
export function decodeButton(data: string): { seq: number; action: ButtonAction } | null {
  const m = shape.exec(data);
  if (!m) return null;
  const seq = parseInt(m[1]!, 36);
  const [kind, arg] = [m[2]!, m[3]!];
  const needsArg = "ctoug".includes(kind);
  if (needsArg !== (arg.length > 0)) return null;
  switch (kind) {
    case "c":
      return { seq, action: { a: "choose", id: arg } };
    case "t":
      return /^\d{1,2}$/.test(arg) ? { seq, action: { a: "toggle", index: Number(arg) } } : null;
    case "g":
      return /^\d$/.test(arg) ? { seq, action: { a: "suggest", index: Number(arg) } } : null;
    case "o":
      return { seq, action: { a: "open", flow: arg } };
    case "u":
      return { seq, action: { a: "unit", code: arg } };
    default: {
      const a = simple[kind as keyof typeof simple];
      return a ? { seq, action: { a } as ButtonAction } : null;
    }
  }
}
