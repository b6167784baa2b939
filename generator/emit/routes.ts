import type { ApiModel, CapabilityModel, CapabilityOperation, GenerationModel, Operation, ParameterLocation, WithBinding } from "../model/types.ts";
import { outputPaths, type OutputSink } from "./sink.ts";

/**
 * Route tables. For an API, every operation is served at its own method and
 * spec path; each request parameter comes from where the spec puts it (path,
 * query string, header, or the body for form and JSON fields). For a
 * capability, the exposed paths and methods are exactly as declared, and each
 * exposed parameter is traced through `with:` to the upstream parameter it feeds.
 */
export const ROUTE_TABLE_VERSION = 1;

export type RequestSource = "path" | "query" | "header" | "body";

export interface RouteParameter {
  /** Name in the incoming request. */
  name: string;
  in: RequestSource;
  required: boolean;
  /** The upstream parameter it feeds; `body` feeds the whole request body. */
  feeds: { location: ParameterLocation; parameter: string } | { body: true };
}

export interface RouteEntry {
  method: string;
  path: string;
  name: string;
  operation: { api: string; operationId: string; method: string; path: string };
  parameters: RouteParameter[];
  resource?: string;
  description?: string;
}

export function emitRouteTables(model: GenerationModel, sink: OutputSink): void {
  for (const api of model.apis) {
    sink.addJson(outputPaths.api(api.id, "routes.json"), { version: ROUTE_TABLE_VERSION, api: api.id, baseUrl: api.baseUrl, routes: api.operations.map((operation) => apiRoute(api, operation)) });
  }
  for (const capability of model.capabilities) {
    const routes = capability.routes.map((route) => capabilityRoute(model, capability, route));
    sink.addJson(outputPaths.capability(capability.id, "routes.json"), { version: ROUTE_TABLE_VERSION, capability: capability.id, port: capability.restPort ?? 8080, routes });
  }
}

function apiRoute(api: ApiModel, operation: Operation): RouteEntry {
  const parameters: RouteParameter[] = operation.parameters.map((parameter) => ({
    name: parameter.name,
    in: parameter.location === "form" ? "body" : parameter.location,
    required: parameter.required,
    feeds: { location: parameter.location, parameter: parameter.name },
  }));
  if (operation.jsonBody) parameters.push({ name: "body", in: "body", required: operation.jsonBody.required, feeds: { body: true } });
  const entry: RouteEntry = { method: operation.method, path: operation.path, name: operation.operationId, operation: operationRef(api.id, operation), parameters };
  if (operation.summary !== undefined) entry.description = operation.summary;
  return entry;
}

function capabilityRoute(model: GenerationModel, capability: CapabilityModel, route: CapabilityModel["routes"][number]): RouteEntry {
  const bound = capability.operations.find((operation) => operation.name === route.operation)!;
  const { api, operation } = specOperation(model, bound);
  const templateNames = [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const parameters = route.with.flatMap((binding) => routeParameter(binding, bound, operation, templateNames));
  const entry: RouteEntry = { method: route.method, path: route.path, name: route.name, resource: route.resourceName, operation: operationRef(api.id, operation), parameters };
  if (route.description !== undefined) entry.description = route.description;
  return entry;
}

/** An exposed input that matches a path template (case-insensitively: `{sid}` is `Sid`) comes from the path; otherwise from where upstream wants it. */
function routeParameter(binding: WithBinding, bound: CapabilityOperation, operation: Operation, templateNames: string[]): RouteParameter[] {
  if (binding.source.kind !== "input") return [];
  const inputName = binding.source.name;
  const argument = bound.arguments.find((candidate) => candidate.argument === binding.argument);
  if (argument === undefined) return [];
  const template = templateNames.find((name) => name.toLowerCase() === inputName.toLowerCase());
  if (argument.target.kind === "body") {
    return [{ name: inputName, in: "body", required: operation.jsonBody?.required ?? operation.parameters.some((parameter) => parameter.location === "form" && parameter.required), feeds: { body: true } }];
  }
  const { parameter: parameterName, location } = argument.target;
  const parameter = operation.parameters.find((candidate) => candidate.name === parameterName && candidate.location === location);
  const source: RequestSource = template !== undefined ? "path" : location === "form" ? "body" : location;
  return [{ name: template ?? inputName, in: source, required: parameter?.required ?? false, feeds: { location, parameter: parameterName } }];
}

export function specOperation(model: GenerationModel, bound: CapabilityOperation): { api: ApiModel; operation: Operation } {
  const api = model.apis.find((candidate) => candidate.id === bound.apiId)!;
  const operation = api.operations.find((candidate) => candidate.operationId === bound.operationId)!;
  return { api, operation };
}

function operationRef(apiId: string, operation: Operation): RouteEntry["operation"] {
  return { api: apiId, operationId: operation.operationId, method: operation.method, path: operation.path };
}
