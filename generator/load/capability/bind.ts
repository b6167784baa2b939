import type { ApiModel, ArgumentBinding, CapabilityModel, CapabilityOperation, CapabilityRoute, CapabilityTool, Operation } from "../../model/types.ts";
import type { RunContext } from "../../context.ts";
import { formatPlace, GeneratorError, type SourcePlace } from "../../diagnostics.ts";
import { fileStem, pathShape } from "../../names.ts";
import type { RawCall, RawCapability, RawOperation } from "./parse.ts";

/**
 * Binds each consumed operation of a capability to the spec operation with the
 * same method and path shape (base URI plus path, parameter names ignored), on
 * the API whose base URL has the base URI's host.
 */
export function bindCapability(ctx: RunContext, raw: RawCapability, apis: ApiModel[]): CapabilityModel {
  const operations: CapabilityOperation[] = [];
  const byCall = new Map<string, CapabilityOperation>();
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
        arguments: bindArguments(ctx, declared, operation),
      };
      if (declared.description !== undefined) bound.description = declared.description;
      operations.push(bound);
      byCall.set(`${consumed.namespace}.${declared.name}`, bound);
    }
  }
  const stem = fileStem(raw.source.file.replace(/^.*[\\/]/, "").replace(/\.ya?ml$/i, ""));
  const model: CapabilityModel = {
    id: stem,
    label: raw.label,
    source: { file: raw.source.file, sha256: raw.source.sha256 },
    namespace: raw.consumes[0]?.namespace ?? stem,
    operations,
    tools: bindTools(raw, byCall),
    routes: bindRoutes(ctx, raw, byCall),
  };
  if (raw.description !== undefined) model.description = raw.description;
  if (raw.restPort !== undefined) model.restPort = raw.restPort;
  if (raw.mcpPort !== undefined) model.mcpPort = raw.mcpPort;
  return model;
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

/** Path parameters map by position, query and header parameters by name, `body` to the request body. */
function bindArguments(ctx: RunContext, declared: RawOperation, operation: Operation): ArgumentBinding[] {
  const declaredPathNames = [...declared.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const specPathParameters = operation.parameters.filter((parameter) => parameter.location === "path");
  const bindings: ArgumentBinding[] = [];
  for (const input of declared.inputs) {
    if (input.in === "body") {
      bindings.push({ argument: input.name, target: { kind: "body" } });
      continue;
    }
    const target =
      input.in === "path"
        ? specPathParameters[declaredPathNames.indexOf(input.name)]
        : operation.parameters.find((parameter) => parameter.location === input.in && parameter.name.toLowerCase() === input.name.toLowerCase());
    if (target === undefined) {
      ctx.warn(input.place, `input ${JSON.stringify(input.name)} (in: ${input.in}) has no counterpart in ${operation.operationId}; it is ignored`);
      continue;
    }
    bindings.push({ argument: input.name, target: { kind: "parameter", parameter: target.name, location: target.location } });
  }
  return bindings;
}

/** MCP 2025-11-25: tool names are 1–128 characters of letters, digits, `_`, `-` and `.`. */
const MCP_TOOL_NAME = /^[A-Za-z0-9_.-]{1,128}$/;

/** RFC 3986 path characters, plus `{name}` templates. */
const REST_PATH = /^\/(?:[A-Za-z0-9._~!$&'()*+,;=:@%-]|\/|\{[A-Za-z0-9_.-]+\})*$/;

function resolveCall(call: RawCall, byCall: Map<string, CapabilityOperation>): CapabilityOperation {
  const operation = byCall.get(call.call);
  if (!operation) throw new GeneratorError(call.place, `call ${JSON.stringify(call.call)} names no consumed operation (known: ${[...byCall.keys()].join(", ")})`);
  return operation;
}

function bindTools(raw: RawCapability, byCall: Map<string, CapabilityOperation>): CapabilityTool[] {
  const seen = new Map<string, SourcePlace>();
  return raw.tools.map((tool) => {
    if (!MCP_TOOL_NAME.test(tool.name)) throw new GeneratorError(tool.place, `tool name ${JSON.stringify(tool.name)} is not a valid MCP tool name: use 1 to 128 letters, digits, '_', '-' or '.'`);
    const earlier = seen.get(tool.name);
    if (earlier) throw new GeneratorError(tool.place, `duplicate tool name ${JSON.stringify(tool.name)}: also declared at ${formatPlace(earlier)}`);
    seen.set(tool.name, tool.place);
    const bound: CapabilityTool = { name: tool.name, hints: tool.hints, operation: resolveCall(tool, byCall).name, with: tool.with };
    if (tool.description !== undefined) bound.description = tool.description;
    return bound;
  });
}

function bindRoutes(ctx: RunContext, raw: RawCapability, byCall: Map<string, CapabilityOperation>): CapabilityRoute[] {
  const routes: CapabilityRoute[] = [];
  const routePlaces = new Map<string, SourcePlace>();
  const labelPlaces = new Map<string, SourcePlace>();
  for (const resource of raw.restResources) {
    if (!REST_PATH.test(resource.path)) throw new GeneratorError(resource.place, `REST path ${JSON.stringify(resource.path)} is not a valid URL path: it must start with '/' and hold only URL path characters and {name} templates`);
    const earlierLabel = labelPlaces.get(resource.name);
    if (earlierLabel) ctx.warn(resource.place, `resource label ${JSON.stringify(resource.name)} is repeated (first at ${formatPlace(earlierLabel)})`);
    labelPlaces.set(resource.name, resource.place);
    for (const operation of resource.operations) {
      const key = `${operation.method} ${pathShape(resource.path).toLowerCase()}`;
      const earlier = routePlaces.get(key);
      if (earlier) throw new GeneratorError(operation.place, `duplicate REST route ${operation.method} ${resource.path}: also declared at ${formatPlace(earlier)}`);
      routePlaces.set(key, operation.place);
      const route: CapabilityRoute = { method: operation.method, path: resource.path, name: operation.name, resourceName: resource.name, operation: resolveCall(operation, byCall).name, with: operation.with };
      if (operation.description !== undefined) route.description = operation.description;
      routes.push(route);
    }
  }
  return routes;
}
