import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/project.ts";

const modelDirectory = join(projectRoot, "generator", "model");
const loadDirectory = join(projectRoot, "generator", "load");

/** Every module a file imports or re-exports, as the TypeScript scanner sees it (static, dynamic and type-only). */
function importedPaths(file: string, text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((reference) => reference.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => resolve(dirname(file), name));
}

function loaderImports(file: string, text: string): string[] {
  return importedPaths(file, text).filter((path) => path === loadDirectory || path.startsWith(`${loadDirectory}${sep}`));
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(directory, entry.name)) : entry.name.endsWith(".ts") ? [join(directory, entry.name)] : []));
}

describe("generator/model/ is the leaf of the pipeline", () => {
  it("has no file that imports from generator/load/", () => {
    const files = filesUnder(modelDirectory);
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.flatMap((file) => loaderImports(file, readFileSync(file, "utf8")).map((target) => `${relative(projectRoot, file)} → ${relative(projectRoot, target)}`));
    expect(offenders).toEqual([]);
  });

  it("the check sees static, type-only, re-exported and dynamic imports", () => {
    const file = join(modelDirectory, "example.ts");
    const text = [
      'import { a } from "../load/source.ts";',
      'import type { B } from "../load/capability/parse.ts";',
      'export { c } from "../load/index.ts";',
      'const d = await import("../load/openapi/read.ts");',
      'import type { Schema } from "./types.ts";',
    ].join("\n");
    expect(loaderImports(file, text).map((path) => relative(projectRoot, path))).toEqual([
      join("generator", "load", "source.ts"),
      join("generator", "load", "capability", "parse.ts"),
      join("generator", "load", "index.ts"),
      join("generator", "load", "openapi", "read.ts"),
    ]);
  });
});
