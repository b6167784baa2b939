import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { GenerationModel } from "../model/types.ts";
import { packageDirectory } from "../manifest.ts";
import { buildCache } from "../write/build-cache.ts";
import { ContentCache } from "../write/cache.ts";
import { Formatter } from "../write/format.ts";
import type { OutputFiles } from "../write/output.ts";
import { AGGREGATE_PACKAGE } from "../names.ts";
import { emitAggregatePackage } from "./aggregate/index.ts";
import { ModuleCompiler } from "./client/compile.ts";
import { emitClientPackages } from "./client/index.ts";
import { copiedSources, shippedDeclarations } from "./client/runtime-declarations.ts";
import { clientViews, type ClientView } from "./client/views.ts";
import { emitDocs } from "./docs/index.ts";
import { emitMcpManifests } from "./mcp.ts";
import { emitRouteModules } from "./routes-module.ts";
import { emitRouteTables } from "./routes.ts";
import { bundleServers } from "./server/bundle.ts";
import { emitServerPackages, SERVER_LIBRARIES } from "./server/index.ts";
import { OutputSink } from "./sink.ts";
import { TemplateRenderer } from "./templates.ts";
import { TypeScriptWriter } from "./ts.ts";

export interface EmitOptions {
  projectRoot: string;
  /** Where rendered, formatted and compiled files are remembered between runs; none to disable. */
  cacheDirectory?: string;
  /** One version for every package, or each API's own (the release plan's). */
  packageVersion: string | ((apiId: string) => string);
  /** The aggregate package's version (the release plan's `followParts`); else the one version given. */
  aggregateVersion?: string;
  /** The client views, when the caller already worked them out. */
  views?: Map<string, ClientView>;
}

/** The tools a run shares, created before the model is built so slow work can start early. */
export interface EmitSession {
  cache: ContentCache;
  /** Products of templates/ and the tools alone (build-cache.ts): the server bundles, the runtime's JavaScript. */
  build: ContentCache;
  writer: TypeScriptWriter;
  formatter: Formatter;
  compiler: ModuleCompiler;
  /** Stops background work (after a failed run). */
  close(): void;
}

/**
 * Sets up the cache and the tools. The runtime's declarations ship with it;
 * for a runtime file changed since, declaration emit starts on a worker
 * thread: it depends only on templates/, so it overlaps loading and
 * validating the documents.
 */
export function prepareEmit(options: EmitOptions): EmitSession {
  const cache = new ContentCache(options.cacheDirectory);
  const prettier = installedVersion("prettier", options.projectRoot);
  const formatter = new Formatter(cache, prettier);
  const typescript = installedVersion("typescript", options.projectRoot);
  const build = buildCache(options.projectRoot);
  const compiler = new ModuleCompiler({ results: cache, build }, `${typescript} ${installedVersion("esbuild", options.projectRoot)}`, options.projectRoot);
  const copied = copiedSources(options.projectRoot);
  for (const { fileName, templatePath, text } of copied) {
    const shipped = shippedDeclarations(options.projectRoot, templatePath, text, typescript);
    if (shipped !== undefined) compiler.provide(fileName, text, shipped);
  }
  compiler.prepare(copied.map(({ fileName, text }): [string, string] => [fileName, text]));
  return { cache, build, writer: new TypeScriptWriter(cache, formatter, prettier), formatter, compiler, close: () => compiler.close() };
}

/**
 * Runs every emitter over the model. Each reads only the model and writes only
 * its own files; the sink refuses two emitters claiming one path.
 */
export async function emitAll(model: GenerationModel, options: EmitOptions, session: EmitSession = prepareEmit(options)): Promise<OutputFiles> {
  const sink = new OutputSink();
  const templatesDirectory = join(options.projectRoot, "templates");
  const { cache, build, writer, formatter, compiler } = session;
  const views = options.views ?? clientViews(model);
  const fixed = options.packageVersion;
  const versionOf = typeof fixed === "string" ? () => fixed : fixed;
  const templates = new TemplateRenderer(templatesDirectory, cache, build);
  await emitClientPackages(model, sink, {
    runtimeDirectory: join(templatesDirectory, "runtime"),
    templatesDirectory,
    templates,
    writer,
    formatter,
    compiler,
    packageVersion: versionOf,
    views,
  });
  await emitAggregatePackage(sink, AGGREGATE_PACKAGE.directory, { templatesDirectory, templates, formatter, compiler, versionOf: (apiId) => (apiId === undefined ? (options.aggregateVersion ?? versionOf("")) : versionOf(apiId)), views });
  emitRouteTables(model, sink);
  await emitRouteModules(model, sink, writer);
  emitMcpManifests(model, sink);
  emitDocs(model, sink, views);
  emitServerPackages(model, sink, {
    bundles: await bundleServers(templatesDirectory, build, installedVersion("esbuild", options.projectRoot)),
    templates,
    packageVersion: versionOf,
    libraryVersions: Object.fromEntries(SERVER_LIBRARIES.map((library) => [library, installedVersion(library, options.projectRoot).slice(library.length + 1)])),
  });
  return sink.files;
}

/** A tool's installed version, from its package.json: part of every cache key, so an upgrade invalidates old results. */
function installedVersion(name: string, projectRoot: string): string {
  return `${name}@${(JSON.parse(readFileSync(join(packageDirectory(name, projectRoot), "package.json"), "utf8")) as { version: string }).version}`;
}
