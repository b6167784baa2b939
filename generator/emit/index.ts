import type { GenerationModel } from "../model/types.ts";
import type { OutputFiles } from "../write/output.ts";
import { emitRouteTables } from "./routes.ts";
import { OutputSink } from "./sink.ts";

/**
 * Runs every emitter over the model. Each reads only the model and writes only
 * its own files; the sink refuses two emitters claiming one path.
 */
export async function emitAll(model: GenerationModel): Promise<OutputFiles> {
  const sink = new OutputSink();
  emitRouteTables(model, sink);
  return sink.files;
}
