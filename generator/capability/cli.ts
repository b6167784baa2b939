import { renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { RunContext } from "../context.ts";
import { GeneratorError } from "../diagnostics.ts";
import { parseCapability } from "../load/capability/parse.ts";
import { readSource, sha256Of } from "../load/source.ts";
import { migrateToIkanos } from "./migrate.ts";

const USAGE = `usage: npm run capability -- migrate FILE [--out FILE]

  migrate FILE    write the Ikanos 1.0.0-beta5 form of a Naftiko 1.0.0-alpha2 capability file,
                  keeping its comments; to stdout, or to --out FILE
  --out FILE      where to write (may be FILE itself)
  --help          this text`;

const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70 } as const;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { out: { type: "string" }, help: { type: "boolean", default: false } } });
  } catch (error) {
    process.stderr.write(`capability: ${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const [command, file, ...rest] = parsed.positionals;
  if (command !== "migrate" || file === undefined || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT.usage;
  }
  const source = readSource(file, resolve(process.cwd(), file));
  const migrated = migrateToIkanos(source);
  const out = parsed.values.out;
  // The result must read back as a capability file before anything is written.
  const check = new RunContext();
  parseCapability(check, { file: out ?? `${file} (migrated)`, absolutePath: source.absolutePath, text: migrated, sha256: sha256Of(migrated) });
  if (out === undefined) {
    process.stdout.write(migrated);
    return EXIT.ok;
  }
  const target = resolve(process.cwd(), out);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, migrated);
  renameSync(temporary, target);
  process.stderr.write(`capability: wrote ${out} (Ikanos form of ${file})\n`);
  return EXIT.ok;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof GeneratorError) {
    process.stderr.write(`${error.format()}\n`);
    process.exitCode = EXIT.failed;
  } else {
    const detail = process.env["DEBUG"] ? (error as Error).stack : (error as Error).message;
    process.stderr.write(`capability: internal error: ${detail}\n(set DEBUG=1 for a stack trace, and please report it)\n`);
    process.exitCode = EXIT.internal;
  }
}
