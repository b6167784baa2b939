import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createContext, type Row } from "./lib/context.ts";
import { writeReport } from "./lib/report.ts";
import { clientRows } from "./sections/client.ts";
import { docsRows } from "./sections/docs.ts";
import { generationRows } from "./sections/generation.ts";
import { mcpRows } from "./sections/mcp.ts";
import { serverRows } from "./sections/servers.ts";

const SECTIONS = { generation: generationRows, client: clientRows, mcp: mcpRows, servers: serverRows, docs: docsRows };

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { rounds: { type: "string", default: "5" }, only: { type: "string", multiple: true, default: [] } } });
  const context = createContext(Number(values.rounds));
  if (!existsSync(join(context.peers, "twilio")) || !existsSync(join(context.peers, "orval"))) {
    process.stderr.write("bench: the peers are not installed; run `npm run bench:install` first\n");
    return 1;
  }
  const chosen = values.only.length > 0 ? values.only : Object.keys(SECTIONS);
  const rows: Row[] = [];
  try {
    for (const name of chosen) {
      const section = SECTIONS[name as keyof typeof SECTIONS];
      if (!section) throw new Error(`unknown section ${name}; known: ${Object.keys(SECTIONS).join(", ")}`);
      rows.push(...(await section(context)));
    }
  } finally {
    rmSync(context.scratch, { recursive: true, force: true });
  }
  const version = (path: string) => (JSON.parse(readFileSync(join(path, "package.json"), "utf8")) as { version: string }).version;
  const versions: Record<string, string> = { node: process.version, "twilio-codegen": version(context.root) };
  for (const peer of ["orval", "@hey-api/openapi-ts", "openapi-typescript", "twilio", "autocannon"]) versions[peer] = version(join(context.peers, peer));
  versions["@twilio-alpha/mcp"] = version(join(context.root, "node_modules/@twilio-alpha/mcp"));
  writeReport(join(context.bench, "results"), rows, { date: new Date().toISOString().slice(0, 10), versions });
  for (const row of rows) {
    const ratio = row.ratio === undefined ? "" : `  ratio ${row.ratio.toFixed(3)}${row.target ? ` (target ${row.target.text}: ${row.target.met ? "met" : "missed"})` : ""}`;
    process.stdout.write(`${row.section.padEnd(10)} ${row.subject}: ${row.ours.median.toFixed(3)} ${row.unit}${ratio}\n`);
  }
  process.stdout.write("bench: report written to bench/results/report.md\n");
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  },
);
