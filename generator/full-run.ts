import type { RunContext } from "./context.ts";
import { clientViews } from "./emit/client/views.ts";
import { emitAll, prepareEmit } from "./emit/index.ts";
import { buildModel } from "./load/index.ts";
import type { Inputs } from "./manifest.ts";
import type { GenerationModel } from "./model/types.ts";
import { AGGREGATE_PACKAGE } from "./names.ts";
import { changesInPlace, hasChangesInPlace, packageRecords, packageRecordsJson, readPackageRecords, RELEASES_FILE, type InPlaceChanges, type PackageRecords } from "./release/in-place.ts";
import { addReleaseFiles, committedVersion, planRelease, type ReleasePlan } from "./release/plan.ts";
import { formatCacheDirectory, summarize, type GenerateOptions, type GenerateResult } from "./run.ts";
import { changesMarkdown, changesSummary } from "./surface/report.ts";
import { settleCacheWrites, type ContentCache } from "./write/cache.ts";
import { commitOutput, diffOutput, hasChanges, type OutputDiff, type OutputFiles } from "./write/output.ts";
import { rememberRun } from "./write/run-memo.ts";

interface Emitted {
  release: ReleasePlan;
  files: OutputFiles;
  records: PackageRecords;
  diff: OutputDiff;
}

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
  let emitted: Emitted;
  try {
    model = await buildModel(ctx, inputs, { results: session.cache, build: session.build });
    ctx.progress("comparing surfaces");
    const built = model;
    const views = clientViews(model);
    const emit = async (inPlace?: InPlaceChanges): Promise<Emitted> => {
      const release = planRelease(built, views, outDir, inPlace?.apis);
      const aggregateVersion = release.aggregateVersion(committedVersion(outDir, AGGREGATE_PACKAGE.directory), (inPlace?.aggregate.length ?? 0) > 0);
      const files = await emitAll(built, { ...emitOptions, packageVersion: release.versionOf, aggregateVersion, views }, session);
      addReleaseFiles(files, release);
      const records = packageRecords(files);
      files.set(RELEASES_FILE, packageRecordsJson(records));
      return { release, files, records, diff: diffOutput(outDir, files) };
    };
    const previous = readPackageRecords(outDir);
    ctx.progress("emitting");
    emitted = await emit();
    const inPlace = changesInPlace({ previous, emitted: emitted.records, diff: emitted.diff, model, versionOf: emitted.release.versionOf, committedVersion: (folder) => committedVersion(outDir, folder) });
    if (hasChangesInPlace(inPlace)) {
      ctx.progress("emitting again: files changed under unchanged versions get patch releases");
      emitted = await emit(inPlace);
    }
  } finally {
    session.close();
  }
  const { release, files, diff } = emitted;
  const outOfDate = options.check && hasChanges(diff);
  if (!options.check && hasChanges(diff)) await commitOutput(outDir, files);
  const changes = { summary: changesSummary(release), markdown: changesMarkdown(release) };
  const counts = { apis: model.apis.length, operations: model.apis.reduce((sum, api) => sum + api.operations.length, 0), capabilities: model.capabilities.length };
  const warnings = ctx.formattedWarnings();
  if (!hasChanges(diff)) rememberRun(run.memo.cache, run.memo.key, outDir, files, { ...counts, warnings, changes });
  await settleCacheWrites();
  return { model, diff, release, changes, recalled: false, warnings, outOfDate, summary: summarize(ctx, counts, diff, options, outDir) };
}
