import { ContentCache } from "../../write/cache.ts";

type TypeScript = typeof import("ts-morph").ts;
type Esbuild = typeof import("esbuild");

/**
 * `dist/` for one source file, compiled file by file: the generated sources
 * and the runtime declare every exported type (isolated declarations), so no
 * whole-program pass is needed. JavaScript comes from esbuild (ten times
 * faster than TypeScript's transpiler here), declarations from the TypeScript
 * that ts-morph bundles; both load only on a cache miss. Any diagnostic is an
 * error naming the file.
 */
export class ModuleCompiler {
  private typescript: Promise<TypeScript> | undefined;
  private esbuild: Promise<Esbuild> | undefined;

  /** `toolVersions` names the installed esbuild and ts-morph: part of each cache key. */
  constructor(
    private readonly cache: ContentCache,
    private readonly toolVersions: string,
  ) {}

  async compile(fileName: string, source: string): Promise<{ js: string; dts: string }> {
    const key = ContentCache.key(this.toolVersions, fileName, source);
    const text = await this.cache.through("compile", key, async () => JSON.stringify({ js: await this.javascript(fileName, source), dts: await this.declarations(fileName, source) }));
    return JSON.parse(text) as { js: string; dts: string };
  }

  private async javascript(fileName: string, source: string): Promise<string> {
    this.esbuild ??= import("esbuild");
    const esbuild = await this.esbuild;
    try {
      return (await esbuild.transform(source, { loader: "ts", format: "esm", target: "es2022", sourcefile: fileName, legalComments: "none" })).code;
    } catch (error) {
      throw new Error(`cannot compile generated ${fileName}: ${(error as Error).message}`);
    }
  }

  private async declarations(fileName: string, source: string): Promise<string> {
    this.typescript ??= import("ts-morph").then((module) => module.ts);
    const ts = await this.typescript;
    const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, newLine: ts.NewLineKind.LineFeed, declaration: true, isolatedDeclarations: true };
    const output = ts.transpileDeclaration(source, { fileName, compilerOptions: options, reportDiagnostics: true });
    const problems = output.diagnostics ?? [];
    if (problems.length > 0) {
      const text = problems.map((problem) => ts.flattenDiagnosticMessageText(problem.messageText, "\n")).join("; ");
      throw new Error(`cannot compile generated ${fileName}: ${text}`);
    }
    return output.outputText;
  }
}
