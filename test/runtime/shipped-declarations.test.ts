import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ModuleCompiler } from "../../generator/emit/client/compile.ts";
import { ContentCache } from "../../generator/write/cache.ts";
import { copiedSources, shippedDeclarations } from "../../generator/emit/client/runtime-declarations.ts";
import { AGGREGATE_PACKAGE } from "../../generator/names.ts";
import { projectRoot } from "../helpers/project.ts";

const ts = createRequire(import.meta.url)("typescript") as typeof import("typescript");
const typescript = `typescript@${(JSON.parse(readFileSync(join(projectRoot, "node_modules/typescript/package.json"), "utf8")) as { version: string }).version}`;
const compilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, newLine: ts.NewLineKind.LineFeed, declaration: true, isolatedDeclarations: true };

describe("the shipped declarations of the copied sources", () => {
  const sources = copiedSources(projectRoot);

  it("cover the client runtime, the aggregate's runtime and the helpers", () => {
    for (const folder of ["runtime/", "aggregate/", "helpers/"]) expect(sources.some((source) => source.templatePath.startsWith(folder)), folder).toBe(true);
  });

  for (const { fileName, templatePath, text } of sources) {
    it(`are TypeScript's own for the current templates/${templatePath}`, () => {
      const shipped = shippedDeclarations(projectRoot, templatePath, text, typescript);
      expect(shipped, `templates/runtime-declarations/${templatePath.replace(/\.ts$/, ".d.ts")} is out of date: run node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts`).toBeDefined();
      expect(shipped).toBe(ts.transpileDeclaration(text, { fileName, compilerOptions }).outputText);
    });
  }
});

describe("a runtime file changed since its declarations were shipped", () => {
  it("gets TypeScript's declarations from the worker thread, and a bad one an error naming it", async () => {
    const compiler = new ModuleCompiler({ results: new ContentCache(undefined) }, "test", projectRoot);
    const source = "export function twice(value: number): number {\n  return value * 2;\n}\n";
    compiler.prepare([["runtime/changed.ts", source]]);
    const { js, dts } = await compiler.compile("runtime/changed.ts", source);
    expect(dts).toBe(ts.transpileDeclaration(source, { fileName: "runtime/changed.ts", compilerOptions }).outputText);
    expect(js).toContain("value * 2");
    await expect(compiler.compile("runtime/broken.ts", "export function untyped(value) { return value; }\n")).rejects.toThrow(/runtime\/broken\.ts/);
    compiler.close();
  });
});

describe("the aggregate's index.d.ts (templates/aggregate/package/index.d.ts.hbs)", () => {
  it("is TypeScript's own declarations of the generated index.ts", () => {
    const directory = join(projectRoot, "generated", AGGREGATE_PACKAGE.directory);
    const source = readFileSync(join(directory, "src/index.ts"), "utf8");
    expect(readFileSync(join(directory, "dist/index.d.ts"), "utf8")).toBe(ts.transpileDeclaration(source, { fileName: "index.ts", compilerOptions }).outputText);
  });
});
