import { ContentCache } from "../../write/cache.ts";

type TypeScript = typeof import("ts-morph").ts;
type Esbuild = typeof import("esbuild");

/**
 * `dist/` for one source file, compiled file by file: the generated sources
 * and the runtime declare every exported type (isolated declarations), so no
 * whole-program pass is needed. JavaScript comes from esbuild (ten times
 * faster than TypeScript's transpiler here). Generated files come with their
 * declarations, which the generator knows (a file of types is its own
 * declaration file); only the hand-written runtime goes through TypeScript's
 * declaration emitter (the one that ts-morph bundles). Each tool loads only on
 * a cache miss. Any diagnostic is an error naming the file.
 */
export class ModuleCompiler {
  private typescript: Promise<TypeScript> | undefined;
  private esbuild: Promise<Esbuild> | undefined;

  /** `toolVersions` names the installed esbuild and ts-morph: part of each cache key. */
  constructor(
    private readonly cache: ContentCache,
    private readonly toolVersions: string,
  ) {}

  /** `declarations`, when given, is the file's `.d.ts`; otherwise TypeScript emits it. */
  async compile(fileName: string, source: string, declarations?: string): Promise<{ js: string; dts: string }> {
    if (declarations !== undefined) {
      const js = await this.cache.through("javascript", ContentCache.key(this.toolVersions, fileName, source), () => this.javascript(fileName, source));
      return { js, dts: declarations };
    }
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
