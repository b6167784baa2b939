import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { GeneratorError } from "../diagnostics.ts";
import { findProjectRoot } from "../project-root.ts";
import { findPackages, publishPackages } from "./publish.ts";

const USAGE = `usage: npm run release -- --registry URL [options]

  --registry URL   the npm registry to publish to (required: nothing is published by default)
  --dir DIR        the generated output to publish from (default generated/)
  --dry-run        ask the registry, publish nothing: list what would be published
  --help           this text

Publishes, in dependency order, every package whose version the registry does not
have yet, and skips the others. Credentials come from your npm config (npm login).`;

const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70 } as const;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { registry: { type: "string" }, dir: { type: "string" }, "dry-run": { type: "boolean", default: false }, help: { type: "boolean", default: false } }, strict: true, allowPositionals: false }));
  } catch (error) {
    process.stderr.write(`release: ${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (values.registry === undefined || !/^https?:\/\/[^/]/.test(values.registry)) {
    process.stderr.write(`release: --registry URL is required (http:// or https://)\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const outDir = values.dir === undefined ? resolve(findProjectRoot(), "generated") : resolve(values.dir);
  const packages = findPackages(outDir);
  const outcomes = await publishPackages(packages, { registry: values.registry, dryRun: values["dry-run"], log: (line) => process.stdout.write(`${line}\n`) });
  const count = (result: string) => outcomes.filter((outcome) => outcome.result === result).length;
  process.stdout.write(`${packages.length} packages: ${count("published")} published, ${count("would publish")} to publish, ${count("already published")} already in ${values.registry}\n`);
  return EXIT.ok;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof GeneratorError) {
      process.stderr.write(`${error.format()}\n`);
      process.exitCode = EXIT.failed;
      return;
    }
    const detail = process.env["DEBUG"] ? (error as Error).stack : (error as Error).message;
    process.stderr.write(`release: internal error: ${detail}\n(set DEBUG=1 for a stack trace, and please report it)\n`);
    process.exitCode = EXIT.internal;
  },
);
