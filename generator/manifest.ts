import { existsSync, readdirSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { GeneratorError, pointerOf } from "./diagnostics.ts";
import { readSource, parseJsonSource, type SourceFile } from "./load/source.ts";
import { Cursor } from "./load/capability/cursor.ts";


export interface DocumentInput {
  source: SourceFile;
  /** The recorded hash, when the manifest pins one. */
  expectedSha256?: string;
  /** Where the pin is written, to name in a mismatch. */
  pinnedAt?: string;
}

export interface Inputs {
  documents: DocumentInput[];
  capabilities: SourceFile[];
}

export interface Manifest extends Inputs {
  /** The folder (a package path) whose JSON documents `--all` uses; absent when the manifest names none. */
  allDocuments?: string;
}

/**
 * Reads `specs/manifest.json`. Each API document is named by package path
 * (`@twilio/cli-core/src/services/twilio-api/…`, `@twilio-alpha/mcp/twilio-oai/spec/json/…`:
 * any installed package) or by a path relative to the manifest, and pinned by
 * sha256; capability files are relative paths; `allDocuments` names the folder
 * whose documents `--all` uses.
 */
export function readManifest(manifestPath: string, projectRoot: string): Manifest {
  const display = relative(projectRoot, manifestPath) || manifestPath;
  const manifest = readSource(display, manifestPath);
  const root = new Cursor(parseJsonSource(manifest), "", (pointer) => ({ file: display, pointer }));
  root.requireMapping("the manifest");
  const documents = root.items("apis").map((entry, index): DocumentInput => {
    const name = entry.requiredString("document");
    const sha256 = entry.requiredString("sha256").toLowerCase();
    return { source: readSource(name, resolveDocument(name, dirname(manifestPath), projectRoot)), expectedSha256: sha256, pinnedAt: `${display} (at ${pointerOf("apis", index, "sha256")})` };
  });
  const capabilities = root.items("capabilities").map((entry) => {
    if (typeof entry.value !== "string") return entry.fail("each capability must be a path string");
    const path = resolve(dirname(manifestPath), entry.value);
    return readSource(relative(projectRoot, path), path);
  });
  const allDocuments = root.optionalString("allDocuments");
  return allDocuments === undefined ? { documents, capabilities } : { documents, capabilities, allDocuments };
}

/** Fails with what to do when a pinned document's content changed. */
export function verifyPins(inputs: Inputs): void {
  for (const document of inputs.documents) {
    if (document.expectedSha256 === undefined || document.expectedSha256 === document.source.sha256) continue;
    throw new GeneratorError(
      { file: document.source.file },
      `content does not match the sha256 pinned in ${document.pinnedAt}: expected ${document.expectedSha256}, found ${document.source.sha256}`,
      `if you meant to update the spec package, set that sha256 to ${document.source.sha256}, run \`npm run generate\`, and review the diff of generated/; otherwise run \`npm ci\` to restore the pinned package`,
    );
  }
}

export function resolveDocument(name: string, manifestDir: string, projectRoot: string): string {
  if (name.startsWith(".") || isAbsolute(name)) return resolve(manifestDir, name);
  const segments = name.split("/");
  const packageLength = name.startsWith("@") ? 2 : 1;
  const packageName = segments.slice(0, packageLength).join("/");
  return join(packageDirectory(packageName, projectRoot), ...segments.slice(packageLength));
}

/** Finds an installed package by walking up from the project root, as Node does. */
export function packageDirectory(packageName: string, projectRoot: string): string {
  let directory = resolve(projectRoot);
  for (;;) {
    const candidate = join(directory, "node_modules", packageName);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    const parent = dirname(directory);
    if (parent === directory) throw new GeneratorError({ file: packageName }, `package ${packageName} is not installed`, "run `npm ci`");
    directory = parent;
  }
}

/**
 * Every JSON document in the manifest's `allDocuments` folder, sorted, for
 * `--all`. Unpinned: `--all` follows whatever version of the package is installed.
 */
export function allDocumentInputs(manifest: Manifest, manifestPath: string, projectRoot: string): DocumentInput[] {
  if (manifest.allDocuments === undefined) {
    throw new GeneratorError({ file: relative(projectRoot, manifestPath) || manifestPath }, "`--all` needs `allDocuments` in the manifest: the package folder whose documents it generates");
  }
  const directory = resolveDocument(manifest.allDocuments, dirname(manifestPath), projectRoot);
  if (!existsSync(directory)) throw new GeneratorError({ file: manifest.allDocuments }, "the `allDocuments` folder of the manifest does not exist", "run `npm ci`");
  return readdirSync(directory)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ source: readSource(`${manifest.allDocuments}/${name}`, join(directory, name)) }));
}

/** The documents `--all` generates with the project's own manifest (the bench counts and times them). */
export function allPackageDocuments(projectRoot: string): DocumentInput[] {
  const manifestPath = join(projectRoot, "specs", "manifest.json");
  return allDocumentInputs(readManifest(manifestPath, projectRoot), manifestPath, projectRoot);
}
