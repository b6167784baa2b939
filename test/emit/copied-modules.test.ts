import { describe, expect, it } from "vitest";
import { ModuleCompiler } from "../../generator/emit/client/compile.ts";
import { bundleFolders, distFiles } from "../../generator/emit/client/copied-modules.ts";
import { ContentCache } from "../../generator/write/cache.ts";
import { projectRoot } from "../helpers/project.ts";

const SOURCES: Array<[string, string]> = [
  ["runtime/index.ts", 'export { twice } from "./math.js";\n'],
  ["runtime/math.ts", "export function twice(value: number): number {\n  return value * 2;\n}\nexport function unused(): number {\n  return 1;\n}\n"],
  ["index.ts", 'import { twice } from "./runtime/index.js";\nexport const four: number = twice(2);\n'],
];

describe("copied sources shipped as one module per folder", () => {
  const compiler = new ModuleCompiler({ results: new ContentCache(undefined) }, "test", projectRoot);

  it("inlines the folder into its entry, which then imports nothing, and leaves out what the entry does not export", async () => {
    const bundles = await bundleFolders(compiler, SOURCES, ["runtime/index.ts"]);
    const bundle = bundles.get("runtime/index.ts")!;
    expect(bundle).toContain("value * 2");
    expect(bundle).not.toContain("unused");
    expect(bundle).not.toMatch(/\bimport\b/);
    const module = (await import(`data:text/javascript,${encodeURIComponent(bundle)}`)) as { twice(value: number): number };
    expect(module.twice(21)).toBe(42);
  });

  it("gives the entry the bundle, the other files of the folder only declarations, and any other file its own JavaScript", async () => {
    const bundles = await bundleFolders(compiler, SOURCES, ["runtime/index.ts"]);
    const paths = async (name: string) => (await distFiles(compiler, name, SOURCES.find(([file]) => file === name)![1], bundles, "declare const x: 1;\n")).map(([path]) => path);
    expect(await paths("runtime/index.ts")).toEqual(["dist/runtime/index.js", "dist/runtime/index.d.ts"]);
    expect(await paths("runtime/math.ts")).toEqual(["dist/runtime/math.d.ts"]);
    expect(await paths("index.ts")).toEqual(["dist/index.js", "dist/index.d.ts"]);
  });

  it("refuses an import that is not among the sources, naming the entry", async () => {
    const outside: Array<[string, string]> = [["helpers/index.ts", 'export { x } from "../elsewhere.js";\n']];
    await expect(bundleFolders(compiler, outside, ["helpers/index.ts"])).rejects.toThrow(/helpers\/index\.ts.*elsewhere\.js/);
  });
});
