import { mkdirSync, writeFileSync } from "node:fs";
import { arch, cpus, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import type { Row } from "./context.ts";
import type { Summary } from "./measure.ts";

export interface Environment {
  date: string;
  versions: Record<string, string>;
}

const format = (value: number, unit: string) => (unit === "bytes" || unit === "count" ? Math.round(value).toLocaleString("en-US") : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(3));
const cell = (summary: Summary, unit: string) => (summary.runs === 1 ? format(summary.median, unit) : `${format(summary.min, unit)} / **${format(summary.median, unit)}** / ${format(summary.max, unit)}`);

export function writeReport(directory: string, rows: Row[], environment: Environment): void {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, "results.json"), `${JSON.stringify({ environment, rows }, null, 2)}\n`);
  writeFileSync(join(directory, "report.md"), markdown(rows, environment));
  writeFileSync(join(directory, "ratios.svg"), chart(rows.filter((row) => row.ratio !== undefined)));
}

function markdown(rows: Row[], environment: Environment): string {
  const lines = [
    "# Benchmark report",
    "",
    `Written by \`npm run bench\` on ${environment.date}. Figures are min / **median** / max over interleaved runs after a warm-up, on a shared machine: read the ratios, not the absolute times. Ratios are ours ÷ theirs (median).`,
    "",
    "The peers emit less than we do: orval, @hey-api/openapi-ts and openapi-typescript generate a client (or, for openapi-typescript, only types). None emits MCP manifests or route tables.",
    "",
  ];
  for (const section of [...new Set(rows.map((row) => row.section))]) {
    lines.push(`## ${section}`, "", "| What | Unit | Ours | Peer | Peer's | Ratio | Target | Met |", "|---|---|---|---|---|---|---|---|");
    for (const row of rows.filter((candidate) => candidate.section === section)) {
      const ratio = row.ratio === undefined ? "" : `${row.ratio.toFixed(row.ratio < 0.1 ? 4 : 2)}${row.against ? ` (vs ${row.against})` : ""}`;
      const met = row.target === undefined ? "" : row.target.met ? "yes" : "**no**";
      lines.push(`| ${row.subject}${row.note ? `<br>${row.note}` : ""} | ${row.unit} | ${cell(row.ours, row.unit)} | ${row.peer?.name ?? ""} | ${row.peer ? cell(row.peer.value, row.unit) : ""} | ${ratio} | ${row.target?.text ?? ""} | ${met} |`);
    }
    lines.push("");
  }
  lines.push("## Machine", "", `- ${platform()} ${release()} ${arch()}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  for (const [name, version] of Object.entries(environment.versions)) lines.push(`- ${name} ${version}`);
  lines.push("", "![ratios](ratios.svg)", "");
  return lines.join("\n");
}

/** A horizontal bar per ratio on a log scale, with a line at 1.0 (parity). */
function chart(rows: Row[]): string {
  const width = 900;
  const barArea = 420;
  const rowHeight = 26;
  const height = 40 + rows.length * rowHeight;
  const scale = (ratio: number) => ((Math.log10(Math.max(ratio, 0.001)) + 3) / 4) * barArea; // 0.001 … 10
  const left = width - barArea - 20;
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<text x="10" y="20" font-weight="bold">Ratios, ours ÷ peer (log scale; the line is 1.0)</text>`,
  ];
  rows.forEach((row, index) => {
    const y = 34 + index * rowHeight;
    const good = row.target?.met ?? (row.unit === "req/s" ? row.ratio! >= 1 : row.ratio! <= 1);
    parts.push(`<text x="10" y="${y + 14}">${escape(row.subject.slice(0, 70))}</text>`);
    parts.push(`<rect x="${left}" y="${y + 2}" width="${Math.max(1, scale(row.ratio!)).toFixed(1)}" height="16" fill="${good ? "#3a7d44" : "#b3432f"}"/>`);
    parts.push(`<text x="${left + Math.max(1, scale(row.ratio!)) + 4}" y="${y + 14}">${row.ratio!.toFixed(row.ratio! < 0.1 ? 4 : 2)}</text>`);
  });
  parts.push(`<line x1="${left + scale(1)}" y1="28" x2="${left + scale(1)}" y2="${height - 4}" stroke="#333" stroke-dasharray="4 3"/>`, "</svg>", "");
  return parts.join("\n");
}
