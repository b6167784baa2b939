import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sha256Of } from "../../load/source.ts";

/**
 * The runtime's declaration files ship beside its sources, in
 * templates/runtime-declarations/: TypeScript's output for each runtime file,
 * written once when the runtime changes (`node generator/launch.mjs
 * generator/emit/client/refresh-runtime-declarations.ts`), not on every run.
 * Each starts with a line naming the sha256 of the source it was made from and
 * the TypeScript that made it; a file that does not match is not used, and
 * TypeScript emits that one during the run instead.
 */
export const RUNTIME_DECLARATIONS_DIRECTORY = "templates/runtime-declarations";

export function declarationHeader(source: string, typescript: string): string {
  return `// Declarations of the runtime source with sha256 ${sha256Of(source)}, by ${typescript}. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts\n`;
}

export function runtimeDeclarationPath(projectRoot: string, name: string): string {
  return join(projectRoot, RUNTIME_DECLARATIONS_DIRECTORY, name.replace(/\.ts$/, ".d.ts"));
}

/** The shipped declarations of one runtime file, when they were made from this very source by this TypeScript. */
export function shippedDeclarations(projectRoot: string, name: string, source: string, typescript: string): string | undefined {
  const path = runtimeDeclarationPath(projectRoot, name);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, "utf8");
  const header = declarationHeader(source, typescript);
  return text.startsWith(header) ? text.slice(header.length) : undefined;
}
