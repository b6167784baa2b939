import type { ApiModel, CapabilityModel, CapabilityOperation, CredentialVariables, GenerationModel, Operation, OutputShape } from "../model/types.ts";
import { capabilityInputs, operationInputs, type Feed, type Input } from "./inputs.ts";
import { toJsonSchema, type JsonSchema } from "./json-schema.ts";
import { outputPaths, type OutputSink } from "./sink.ts";

/**
 * Route tables. For an API, every operation is served at its own method and
 * spec path; each request parameter comes from where the spec puts it (path,
 * query string, header, or the body for form and JSON fields). For a
 * capability, the exposed paths and methods are exactly as declared, and each
 * exposed parameter is traced through `with:` to the upstream parameter it feeds.
 */
export const ROUTE_TABLE_VERSION = 1;

/** The port a capability's REST adapter asks for when it names none. */
export const DEFAULT_REST_PORT = 8080;

export type RequestSource = "path" | "query" | "header" | "body";

export interface RouteParameter {
  /** Name in the incoming request. */
  name: string;
  in: RequestSource;
  required: boolean;
  /** The upstream parameter it feeds; `body` feeds the whole request body. */
  feeds: Feed;
  /** JSON Schema the value must meet, from the spec. */
  schema: JsonSchema;
}

export interface RouteEntry {
  method: string;
  path: string;
  name: string;
  operation: { api: string; operationId: string; method: string; path: string };
  parameters: RouteParameter[];
  resource?: string;
  description?: string;
  /** The declared `outputParameters`: what to return instead of the whole response. */
  output?: OutputShape;
}

/** A capability's route table, with what the REST adapter takes from the file. */
export interface CapabilityRouteTable {
  version: number;
  capability: string;
  port: number;
  namespace?: string;
  credentials?: CredentialVariables;
  routes: RouteEntry[];
}

export function emitRouteTables(model: GenerationModel, sink: OutputSink): void {
  for (const api of model.apis) {
    sink.addJson(outputPaths.api(api.id, "routes.json"), { version: ROUTE_TABLE_VERSION, api: api.id, baseUrl: api.baseUrl, routes: api.operations.map((operation) => apiRoute(api, operation)) });
  }
  for (const capability of model.capabilities) sink.addJson(outputPaths.capability(capability.id, "routes.json"), capabilityRouteTable(model, capability));
}

export function capabilityRouteTable(model: GenerationModel, capability: CapabilityModel): CapabilityRouteTable {
  const routes = capability.routes.map((route) => capabilityRoute(model, capability, route));
  return {
    version: ROUTE_TABLE_VERSION,
    capability: capability.id,
    port: capability.rest.port ?? DEFAULT_REST_PORT,
    ...(capability.rest.namespace === undefined ? {} : { namespace: capability.rest.namespace }),
    ...(capability.credentials === undefined ? {} : { credentials: capability.credentials }),
    routes,
  };
}

function apiRoute(api: ApiModel, operation: Operation): RouteEntry {
  const entry: RouteEntry = { method: operation.method, path: operation.path, name: operation.operationId, operation: operationRef(api.id, operation), parameters: operationInputs(operation).map((input) => routeParameter(api, input)) };
  if (operation.summary !== undefined) entry.description = operation.summary;
  return entry;
}

function capabilityRoute(model: GenerationModel, capability: CapabilityModel, route: CapabilityModel["routes"][number]): RouteEntry {
  const bound = capability.operations.find((operation) => operation.name === route.operation)!;
  const { api, operation } = specOperation(model, bound);
  const templateNames = [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const parameters = capabilityInputs(bound, route.with, operation).inputs.map((input) => routeParameter(api, input, templateNames));
  const entry: RouteEntry = { method: route.method, path: route.path, name: route.name, resource: route.resourceName, operation: operationRef(api.id, operation), parameters };
  if (route.description !== undefined) entry.description = route.description;
  if (route.output !== undefined) entry.output = route.output;
  return entry;
}

/** An input that matches a path template (case-insensitively: `{sid}` is `Sid`) comes from the path; otherwise from where upstream wants it. */
function routeParameter(api: ApiModel, input: Input, templateNames: string[] = []): RouteParameter {
  const template = templateNames.find((name) => name.toLowerCase() === input.name.toLowerCase());
  const source: RequestSource = template !== undefined ? "path" : "body" in input.feeds || input.feeds.location === "form" ? "body" : input.feeds.location;
  const required = input.required || source === "path";
  return { name: template ?? input.name, in: source, required, feeds: input.feeds, schema: toJsonSchema(input.schema, api, { descriptions: false, constraints: true }) };
}

export function specOperation(model: GenerationModel, bound: CapabilityOperation): { api: ApiModel; operation: Operation } {
  const api = model.apis.find((candidate) => candidate.id === bound.apiId)!;
  const operation = api.operations.find((candidate) => candidate.operationId === bound.operationId)!;
  return { api, operation };
}

function operationRef(apiId: string, operation: Operation): RouteEntry["operation"] {
  return { api: apiId, operationId: operation.operationId, method: operation.method, path: operation.path };
}
