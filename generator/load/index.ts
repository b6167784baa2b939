import type { RunContext } from "../context.ts";
import { formatPlace, GeneratorError } from "../diagnostics.ts";
import { bindCapability } from "./capability/bind.ts";
import { parseCapability } from "./capability/parse.ts";
import { normalizeApi } from "./openapi/normalize.ts";
import { loadOpenApiDocument } from "./openapi/read.ts";
import { OpenApiSchemaValidator } from "./openapi/schema-validator.ts";
import type { ContentCache } from "../write/cache.ts";
import { verifyPins, type Inputs } from "../manifest.ts";
import { compareCodeUnits } from "../names.ts";
import type { ApiModel, CapabilityModel, GenerationModel } from "../model/types.ts";

/**
 * Load → validate → normalize every input into one model. All inputs are
 * checked before anything is emitted, so bad input never leaves half an output.
 * `caches.results` remembers validation outcomes by document hash;
 * `caches.build` keeps the compiled schema validator (build-cache.ts).
 */
export async function buildModel(ctx: RunContext, inputs: Inputs, caches: { results?: ContentCache; build?: ContentCache } = {}): Promise<GenerationModel> {
  verifyPins(inputs);
  const apis: ApiModel[] = [];
  const total = inputs.documents.length;
  const schemas = new OpenApiSchemaValidator(caches.build);
  const cache = caches.results;
  for (const [index, document] of inputs.documents.entries()) {
    ctx.progress(`[${index + 1}/${total}] ${document.source.file}`);
    const loaded = await loadOpenApiDocument(ctx, document.source, schemas, cache);
    const api = normalizeApi(ctx, loaded);
    const clash = apis.find((other) => other.id === api.id);
    if (clash) throw new GeneratorError({ file: document.source.file }, `API id ${JSON.stringify(api.id)} is also produced by ${clash.source.file}`);
    apis.push(api);
  }
  const capabilities: CapabilityModel[] = [];
  for (const source of inputs.capabilities) {
    ctx.progress(`capability ${source.file}`);
    const capability = bindCapability(ctx, parseCapability(ctx, source), apis);
    const clash = capabilities.find((other) => other.id === capability.id);
    if (clash) throw new GeneratorError({ file: source.file }, `capability id ${JSON.stringify(capability.id)} is also used by ${formatPlace({ file: clash.source.file })}`);
    capabilities.push(capability);
  }
  return {
    apis: apis.sort((a, b) => compareCodeUnits(a.id, b.id)),
    capabilities: capabilities.sort((a, b) => compareCodeUnits(a.id, b.id)),
  };
}
