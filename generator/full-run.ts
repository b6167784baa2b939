import type { RunContext } from "./context.ts";
import { clientViews } from "./emit/client/views.ts";
import { emitAll, prepareEmit } from "./emit/index.ts";
import { buildModel } from "./load/index.ts";
import type { Inputs } from "./manifest.ts";
import type { GenerationModel } from "./model/types.ts";
import { AGGREGATE_PACKAGE } from "./names.ts";
import { addReleaseFiles, committedVersion, planRelease, type ReleasePlan } from "./release/plan.ts";
import { formatCacheDirectory, summarize, type GenerateOptions, type GenerateResult } from "./run.ts";
import { changesMarkdown, changesSummary } from "./surface/report.ts";
import { settleCacheWrites, type ContentCache } from "./write/cache.ts";
import { commitOutput, diffOutput, hasChanges, type OutputFiles } from "./write/output.ts";
import { rememberRun } from "./write/run-memo.ts";

/**
 * A run that builds everything: inputs → model → files → disk (or a
 * comparison, with `check`). A run that finds the output already as it would
 * write it is remembered under `memo.key` (see run-memo.ts).
 */
export async function runInFull(ctx: RunContext, options: GenerateOptions, run: { inputs: Inputs; outDir: string; memo: { cache: ContentCache; key: string } }): Promise<GenerateResult> {
  const { inputs, outDir } = run;
  const emitOptions = { projectRoot: options.projectRoot, cacheDirectory: formatCacheDirectory(options.projectRoot) };
  const session = prepareEmit({ ...emitOptions, packageVersion: "" });
  let model: GenerationModel;
  let files: OutputFiles;
  let release: ReleasePlan;
  try {
    model = await buildModel(ctx, inputs, { results: session.cache, build: session.build });
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
  if (!options.check && hasChanges(diff)) await commitOutput(outDir, files);
  const changes = { summary: changesSummary(release), markdown: changesMarkdown(release) };
  const counts = { apis: model.apis.length, operations: model.apis.reduce((sum, api) => sum + api.operations.length, 0), capabilities: model.capabilities.length };
  const warnings = ctx.formattedWarnings();
  if (!hasChanges(diff)) rememberRun(run.memo.cache, run.memo.key, outDir, files, { ...counts, warnings, changes });
  await settleCacheWrites();
  return { model, diff, release, changes, recalled: false, warnings, outOfDate, summary: summarize(ctx, counts, diff, options, outDir) };
}
