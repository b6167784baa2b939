import { join } from "node:path";
import type { GenerationModel } from "../model/types.ts";
import { Formatter } from "../write/format.ts";
import type { OutputFiles } from "../write/output.ts";
import { emitClientPackages } from "./client/index.ts";
import { emitMcpManifests } from "./mcp.ts";
import { emitRouteModules } from "./routes-module.ts";
import { emitRouteTables } from "./routes.ts";
import { OutputSink } from "./sink.ts";
import { TemplateRenderer } from "./templates.ts";
import { TypeScriptWriter } from "./ts.ts";

export interface EmitOptions {
  projectRoot: string;
  /** Where formatted files are remembered between runs; none to disable. */
  cacheDirectory?: string;
  packageVersion: string;
}

/**
 * Runs every emitter over the model. Each reads only the model and writes only
 * its own files; the sink refuses two emitters claiming one path.
 */
export async function emitAll(model: GenerationModel, options: EmitOptions): Promise<OutputFiles> {
  const sink = new OutputSink();
  const templatesDirectory = join(options.projectRoot, "templates");
  const writer = new TypeScriptWriter();
  const formatter = new Formatter(options.cacheDirectory);
  await emitClientPackages(model, sink, {
    runtimeDirectory: join(templatesDirectory, "runtime"),
    templates: new TemplateRenderer(templatesDirectory),
    writer,
    formatter,
    packageVersion: options.packageVersion,
  });
  emitRouteTables(model, sink);
  await emitRouteModules(model, sink, writer, formatter);
  emitMcpManifests(model, sink);
  return sink.files;
}
