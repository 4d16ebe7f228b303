/**
 * Plain-text tables for a monospace block (Telegram `<pre>`), sized to read on a phone: columns as
 * wide as their widest cell, names cut with "…" past a limit, numbers right-aligned.
 */

export interface MonoColumn {
  /** Header lines, top to bottom (a two-line header keeps narrow columns narrow). */
  header: string[];
  align: "left" | "right";
  /** Cells longer than this are cut with "…". */
  maxWidth?: number;
}

function cut(text: string, max: number | undefined): string {
  const chars = [...text];
  return max !== undefined && chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

const width = (text: string) => [...text].length;

/** Lays out `rows` under `columns`; returns the lines (no trailing spaces). */
export function monoTable(columns: readonly MonoColumn[], rows: readonly string[][]): string[] {
  const cells = rows.map((row) => columns.map((col, i) => cut(row[i] ?? "", col.maxWidth)));
  const headerLines = Math.max(...columns.map((c) => c.header.length));
  // Headers are bottom-aligned, so a one-line header sits on the last header line.
  const headers = columns.map((c) => [...Array<string>(headerLines - c.header.length).fill(""), ...c.header]);
  const widths = columns.map((_, i) => Math.max(...headers[i]!.map(width), ...cells.map((row) => width(row[i]!))));
  const line = (values: string[]) =>
    values
      .map((value, i) => {
        const padding = " ".repeat(widths[i]! - width(value));
        return columns[i]!.align === "right" ? padding + value : value + padding;
      })
      .join(" ")
      .trimEnd();
  const lines: string[] = [];
  for (let h = 0; h < headerLines; h++) lines.push(line(headers.map((header) => header[h]!)));
  for (const row of cells) lines.push(line(row));
  return lines;
}

/** A number the Vietnamese way: 1.624 (dot between thousands). */
export function formatCount(n: number): string {
  const sign = n < 0 ? "-" : "";
  return sign + String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A change with its sign: +59, -3, 0. */
export function formatChange(n: number): string {
  return n > 0 ? `+${formatCount(n)}` : formatCount(n);
}

/** The change in percent, rounded: +311%; "mới" when there was nothing before; "–" when both are 0. */
export function formatPercent(previous: number, current: number): string {
  if (previous === 0) return current === 0 ? "–" : "mới";
  const pct = Math.round(((current - previous) / previous) * 100);
  return pct > 0 ? `+${formatCount(pct)}%` : `${formatCount(pct)}%`;
}

/** A unit's name shortened for a narrow column: "xã Lưu Nghiệp Anh" → "Lưu Nghiệp Anh". */
export function shortUnitName(name: string): string {
  const desk = /^Bộ phận tiếp nhận và trả kết quả\s+/i;
  let short = name.trim();
  if (desk.test(short)) {
    short = short.replace(desk, "");
    if (/^huyện/i.test(short)) return `Một cửa ${short}`;
  }
  return short.replace(/^thị trấn\s+/i, "TT ").replace(/^(xã|phường|đặc khu)\s+/i, "");
}
