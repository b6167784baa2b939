import { createHash } from "node:crypto";
import type { ApiModel, Operation, Schema } from "../model/types.ts";
import { compareCodeUnits } from "../names.ts";
import { setOwn } from "../own.ts";
import { fieldKey, optionKey } from "../../templates/runtime/option-keys.ts";
import type { CallRoute } from "../emit/client/calls.ts";
import type { ResourcePlan } from "../emit/client/plan.ts";
import { inputType, outputType, resolveObject, type TypeNames } from "../emit/client/type-text.ts";
import type { ClientView } from "../emit/client/views.ts";
import { apiTools } from "../emit/mcp.ts";
import { operationInputs } from "../emit/inputs.ts";
import { SURFACE_FORMAT, type ApiSurface, type EnumSurface, type FieldSurface, type MethodSurface, type OptionSurface, type ToolSurface } from "./types.ts";

/** A short, stable fingerprint of spec text: enough to see that it changed. */
export function textHash(text: string | undefined): string | undefined {
  return text === undefined || text === "" ? undefined : createHash("sha256").update(text, "utf8").digest("hex").slice(0, 12);
}

/** Describes one API's generated surface: client calls, instance fields, enums, MCP tools and REST routes. */
export function describeSurface(api: ApiModel, view: ClientView, version: string): ApiSurface {
  const names: TypeNames = { enumType: (name) => view.plan.enumTypes.get(name) ?? "string" };
  const methods: Record<string, MethodSurface> = {};
  const byId = new Map(api.operations.map((operation) => [operation.operationId, operation]));
  for (const [operationId, route] of Object.entries(view.calls.operations)) setOwn(methods, callPath(route), methodSurface(byId.get(operationId)!, api, names));
  return {
    format: SURFACE_FORMAT,
    api: api.id,
    package: view.plan.packageName,
    version,
    source: { document: api.source.file, sha256: api.source.sha256 },
    methods: sortedRecord(methods),
    instances: instances(view, names),
    enums: enums(api),
    tools: tools(api),
    routes: sortedRecord(Object.fromEntries(api.operations.map((operation) => [`${operation.method} ${operation.path}`, { operation: operation.operationId, required: operationInputs(operation).filter((input) => input.required).map((input) => input.name) }]))),
  };
}

/** `services(sid).conversations(sid).messages.create`, as a caller writes it. */
export function callPath(route: CallRoute): string {
  const steps = route.chain.map((step) => (step.call === "instance" ? `${step.name}(${Array.from({ length: step.arity ?? 1 }, () => "sid").join(", ")})` : step.call === "singleton" ? `${step.name}()` : step.name));
  return `${steps.join(".")}.${route.kind}`;
}

function methodSurface(operation: Operation, api: ApiModel, names: TypeNames): MethodSurface {
  const options: Record<string, OptionSurface> = {};
  for (const parameter of operation.parameters) {
    if (parameter.location !== "path") setOwn(options, optionKey(parameter.name), option(parameter.schema, parameter.required, parameter.description, names, "input"));
  }
  if (operation.jsonBody) {
    const body = resolveObject(operation.jsonBody.schema, api);
    if (body && body.properties.length > 0) for (const property of body.properties) setOwn(options, property.name, option(property.schema, property.required, property.schema.description, names, "input"));
    else setOwn(options, "body", option(operation.jsonBody.schema, operation.jsonBody.required, undefined, names, "input"));
  }
  const method: MethodSurface = { operation: operation.operationId, http: `${operation.method} ${operation.path}`, options: sortedRecord(options) };
  return withDocs(method, operation.description ?? operation.summary);
}

function option(schema: Schema, required: boolean, description: string | undefined, names: TypeNames, side: "input" | "output"): OptionSurface {
  const { type, ...rest } = field(schema, description ?? schema.description, names, side);
  return { type, required, ...rest };
}

function field(schema: Schema, description: string | undefined, names: TypeNames, side: "input" | "output"): FieldSurface {
  const made: FieldSurface = { type: side === "input" ? inputType(schema, names) : outputType(schema, names) };
  const inline = schema.type === "enum" ? schema : schema.type === "array" && schema.items.type === "enum" ? schema.items : undefined;
  if (inline && inline.name === undefined) made.values = [...inline.values];
  return withDocs(made, description);
}

function instances(view: ClientView, names: TypeNames): ApiSurface["instances"] {
  const result: ApiSurface["instances"] = {};
  const visit = (resource: ResourcePlan, path: string) => {
    const properties = resource.instanceSchema?.properties ?? [];
    if (Object.keys(resource.operations).length > 0 && properties.length > 0) {
      const fields: Record<string, FieldSurface> = {};
      for (const property of properties) setOwn(fields, resource.fieldNames.get(property.name) ?? fieldKey(property.name), field(property.schema, property.schema.description, names, "output"));
      setOwn(result, path, sortedRecord(fields));
    }
    for (const child of [...resource.children, ...resource.listChildren]) visit(child, `${path}.${child.accessor}`);
  };
  for (const root of view.plan.roots) visit(root, root.accessor);
  return sortedRecord(result);
}

function enums(api: ApiModel): Record<string, EnumSurface> {
  const request = new Set<string>();
  const response = new Set<string>();
  for (const operation of api.operations) {
    for (const parameter of operation.parameters) collectEnums(parameter.schema, api, request);
    if (operation.jsonBody) collectEnums(operation.jsonBody.schema, api, request);
    if (operation.success.schema) collectEnums(operation.success.schema, api, response);
  }
  const result: Record<string, EnumSurface> = {};
  for (const entry of api.enums) {
    const usedIn: EnumSurface["usedIn"] = [...(request.has(entry.name) ? ["request" as const] : []), ...(response.has(entry.name) ? ["response" as const] : [])];
    setOwn(result, entry.name, { values: [...entry.values], usedIn });
  }
  return sortedRecord(result);
}

/** Named enums reachable from a schema, through named schemas (each visited once). */
function collectEnums(schema: Schema, api: ApiModel, into: Set<string>, seen = new Set<string>()): void {
  switch (schema.type) {
    case "enum":
      if (schema.name !== undefined) into.add(schema.name);
      return;
    case "array":
      return collectEnums(schema.items, api, into, seen);
    case "object":
      for (const property of schema.properties) collectEnums(property.schema, api, into, seen);
      if (typeof schema.additionalProperties === "object") collectEnums(schema.additionalProperties, api, into, seen);
      return;
    case "union":
      for (const variant of schema.variants) collectEnums(variant, api, into, seen);
      return;
    case "ref": {
      if (seen.has(schema.name)) return;
      seen.add(schema.name);
      const named = api.schemas.find((candidate) => candidate.name === schema.name);
      if (named) collectEnums(named.schema, api, into, seen);
      return;
    }
    default:
      return;
  }
}

function tools(api: ApiModel): Record<string, ToolSurface> {
  const result: Record<string, ToolSurface> = {};
  apiTools(api).forEach((tool, index) => {
    const schema = tool.inputSchema as { properties?: Record<string, unknown>; required?: string[] };
    const properties: ToolSurface["properties"] = {};
    for (const [name, value] of Object.entries(schema.properties ?? {})) {
      const texts = descriptionsOf(value);
      const property: { schema: string; docs?: string } = { schema: canonicalJson(withoutDescriptions(value)) };
      setOwn(properties, name, withDocs(property, texts.length === 0 ? undefined : JSON.stringify(texts)));
    }
    const surface: ToolSurface = { operation: api.operations[index]!.operationId, required: [...(schema.required ?? [])], properties: sortedRecord(properties) };
    setOwn(result, tool.name, withDocs(surface, tool.description));
  });
  return sortedRecord(result);
}

function withoutDescriptions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDescriptions);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "description").map(([key, inner]) => [key, withoutDescriptions(inner)]));
}

/** Every description inside a schema, depth first. */
function descriptionsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(descriptionsOf);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === "description" && typeof inner === "string" ? [inner] : descriptionsOf(inner)));
}

/** JSON with keys sorted at every level: the same schema always reads the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries = Object.entries(value).sort(([a], [b]) => compareCodeUnits(a, b));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(",")}}`;
}

function withDocs<T extends { docs?: string }>(target: T, text: string | undefined): T {
  const docs = textHash(text);
  if (docs !== undefined) target.docs = docs;
  return target;
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort(compareCodeUnits)) setOwn(sorted, key, record[key]!);
  return sorted;
}
