import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { GeneratorError } from "./diagnostics.ts";
import { findProjectRoot } from "./project-root.ts";
import { generate, MANIFEST_PATH } from "./run.ts";

const USAGE = `usage: npm run generate -- [options]

  (no options)          regenerate generated/ from ${MANIFEST_PATH}
  --check               write nothing; exit 1 and list the files that differ
  --spec FILE           an OpenAPI document (.json/.yaml) to use instead of the manifest's (repeatable)
  --capability FILE     a capability YAML to use instead of the manifest's (repeatable)
  --all                 every document in the manifest's allDocuments folder (default --out generated-all)
  --manifest FILE       another manifest instead of ${MANIFEST_PATH}
  --out DIR             where to write (required with --spec or --capability)
  --changes FILE        also write this run's change report (the "API changes") as Markdown to FILE
  --quiet               no progress lines
  --help                this text`;

export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70 } as const;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        check: { type: "boolean", default: false },
        spec: { type: "string", multiple: true, default: [] },
        capability: { type: "string", multiple: true, default: [] },
        all: { type: "boolean", default: false },
        manifest: { type: "string" },
        out: { type: "string" },
        changes: { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`generate: ${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const adHoc = values.spec.length > 0 || values.capability.length > 0;
  if (adHoc && values.out === undefined) {
    process.stderr.write("generate: --out DIR is required with --spec or --capability, so generated/ keeps the manifest's output\n");
    return EXIT.usage;
  }
  if (values.all && values.spec.length > 0) {
    process.stderr.write("generate: --all and --spec cannot be combined\n");
    return EXIT.usage;
  }
  const projectRoot = findProjectRoot();
  const result = await generate({
    projectRoot,
    cwd: process.cwd(),
    out: values.out ?? (values.all ? resolve(projectRoot, "generated-all") : resolve(projectRoot, "generated")),
    check: values.check,
    all: values.all,
    specs: values.spec,
    capabilities: values.capability,
    ...(values.manifest === undefined ? {} : { manifest: values.manifest }),
    ...(values.quiet ? {} : { progress: progressPrinter() }),
  });
  if (result.restored !== undefined) process.stderr.write(`generate: restored output left by an interrupted run (${result.restored})\n`);
  for (const warning of result.warnings) process.stderr.write(`${warning}\n`);
  if (result.outOfDate) {
    const { added, changed, removed } = result.diff;
    const lines = [...changed.map((path) => `  changed  ${path}`), ...added.map((path) => `  missing  ${path}`), ...removed.map((path) => `  extra    ${path}`)];
    process.stderr.write(`generate --check: generated output is out of date:\n${lines.join("\n")}\nrun \`npm run generate\` and commit the result\n`);
  }
  process.stdout.write(`${result.changes.summary}\n`);
  if (values.changes !== undefined) writeFileSync(resolve(values.changes), result.changes.markdown);
  process.stdout.write(`${result.summary}\n`);
  return result.outOfDate ? EXIT.failed : EXIT.ok;
}

/** On a terminal, one line rewritten in place; elsewhere, a line per step. */
function progressPrinter(): (line: string) => void {
  if (process.stderr.isTTY) return (line) => process.stderr.write(`\r\x1b[2K${line}`);
  return (line) => process.stderr.write(`${line}\n`);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (process.stderr.isTTY) process.stderr.write("\r\x1b[2K");
    process.exitCode = code;
  },
  (error: unknown) => {
    if (process.stderr.isTTY) process.stderr.write("\r\x1b[2K");
    if (error instanceof GeneratorError) {
      process.stderr.write(`${error.format()}\n`);
      process.exitCode = EXIT.failed;
      return;
    }
    const detail = process.env["DEBUG"] ? (error as Error).stack : (error as Error).message;
    process.stderr.write(`generate: internal error: ${detail}\n(set DEBUG=1 for a stack trace, and please report it)\n`);
    process.exitCode = EXIT.internal;
  },
);
