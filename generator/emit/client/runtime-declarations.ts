import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { sha256Of } from "../../load/source.ts";
import { compareCodeUnits } from "../../names.ts";

/**
 * The declaration files of the hand-written sources that packages copy (the
 * client runtime, the aggregate's runtime and the helpers) ship beside them, in
 * templates/runtime-declarations/<template path>.d.ts: TypeScript's output,
 * written once when a source changes (`node generator/launch.mjs
 * generator/emit/client/refresh-runtime-declarations.ts`), not on every run.
 * Each starts with a line naming the sha256 of the source it was made from and
 * the TypeScript that made it; a file that does not match is not used, and
 * TypeScript emits that one during the run instead.
 */
export const RUNTIME_DECLARATIONS_DIRECTORY = "templates/runtime-declarations";

/** A copied source: its name as packages compile it, its path under templates/, its text. */
export interface CopiedSource {
  fileName: string;
  templatePath: string;
  text: string;
}

/** Every hand-written source a package copies and compiles. */
export function copiedSources(projectRoot: string): CopiedSource[] {
  const templates = join(projectRoot, "templates");
  const list = (folder: string, recursive: boolean) =>
    existsSync(join(templates, folder))
      ? readdirSync(join(templates, folder), { recursive, encoding: "utf8" })
          .map((name) => name.split(sep).join("/"))
          .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts"))
          .sort(compareCodeUnits)
      : [];
  const read = (templatePath: string) => readFileSync(join(templates, templatePath), "utf8");
  return [
    ...list("runtime", false).map((name) => ({ fileName: `runtime/${name}`, templatePath: `runtime/${name}`, text: read(`runtime/${name}`) })),
    ...list("aggregate", false).map((name) => ({ fileName: `runtime/${name}`, templatePath: `aggregate/${name}`, text: read(`aggregate/${name}`) })),
    ...list("helpers", true).map((name) => ({ fileName: `helpers/${name}`, templatePath: `helpers/${name}`, text: read(`helpers/${name}`) })),
  ];
}

export function declarationHeader(source: string, typescript: string): string {
  return `// Declarations of the runtime source with sha256 ${sha256Of(source)}, by ${typescript}. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts\n`;
}

export function runtimeDeclarationPath(projectRoot: string, templatePath: string): string {
  return join(projectRoot, RUNTIME_DECLARATIONS_DIRECTORY, templatePath.replace(/\.ts$/, ".d.ts"));
}

/** The shipped declarations of one copied source, when they were made from this very text by this TypeScript. */
export function shippedDeclarations(projectRoot: string, templatePath: string, source: string, typescript: string): string | undefined {
  const path = runtimeDeclarationPath(projectRoot, templatePath);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, "utf8");
  const header = declarationHeader(source, typescript);
  return text.startsWith(header) ? text.slice(header.length) : undefined;
}
