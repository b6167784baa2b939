import { existsSync, readdirSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { GeneratorError, pointerOf } from "./diagnostics.ts";
import { readSource, parseJsonSource, type SourceFile } from "./load/source.ts";
import { Cursor } from "./load/capability/cursor.ts";

/** The spec package whose documents `--all` uses. */
export const SPEC_PACKAGE = "@twilio-alpha/mcp";
export const SPEC_PACKAGE_JSON_DIR = "twilio-oai/spec/json";

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

/**
 * Reads `specs/manifest.json`. Each API document is named by package path
 * (`@twilio-alpha/mcp/twilio-oai/spec/json/…`) or by a path relative to the
 * manifest, and pinned by sha256; capability files are relative paths.
 */
export function readManifest(manifestPath: string, projectRoot: string): Inputs {
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
  return { documents, capabilities };
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

/** Every JSON document of the pinned spec package, sorted, for `--all`. */
export function allPackageDocuments(projectRoot: string): DocumentInput[] {
  const directory = join(packageDirectory(SPEC_PACKAGE, projectRoot), SPEC_PACKAGE_JSON_DIR);
  return readdirSync(directory)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ source: readSource(`${SPEC_PACKAGE}/${SPEC_PACKAGE_JSON_DIR}/${name}`, join(directory, name)) }));
}
