/**
 * Report messages as blocks (lines of text, or a monospace table), packed into Telegram messages
 * of at most 4096 characters: a table of 124 communes does not fit in one, so long tables continue
 * in the next message, each part in its own `<pre>`.
 */
import { escapeHtml } from "./mono-table.js";

/** `html` is already HTML (escaped); `pre` lines are plain text, escaped when packed. */
export type Block = { html: string } | { pre: string[] };

/** Room left for tags and a little slack under Telegram's 4096. */
export const MESSAGE_LIMIT = 3900;

const preHtml = (lines: string[]) => `<pre>${escapeHtml(lines.join("\n"))}</pre>`;

/** All blocks as one HTML text. */
export function joinBlocks(blocks: readonly Block[]): string {
  return blocks.map((b) => ("html" in b ? b.html : preHtml(b.pre))).join("\n");
}

/** Packs blocks into as few messages as fit under `limit`, splitting tables between lines. */
export function packMessages(blocks: readonly Block[], limit = MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = "";
  const push = (piece: string) => {
    if (current && current.length + 1 + piece.length > limit) {
      messages.push(current);
      current = piece;
    } else current = current ? `${current}\n${piece}` : piece;
  };
  for (const block of blocks) {
    if ("html" in block) {
      push(block.html);
      continue;
    }
    let lines: string[] = [];
    for (const line of block.pre) {
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

/**
 * The same blocks as plain text, for channels without markup (Zalo): tags dropped, entities read
 * back, tables kept line by line (they are already aligned for a monospace font).
 */
export function plainMessages(blocks: readonly Block[], limit: number): string[] {
  const plain = (html: string) =>
    html
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  const messages: string[] = [];
  let current = "";
  for (const piece of blocks.map((b) => ("html" in b ? plain(b.html) : b.pre.join("\n")))) {
    if (current && current.length + 2 + piece.length > limit) {
      messages.push(current);
      current = piece;
    } else current = current ? `${current}\n\n${piece}` : piece;
  }
  if (current) messages.push(current);
  return messages;
}
