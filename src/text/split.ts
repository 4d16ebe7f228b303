/**
 * Splits a text for a channel's length limit: at a paragraph, else a line, else a sentence, else a
 * space, and never between the two halves of an emoji.
 */
export function splitText(text: string, limit: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = window.lastIndexOf("\n\n");
    if (cut < limit / 2) cut = window.lastIndexOf("\n");
    if (cut < limit / 2) cut = Math.max(window.lastIndexOf(". "), window.lastIndexOf("។ ")) + 1;
    if (cut < limit / 2) cut = window.lastIndexOf(" ");
    if (cut <= 0) cut = limit;
    // Never between the two halves of an emoji: Telegram refuses a lone surrogate.
    if (/[\uD800-\uDBFF]/.test(rest[cut - 1] ?? "")) cut -= 1;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  chunks.push(rest);
  return chunks.filter((c) => c.length > 0);
}

