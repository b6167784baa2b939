import { relative, resolve } from "node:path";
import { RunContext } from "./context.ts";
import { allDocumentInputs, readManifest, type Inputs } from "./manifest.ts";
import type { ReleasePlan } from "./release/plan.ts";
import { readSource } from "./load/source.ts";
import type { GenerationModel } from "./model/types.ts";
import { ContentCache } from "./write/cache.ts";
import { recoverInterruptedRun, type OutputDiff } from "./write/output.ts";
import { recallRun, runKey, type RunMemo } from "./write/run-memo.ts";

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
  /** The model and the release plan, absent when the run was recalled (nothing was built: see run-memo.ts). */
  model?: GenerationModel;
  diff: OutputDiff;
  /** Each API's surface, changes and version: the change report. */
  release?: ReleasePlan;
  /** The release plan's "API changes", as printed and as `--changes` writes it. */
  changes: { summary: string; markdown: string };
  /** Set when the answer came from a remembered run over this very output. */
  recalled: boolean;
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
  const inputs = resolveInputs(options);
  const memoCache = new ContentCache(formatCacheDirectory(options.projectRoot));
  const key = runKey(options.projectRoot, inputs);
  const memo = restored === undefined ? recallRun(memoCache, key, outDir) : undefined;
  if (memo !== undefined) {
    ctx.progress("the output is what the last run over these inputs found up to date: nothing to build");
    return recalledResult(ctx, memo, options, outDir);
  }
  // The model, emitters and tools load only now: a recalled run never needs them (the launcher bundles them apart).
  const { runInFull } = await import("./full-run.ts");
  const result = await runInFull(ctx, options, { inputs, outDir, memo: { cache: memoCache, key } });
  if (restored !== undefined) result.restored = restored;
  return result;
}

/** The answer of a remembered run: the output on disk is, byte for byte, what this run would write. */
function recalledResult(ctx: RunContext, memo: RunMemo, options: GenerateOptions, outDir: string): GenerateResult {
  const diff: OutputDiff = { added: [], changed: [], removed: [], unchanged: Object.keys(memo.files) };
  return { diff, changes: memo.changes, recalled: true, warnings: memo.warnings, outOfDate: false, summary: summarize(ctx, memo, diff, options, outDir, memo.warnings.length) };
}

/** Formatted files are remembered here; TWILIO_CODEGEN_CACHE_DIR moves it (the bench points it at an empty folder for cold runs). */
export function formatCacheDirectory(projectRoot: string): string {
  return process.env["TWILIO_CODEGEN_CACHE_DIR"] || resolve(projectRoot, "node_modules/.cache/twilio-codegen/format");
}

function resolveInputs(options: GenerateOptions): Inputs {
  const manifestPath = options.manifest === undefined ? resolve(options.projectRoot, MANIFEST_PATH) : resolve(options.cwd, options.manifest);
  const adHoc = (file: string) => readSource(file, resolve(options.cwd, file));
  // With --spec, the manifest gives nothing: no documents, and capabilities only when named.
  const needManifest = options.specs.length === 0;
  const manifest = needManifest ? readManifest(manifestPath, options.projectRoot) : { documents: [], capabilities: [] };
  const documents = options.all ? allDocumentInputs(manifest, manifestPath, options.projectRoot) : options.specs.length > 0 ? options.specs.map((file) => ({ source: adHoc(file) })) : manifest.documents;
  const capabilities = options.capabilities.length > 0 ? options.capabilities.map(adHoc) : options.specs.length > 0 ? [] : manifest.capabilities;
  return { documents, capabilities };
}

export interface RunCounts {
  apis: number;
  operations: number;
  capabilities: number;
}

export function summarize(ctx: RunContext, counts: RunCounts, diff: OutputDiff, options: GenerateOptions, outDir: string, warningCount = ctx.warnings.length): string {
  const target = relative(options.cwd, outDir) || ".";
  const files = options.check
    ? `${diff.added.length + diff.changed.length + diff.removed.length} differ, ${diff.unchanged.length} up to date`
    : `${diff.added.length + diff.changed.length} written, ${diff.unchanged.length} unchanged, ${diff.removed.length} removed`;
  const warnings = `${warningCount} warning${warningCount === 1 ? "" : "s"}`;
  return `${counts.apis} APIs, ${counts.operations} operations, ${counts.capabilities} capabilities → ${target}/: ${files}; ${warnings}; ${(ctx.elapsedMs() / 1000).toFixed(2)} s`;
}
