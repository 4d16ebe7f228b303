/**
 * Reports (src/stats/report-doc.ts) as plain text, for channels without markup (Zalo OA, Zalo Bot):
 * titles and headings on lines of their own (a heading marked "▌"), tables kept line by line
 * (already aligned for a monospace font), packed into messages of at most `limit` characters,
 * splitting long tables between lines.
 */
import type { DocBlock } from "../stats/report-doc.js";

function pieces(block: DocBlock): string[] {
  switch (block.kind) {
    case "title":
      return [block.text];
    case "heading":
      return [`▌${block.text}`];
    case "paragraph":
      return [block.lines.join("\n")];
    case "table":
      return block.lines;
  }
}

export function plainText(blocks: readonly DocBlock[], limit: number): string[] {
  const messages: string[] = [];
  let current = "";
  const push = (piece: string, separator: string) => {
    if (current && current.length + separator.length + piece.length > limit) {
      messages.push(current);
      current = piece;
    } else current = current ? `${current}${separator}${piece}` : piece;
  };
  for (const block of blocks) {
    const [first = "", ...rest] = pieces(block);
    push(first, "\n\n");
    // Table lines follow each other one per line, so a long table continues in the next message.
    for (const line of rest) push(line, "\n");
  }
  if (current) messages.push(current);
  return messages;
}
