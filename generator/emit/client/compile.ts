import { join, posix } from "node:path";
import { Worker } from "node:worker_threads";
import { ContentCache } from "../../write/cache.ts";

type Esbuild = typeof import("esbuild");
type Emitted = Record<string, { dts?: string; error?: string }>;

/**
 * `dist/` for one source file, compiled file by file: the generated sources
 * and the runtime declare every exported type (isolated declarations), so no
 * whole-program pass is needed. JavaScript comes from esbuild (ten times
 * faster than TypeScript's transpiler here). Generated files come with their
 * declarations, which the generator knows (a file of types is its own
 * declaration file), and the runtime's ship with it (`provide`). Only a runtime
 * file changed since its declarations were written goes through TypeScript's
 * declaration emitter, on a worker thread started before the model is built
 * (`prepare`), so that both cores work. Each tool loads only on a cache miss.
 * Any diagnostic is an error naming the file.
 */
export class ModuleCompiler {
  private esbuild: Promise<Esbuild> | undefined;
  private readonly pending = new Map<string, Promise<string>>();
  private readonly shipped = new Map<string, string>();
  private readonly workers: Worker[] = [];

  private readonly cache: ContentCache;
  private readonly build: ContentCache;

  /**
   * `toolVersions` names the installed esbuild and TypeScript: part of each
   * cache key. The JavaScript of hand-written files (those `provide`d) is a
   * product of templates/ alone, kept in the build cache; that of generated
   * files, in the per-run results cache.
   */
  constructor(
    caches: { results: ContentCache; build?: ContentCache },
    private readonly toolVersions: string,
    private readonly projectRoot: string,
  ) {
    this.cache = caches.results;
    this.build = caches.build ?? caches.results;
  }

  /** Declarations that came with a hand-written file (see runtime-declarations.ts): nothing to emit. */
  provide(fileName: string, source: string, declarations: string): void {
    this.shipped.set(this.key(fileName, source), declarations);
  }

  /** Starts declaration emit for these hand-written files, unless the cache holds it. */
  prepare(files: Array<[string, string]>): void {
    const misses = files.filter(([fileName, source]) => {
      const key = this.key(fileName, source);
      return !this.shipped.has(key) && !this.pending.has(key) && this.cache.get("declarations", key) === undefined;
    });
    if (misses.length === 0) return;
    const worker = new Worker(join(this.projectRoot, "generator/emit/client/declaration-worker.mjs"), { workerData: misses });
    this.workers.push(worker);
    const emitted = new Promise<Emitted>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the declaration worker stopped (exit code ${code})`)));
    });
    for (const [fileName, source] of misses) {
      const declarations = emitted.then((results) => {
        const result = results[fileName];
        if (result?.dts === undefined) throw new Error(`cannot compile generated ${fileName}: ${result?.error ?? "no output"}`);
        return result.dts;
      });
      declarations.catch(() => {}); // a run that fails earlier never awaits these; compile() reports the error otherwise
      this.pending.set(this.key(fileName, source), declarations);
    }
  }

  /** Stops any worker still running (after a failed run). */
  close(): void {
    for (const worker of this.workers) void worker.terminate();
  }

  /** `declarations`, when given, is the file's `.d.ts`; otherwise TypeScript emits it. */
  async compile(fileName: string, source: string, declarations?: string): Promise<{ js: string; dts: string }> {
    // A file that is its own declaration file holds only types, which compile to nothing: esbuild need not read it.
    if (declarations === source) return { js: "", dts: declarations };
    const key = this.key(fileName, source);
    const handWritten = this.shipped.has(key);
    const js = await (handWritten ? this.build : this.cache).through("javascript", key, () => this.javascript(fileName, source));
    return { js, dts: declarations ?? (await this.declarationsOf(key, fileName, source)) };
  }

  /** The `.d.ts` alone, for a file whose JavaScript is inlined into a bundle (see `bundle`). */
  async declarations(fileName: string, source: string, declarations?: string): Promise<string> {
    return declarations ?? this.declarationsOf(this.key(fileName, source), fileName, source);
  }

  /** Shipped declarations, or TypeScript's (on the worker thread, remembered in the cache). */
  private declarationsOf(key: string, fileName: string, source: string): Promise<string> {
    const shipped = this.shipped.get(key);
    if (shipped !== undefined) return Promise.resolve(shipped);
    this.prepare([[fileName, source]]);
    return this.cache.through("declarations", key, () => this.pending.get(key)!);
  }

  /**
   * One ES module of `entry` with every file it imports inlined, all taken from
   * `files` (name → source, names relative to the package's `src/`). Built once
   * per distinct set of sources, not per package: the hand-written runtime is
   * the same in each.
   */
  async bundle(entry: string, files: ReadonlyArray<readonly [string, string]>): Promise<string> {
    const key = ContentCache.key(this.toolVersions, entry, ...files.flat());
    // Hand-written sources only: a product of templates/ alone, kept in the build cache.
    return this.build.through("bundle", key, async () => {
      this.esbuild ??= import("esbuild");
      try {
        return await bundleSources(await this.esbuild, entry, new Map(files));
      } catch (error) {
        throw new Error(`cannot bundle ${entry}: ${(error as Error).message}`);
      }
    });
  }

  private key(fileName: string, source: string): string {
    return ContentCache.key(this.toolVersions, fileName, source);
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
}

/** esbuild over sources held in memory: an import that is not among them is an error, so nothing outside slips in. */
async function bundleSources(esbuild: Esbuild, entry: string, sources: ReadonlyMap<string, string>): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    legalComments: "none",
    logLevel: "silent",
    plugins: [
      {
        name: "copied-sources",
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            const path = args.kind === "entry-point" ? args.path : posix.join(posix.dirname(args.importer), args.path).replace(/\.js$/, ".ts");
            return sources.has(path) ? { path, namespace: "copied" } : { errors: [{ text: `${args.importer} imports ${args.path}, which is not a copied source` }] };
          });
          build.onLoad({ filter: /.*/, namespace: "copied" }, (args) => ({ contents: sources.get(args.path)!, loader: "ts" }));
        },
      },
    ],
  });
  return result.outputFiles[0]!.text;
}
