import { relative, resolve } from "node:path";
import { RunContext } from "./context.ts";
import { emitAll, prepareEmit } from "./emit/index.ts";
import { allDocumentInputs, readManifest, type Inputs } from "./manifest.ts";
import { clientViews } from "./emit/client/views.ts";
import { addReleaseFiles, committedVersion, planRelease, type ReleasePlan } from "./release/plan.ts";
import { AGGREGATE_PACKAGE } from "./names.ts";
import { readSource } from "./load/source.ts";
import { buildModel } from "./load/index.ts";
import type { GenerationModel } from "./model/types.ts";
import { commitOutput, diffOutput, hasChanges, recoverInterruptedRun, type OutputDiff, type OutputFiles } from "./write/output.ts";

export interface GenerateOptions {
  projectRoot: string;
  /** Where output goes; relative paths resolve against `cwd`. */
  out: string;
  cwd: string;
  check: boolean;
  all: boolean;
  specs: string[];
  capabilities: string[];
  /** Manifest path relative to `cwd`; default `specs/manifest.json` in the project. */
  manifest?: string;
  progress?: (line: string) => void;
}

export interface GenerateResult {
  model: GenerationModel;
  diff: OutputDiff;
  /** Each API's surface, changes and version: the change report. */
  release: ReleasePlan;
  warnings: string[];
  /** Set when `--check` found differences. */
  outOfDate: boolean;
  summary: string;
  restored?: string;
}

export const MANIFEST_PATH = "specs/manifest.json";

/** One whole generator run: inputs → model → files → disk (or a comparison, with `check`). */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const ctx = new RunContext(options.progress ? { progress: options.progress } : {});
  const outDir = resolve(options.cwd, options.out);
  const restored = options.check ? undefined : recoverInterruptedRun(outDir);
  const emitOptions = { projectRoot: options.projectRoot, cacheDirectory: formatCacheDirectory(options.projectRoot) };
  const session = prepareEmit({ ...emitOptions, packageVersion: "" });
  let model: GenerationModel;
  let files: OutputFiles;
  let release: ReleasePlan;
  try {
    model = await buildModel(ctx, resolveInputs(options), session.cache);
    ctx.progress("comparing surfaces");
    const views = clientViews(model);
    release = planRelease(model, views, outDir);
    const aggregateVersion = release.aggregateVersion(committedVersion(outDir, AGGREGATE_PACKAGE.directory));
    ctx.progress("emitting");
    files = await emitAll(model, { ...emitOptions, packageVersion: release.versionOf, aggregateVersion, views }, session);
    addReleaseFiles(files, release);
  } finally {
    session.close();
  }
  const diff = diffOutput(outDir, files);
  const outOfDate = options.check && hasChanges(diff);
  if (!options.check && hasChanges(diff)) commitOutput(outDir, files);
  const result: GenerateResult = { model, diff, release, warnings: ctx.formattedWarnings(), outOfDate, summary: summarize(ctx, model, diff, options, outDir) };
  if (restored !== undefined) result.restored = restored;
  return result;
}

/** Formatted files are remembered here; TWILIO_CODEGEN_CACHE_DIR moves it (the bench points it at an empty folder for cold runs). */
function formatCacheDirectory(projectRoot: string): string {
  return process.env["TWILIO_CODEGEN_CACHE_DIR"] || resolve(projectRoot, "node_modules/.cache/twilio-codegen/format");
}

function resolveInputs(options: GenerateOptions): Inputs {
  const manifestPath = options.manifest === undefined ? resolve(options.projectRoot, MANIFEST_PATH) : resolve(options.cwd, options.manifest);
  const adHoc = (file: string) => readSource(file, resolve(options.cwd, file));
  const needManifest = options.specs.length === 0 || options.capabilities.length === 0;
  const manifest = needManifest ? readManifest(manifestPath, options.projectRoot) : { documents: [], capabilities: [] };
  const documents = options.all ? allDocumentInputs(manifest, manifestPath, options.projectRoot) : options.specs.length > 0 ? options.specs.map((file) => ({ source: adHoc(file) })) : manifest.documents;
  const capabilities = options.capabilities.length > 0 ? options.capabilities.map(adHoc) : options.specs.length > 0 ? [] : manifest.capabilities;
  return { documents, capabilities };
}

function summarize(ctx: RunContext, model: GenerationModel, diff: OutputDiff, options: GenerateOptions, outDir: string): string {
  const operations = model.apis.reduce((sum, api) => sum + api.operations.length, 0);
  const target = relative(options.cwd, outDir) || ".";
  const counts = options.check
    ? `${diff.added.length + diff.changed.length + diff.removed.length} differ, ${diff.unchanged.length} up to date`
    : `${diff.added.length + diff.changed.length} written, ${diff.unchanged.length} unchanged, ${diff.removed.length} removed`;
  const warnings = `${ctx.warnings.length} warning${ctx.warnings.length === 1 ? "" : "s"}`;
  return `${model.apis.length} APIs, ${operations} operations, ${model.capabilities.length} capabilities → ${target}/: ${counts}; ${warnings}; ${(ctx.elapsedMs() / 1000).toFixed(2)} s`;
}
