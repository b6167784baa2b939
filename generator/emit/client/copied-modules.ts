import type { ModuleCompiler } from "./compile.ts";

/**
 * Folders of hand-written sources that a package ships as one module each:
 * entry (`runtime/index.ts`) → the bundle of the folder's sources. Node
 * resolves, reads and compiles each ES module on its own, so a cold start pays
 * per file; one module per folder keeps that cost flat however the runtime is split.
 */
export async function bundleFolders(compiler: ModuleCompiler, sources: ReadonlyArray<readonly [string, string]>, entries: readonly string[]): Promise<Map<string, string>> {
  const bundles = new Map<string, string>();
  for (const entry of entries) {
    const folder = folderOf(entry);
    bundles.set(entry, await compiler.bundle(entry, sources.filter(([name]) => name.startsWith(folder))));
  }
  return bundles;
}

/**
 * The `dist/` files of one source, paths relative to the package. In a bundled
 * folder the entry's JavaScript is the bundle and the other files ship only
 * their declarations (their code is inside the bundle); any other source
 * compiles on its own.
 */
export async function distFiles(compiler: ModuleCompiler, name: string, text: string, bundles: ReadonlyMap<string, string>, declarations?: string): Promise<Array<[string, string]>> {
  const base = `dist/${name.replace(/\.ts$/, "")}`;
  const entry = [...bundles.keys()].find((candidate) => name.startsWith(folderOf(candidate)));
  if (entry === undefined) {
    const compiled = await compiler.compile(name, text, declarations);
    return [[`${base}.js`, compiled.js], [`${base}.d.ts`, compiled.dts]];
  }
  const dts: [string, string] = [`${base}.d.ts`, await compiler.declarations(name, text, declarations)];
  return entry === name ? [[`${base}.js`, bundles.get(entry)!], dts] : [dts];
}

/** `runtime/index.ts` → `runtime/`; an entry always sits in a folder of its own. */
function folderOf(entry: string): string {
  const slash = entry.lastIndexOf("/");
  if (slash < 0) throw new Error(`a bundled entry must be in a folder: ${entry}`);
  return entry.slice(0, slash + 1);
}
