/**
 * Reports (src/stats/report-doc.ts) as Telegram messages (parse_mode HTML): titles and headings in
 * bold, paragraphs escaped, tables in `<pre>`. A table of 124 communes does not fit in one message of
 * 4096 characters, so long tables continue in the next message, each part in its own `<pre>`.
 * Telegram's own officials' screens may add blocks of ready HTML.
 */
import type { DocBlock } from "../../stats/report-doc.js";

export type HtmlBlock = DocBlock | { kind: "html"; html: string };

/** Room left for tags and a little slack under Telegram's 4096. */
export const MESSAGE_LIMIT = 3900;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const preHtml = (lines: string[]) => `<pre>${escapeHtml(lines.join("\n"))}</pre>`;

/** A block other than a table, as HTML. */
function inlineHtml(block: Exclude<HtmlBlock, { kind: "table" }>): string {
  switch (block.kind) {
    case "title":
    case "heading":
      return `<b>${escapeHtml(block.text)}</b>`;
    case "paragraph":
      return block.lines.map(escapeHtml).join("\n");
    case "html":
      return block.html;
  }
}

/** All blocks as one HTML text. */
export function joinHtml(blocks: readonly HtmlBlock[]): string {
  return blocks.map((b) => (b.kind === "table" ? preHtml(b.lines) : inlineHtml(b))).join("\n");
}

/** Packs blocks into as few messages as fit under `limit`, splitting tables between lines. */
export function packHtml(blocks: readonly HtmlBlock[], limit = MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = "";
  const push = (piece: string) => {
    if (current && current.length + 1 + piece.length > limit) {
      messages.push(current);
      current = piece;
    } else current = current ? `${current}\n${piece}` : piece;
  };
  for (const block of blocks) {
    if (block.kind !== "table") {
      push(inlineHtml(block));
      continue;
    }
    let lines: string[] = [];
    for (const line of block.lines) {
      // A line is escaped the same way whole blocks are, so its length is measured as sent.
      const next = [...lines, line];
      if (lines.length > 0 && preHtml(next).length + current.length + 1 > limit) {
        push(preHtml(lines));
        if (current) {
          messages.push(current);
          current = "";
        }
        lines = [line];
      } else lines = next;
    }
    if (lines.length > 0) push(preHtml(lines));
  }
  if (current) messages.push(current);
  return messages;
}
