import { execFile, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { RunContext } from "../../generator/context.ts";
import { loadOpenApiDocument } from "../../generator/load/openapi/read.ts";
import { normalizeApi } from "../../generator/load/openapi/normalize.ts";
import { readSource } from "../../generator/load/source.ts";
import { readManifest, resolveDocument } from "../../generator/manifest.ts";
import { apiIdFromFileName } from "../../generator/names.ts";
import type { ApiModel } from "../../generator/model/types.ts";
import { TEMPORARY_ROOT_VARIABLE } from "./temporary-root.ts";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const fixture = (...parts: string[]) => join(projectRoot, "test", "fixtures", ...parts);
const manifestPath = () => join(projectRoot, "specs", "manifest.json");

/** The folder whose documents `--all` generates, as the manifest names it. */
export function specDirectory(): string {
  const { allDocuments } = readManifest(manifestPath(), projectRoot);
  if (allDocuments === undefined) throw new Error("specs/manifest.json names no allDocuments folder");
  return resolveDocument(allDocuments, dirname(manifestPath()), projectRoot);
}

/** The JSON documents of that folder, sorted: what `--all` generates. */
export function allSpecDocuments(): string[] {
  return readdirSync(specDirectory()).filter((name) => name.endsWith(".json")).sort();
}

/** The manifest's pinned document for one API (`conversations-v1`): its path on disk and the name the generator shows. */
export function manifestDocument(apiId: string): { path: string; file: string } {
  const document = readManifest(manifestPath(), projectRoot).documents.find((entry) => apiIdFromFileName(entry.source.file) === apiId);
  if (document === undefined) throw new Error(`specs/manifest.json has no document for ${apiId}`);
  return { path: document.source.absolutePath, file: document.source.file };
}

/** How many operations a document declares: what every count in the tests derives from. */
export function specOperationCount(path: string, include: (operationId: string) => boolean = () => true): number {
  const spec = JSON.parse(readFileSync(path, "utf8")) as { paths: Record<string, Record<string, { operationId?: string } | undefined>> };
  return Object.values(spec.paths).reduce((sum, item) => sum + ["get", "post", "put", "patch", "delete"].filter((method) => item[method] !== undefined && include(item[method]!.operationId ?? "")).length, 0);
}
/** A new folder inside this test run's own (temporary-root.ts), removed when the run ends. */
export const temporaryDirectory = (label: string) => mkdtempSync(join(process.env[TEMPORARY_ROOT_VARIABLE] ?? tmpdir(), `twilio-codegen-${label}-`));

/** A copy of the project's tracked files as they are now, with node_modules linked rather than copied. */
export function copyProject(): string {
  const copy = join(temporaryDirectory("project"), "twilio-codegen");
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: projectRoot, encoding: "utf8" }).split("\0").filter((file) => file !== "");
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(projectRoot, file), join(copy, file));
  }
  symlinkSync(join(projectRoot, "node_modules"), join(copy, "node_modules"), "dir");
  symlinkSync(join(projectRoot, "test/runtimes/node_modules"), join(copy, "test/runtimes/node_modules"), "dir");
  return copy;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `generate` command line, as `npm run generate --` would. */
export function runGenerateCli(args: string[], cwd = projectRoot): Promise<CliResult> {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, ["--import", "tsx", join(projectRoot, "generator/cli.ts"), ...args], { cwd, env: { ...process.env, DEBUG: "" } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** Loads and normalizes one document in-process. */
export async function loadApi(file: string, display = file): Promise<{ api: ApiModel; ctx: RunContext }> {
  const ctx = new RunContext();
  const loaded = await loadOpenApiDocument(ctx, readSource(display, file));
  return { api: normalizeApi(ctx, loaded), ctx };
}
