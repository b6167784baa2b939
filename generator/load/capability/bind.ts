import type { ApiModel, ArgumentBinding, CapabilityModel, CapabilityOperation, Operation } from "../../model/types.ts";
import type { RunContext } from "../../context.ts";
import { GeneratorError, type SourcePlace } from "../../diagnostics.ts";
import { fileStem, pathShape } from "../../names.ts";
import { declaredArgument, inputHints, matchesName } from "./declared.ts";
import { bindRoutes, bindTools } from "./expose-bind.ts";
import { boundVariables, credentialVariables } from "./credentials.ts";
import type { RawCapability, RawOperation } from "./raw.ts";

/**
 * Binds each consumed operation of a capability to the spec operation with the
 * same method and path shape (base URI plus path, parameter names ignored), on
 * the API whose base URL has the base URI's host.
 */
export function bindCapability(ctx: RunContext, raw: RawCapability, apis: ApiModel[]): CapabilityModel {
  const operations: CapabilityOperation[] = [];
  const byCall = new Map<string, { bound: CapabilityOperation; spec: Operation }>();
  const hints = inputHints(raw);
  for (const consumed of raw.consumes) {
    const base = parseBaseUri(consumed.baseUri, consumed.place);
    for (const declared of consumed.operations) {
      const { api, operation } = findOperation(declared, base, apis);
      const bound: CapabilityOperation = {
        name: declared.name,
        method: declared.method,
        path: declared.path,
        apiId: api.id,
        operationId: operation.operationId,
        arguments: bindArguments(ctx, declared, operation, hints(consumed.namespace, declared.name)),
      };
      if (declared.description !== undefined && declared.description !== "") bound.description = declared.description;
      operations.push(bound);
      byCall.set(`${consumed.namespace}.${declared.name}`, { bound, spec: operation });
    }
  }
  const stem = fileStem(raw.source.file.replace(/^.*[\\/]/, "").replace(/\.ya?ml$/i, ""));
  const credentials = credentialVariables(ctx, raw);
  const model: CapabilityModel = {
    id: stem,
    label: raw.label,
    source: { file: raw.source.file, sha256: raw.source.sha256 },
    namespace: raw.consumes[0]?.namespace ?? stem,
    operations,
    tools: bindTools(ctx, raw, byCall),
    routes: bindRoutes(ctx, raw, byCall),
    mcp: exposure(raw.mcp, { transport: raw.mcp?.transport, instructions: raw.mcp?.description }),
    rest: exposure(raw.rest, {}),
    variables: boundVariables(ctx, raw, credentials),
  };
  if (credentials) model.credentials = credentials;
  if (raw.description !== undefined) model.description = raw.description;
  return model;
}

/** The declared parts of an exposure, leaving out what the file does not say. */
function exposure<T extends object>(declared: { namespace?: string; port?: number } | undefined, extra: T): { namespace?: string; port?: number } & { [K in keyof T]?: NonNullable<T[K]> } {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries({ namespace: declared?.namespace, port: declared?.port, ...extra })) if (value !== undefined) result[key] = value;
  return result as { namespace?: string; port?: number } & { [K in keyof T]?: NonNullable<T[K]> };
}

interface BaseUri {
  host: string;
  pathPrefix: string;
  place: SourcePlace;
}

function parseBaseUri(text: string, place: SourcePlace): BaseUri {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new GeneratorError(place, `baseUri ${JSON.stringify(text)} is not an absolute URL`);
  }
  return { host: url.host.toLowerCase(), pathPrefix: url.pathname.replace(/\/+$/, ""), place };
}

function findOperation(declared: RawOperation, base: BaseUri, apis: ApiModel[]): { api: ApiModel; operation: Operation } {
  const onHost = apis.filter((api) => new URL(api.baseUrl).host.toLowerCase() === base.host);
  if (onHost.length === 0) {
    const known = [...new Set(apis.map((api) => new URL(api.baseUrl).host))].sort().join(", ") || "none";
    throw new GeneratorError(declared.place, `no loaded OpenAPI document serves host ${base.host} (loaded: ${known})`, "add the document with --spec FILE or to specs/manifest.json");
  }
  const wanted = pathShape(`${base.pathPrefix}${declared.path}`).toLowerCase();
  const matches = onHost.flatMap((api) =>
    api.operations.filter((operation) => operation.method === declared.method && pathShape(operation.path).toLowerCase() === wanted).map((operation) => ({ api, operation })),
  );
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    throw new GeneratorError(declared.place, `operation ${JSON.stringify(declared.name)} (${declared.method} ${base.pathPrefix}${declared.path} on ${base.host}) matches no operation in ${onHost.map((api) => api.id).join(", ")}`);
  }
  const found = matches.map(({ api, operation }) => `${api.id}:${operation.operationId}`).join(", ");
  throw new GeneratorError(declared.place, `operation ${JSON.stringify(declared.name)} matches more than one spec operation (${found})`);
}

const FORM_LOCATIONS = new Set(["form", "formData"]);

/**
 * Path parameters map by position; query, header and form parameters by name,
 * ignoring case and `-`, `_`, `.`; `body` goes to the request body. An input the
 * spec does not know is kept as declared, with a warning.
 */
function bindArguments(ctx: RunContext, declared: RawOperation, operation: Operation, hints: ReturnType<ReturnType<typeof inputHints>>): ArgumentBinding[] {
  const declaredPathNames = [...declared.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const specPathParameters = operation.parameters.filter((parameter) => parameter.location === "path");
  const bindings: ArgumentBinding[] = [];
  for (const input of declared.inputs) {
    if (input.in === "body") {
      bindings.push({ argument: input.name, target: { kind: "body" } });
      continue;
    }
    const location = FORM_LOCATIONS.has(input.in) ? "form" : input.in;
    const target =
      location === "path"
        ? specPathParameters[declaredPathNames.indexOf(input.name)]
        : operation.parameters.find((parameter) => parameter.location === location && matchesName(parameter.name, input.name));
    if (target !== undefined) {
      if (target.name !== input.name && location !== "path" && target.name.toLowerCase() !== input.name.toLowerCase()) {
        ctx.warn(input.place, `input ${JSON.stringify(input.name)} is read as the spec's ${JSON.stringify(target.name)} of ${operation.operationId} (names compared ignoring case, '-', '_' and '.')`);
      }
      bindings.push({ argument: input.name, target: { kind: "parameter", parameter: target.name, location: target.location } });
      continue;
    }
    const kept = declaredArgument(ctx, input, operation, hints(input.name));
    if (kept) bindings.push(kept);
  }
  return bindings;
}
