import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { RunContext } from "../../generator/context.ts";
import { loadOpenApiDocument } from "../../generator/load/openapi/read.ts";
import { normalizeApi } from "../../generator/load/openapi/normalize.ts";
import { readSource } from "../../generator/load/source.ts";
import { packageDirectory, SPEC_PACKAGE, SPEC_PACKAGE_JSON_DIR } from "../../generator/manifest.ts";
import type { ApiModel } from "../../generator/model/types.ts";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const fixture = (...parts: string[]) => join(projectRoot, "test", "fixtures", ...parts);
export const specDirectory = () => join(packageDirectory(SPEC_PACKAGE, projectRoot), SPEC_PACKAGE_JSON_DIR);
export const temporaryDirectory = (label: string) => mkdtempSync(join(tmpdir(), `twilio-codegen-${label}-`));

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
