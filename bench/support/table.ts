// Markdown table printing.

export type Align = "left" | "right";

export interface Column<R> {
  header: string;
  align?: Align;
  cell: (row: R) => string;
}

/** Renders rows as a GitHub-flavoured Markdown table with padded columns. */
export function markdownTable<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const cells = rows.map((r) => columns.map((c) => c.cell(r).replace(/\|/g, "\\|")));
  const widths = columns.map((c, i) =>
    Math.max(3, c.header.length, ...cells.map((row) => (row[i] ?? "").length)),
  );
  const pad = (s: string, i: number): string => {
    const w = widths[i] ?? 3;
    return columns[i]?.align === "right" ? s.padStart(w) : s.padEnd(w);
  };
  const line = (vals: readonly string[]): string => `| ${vals.map(pad).join(" | ")} |`;
  const rule = `|${widths
    .map((w, i) => (columns[i]?.align === "right" ? `${"-".repeat(w + 1)}:` : `:${"-".repeat(w + 1)}`))
    .join("|")}|`;
  return [line(columns.map((c) => c.header)), rule, ...cells.map(line)].join("\n");
}

/** Formats a number with a fixed number of decimals, thousands separated by a thin space-free comma. */
export function fmt(n: number | undefined, decimals = 0): string {
  if (n === undefined || !Number.isFinite(n)) return "–";
  return n.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export function fmtRatio(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return "n/a";
  return `${n.toFixed(2)}×`;
}
