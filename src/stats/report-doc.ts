/**
 * Officials' reports as a neutral document: a title, headings, paragraphs of plain lines and tables
 * already aligned for a monospace font. Nothing here knows a channel's markup; each channel renders
 * it (Telegram HTML in src/bot/telegram/report-html.ts, plain text for Zalo in src/bot/report-text.ts).
 */
export type DocBlock =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; lines: string[] }
  | { kind: "table"; lines: string[] };

export type ReportDoc = DocBlock[];

export const title = (text: string): DocBlock => ({ kind: "title", text });
export const heading = (text: string): DocBlock => ({ kind: "heading", text });
export const paragraph = (...lines: string[]): DocBlock => ({ kind: "paragraph", lines });
export const table = (lines: string[]): DocBlock => ({ kind: "table", lines });
