/**
 * Markdown from spec text. Spec text is prose, never markup: it cannot open
 * HTML, break a table, or close a code fence early.
 */

/** Text for a table cell: one line, `|` escaped, angle brackets as entities. */
export function cell(text: string | undefined): string {
  if (text === undefined || text.trim() === "") return "";
  return inline(text).replace(/\|/g, "\\|");
}

/** A paragraph of prose: line ends kept as spaces, angle brackets as entities. */
export function inline(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .trim();
}

/** Inline code that shows `text` exactly, whatever backticks it holds. */
export function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = "`".repeat(longest + 1);
  const padded = text.startsWith("`") || text.endsWith("`") ? ` ${text} ` : text;
  return `${ticks}${padded}${ticks}`.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
}

/** A fenced block longer than any backtick run inside it. */
export function fence(content: string, language: string): string {
  const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}${language}\n${content.replace(/\s+$/, "")}\n${ticks}`;
}

export function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

/** YAML front matter with JSON-quoted values (JSON strings are valid YAML). */
export function frontMatter(fields: Record<string, string>): string {
  return ["---", ...Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value.replace(/\s+/g, " ").trim())}`), "---"].join("\n");
}
