import type { RunContext } from "../../context.ts";
import { formatPlace, GeneratorError, type SourcePlace } from "../../diagnostics.ts";
import type { CapabilityOperation, CapabilityRoute, CapabilityTool, Operation } from "../../model/types.ts";
import { pathShape } from "../../names.ts";
import type { RawCall, RawCapability } from "./raw.ts";

type Calls = Map<string, { bound: CapabilityOperation; spec: Operation }>;

/** MCP 2025-11-25: tool names are 1–128 characters of letters, digits, `_`, `-` and `.`. */
const MCP_TOOL_NAME = /^[A-Za-z0-9_.-]{1,128}$/;

/** RFC 3986 path characters, plus `{name}` templates. */
const REST_PATH = /^\/(?:[A-Za-z0-9._~!$&'()*+,;=:@%-]|\/|\{[A-Za-z0-9_.-]+\})*$/;

/** `ns.operation`; Ikanos also writes `ns.resource.operation`. */
function resolveCall(call: RawCall, calls: Calls): { bound: CapabilityOperation; spec: Operation } {
  const segments = call.call.split(".");
  const found = calls.get(call.call) ?? (segments.length === 3 ? calls.get(`${segments[0]}.${segments[2]}`) : undefined);
  if (!found) throw new GeneratorError(call.place, `call ${JSON.stringify(call.call)} names no consumed operation (known: ${[...calls.keys()].join(", ")})`);
  return found;
}

/**
 * A description is what a model reads to pick a tool. An empty or missing one
 * falls back to the consumed operation's, then the spec's summary or
 * description, with a warning.
 */
function describe(ctx: RunContext, written: string | undefined, place: SourcePlace, what: string, bound: CapabilityOperation, spec: Operation, always: boolean): string | undefined {
  if (written !== undefined && written.trim() !== "") return written;
  if (written === undefined && !always) return undefined;
  const fallback = bound.description ?? spec.summary ?? spec.description;
  const from = bound.description !== undefined ? `consumed operation ${bound.name}` : spec.summary !== undefined ? `the spec's summary of ${spec.operationId}` : `the spec's description of ${spec.operationId}`;
  if (fallback !== undefined) ctx.warn(place, `${what} has ${written === undefined ? "no" : "an empty"} description; using ${from}`);
  return fallback;
}

export function bindTools(ctx: RunContext, raw: RawCapability, calls: Calls): CapabilityTool[] {
  const seen = new Map<string, SourcePlace>();
  return raw.tools.map((tool) => {
    if (!MCP_TOOL_NAME.test(tool.name)) throw new GeneratorError(tool.place, `tool name ${JSON.stringify(tool.name)} is not a valid MCP tool name: use 1 to 128 letters, digits, '_', '-' or '.'`);
    const earlier = seen.get(tool.name);
    if (earlier) throw new GeneratorError(tool.place, `duplicate tool name ${JSON.stringify(tool.name)}: also declared at ${formatPlace(earlier)}`);
    seen.set(tool.name, tool.place);
    const { bound, spec } = resolveCall(tool, calls);
    warnUnusedInputs(ctx, tool, `tool ${JSON.stringify(tool.name)}`);
    const made: CapabilityTool = { name: tool.name, hints: tool.hints, operation: bound.name, with: tool.with };
    const description = describe(ctx, tool.description, tool.descriptionPlace ?? tool.place, `tool ${JSON.stringify(tool.name)}`, bound, spec, true);
    if (description !== undefined) made.description = description;
    if (tool.title !== undefined) made.title = tool.title;
    if (tool.output !== undefined) made.output = tool.output;
    return made;
  });
}

export function bindRoutes(ctx: RunContext, raw: RawCapability, calls: Calls): CapabilityRoute[] {
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
      const { bound, spec } = resolveCall(operation, calls);
      warnUnusedInputs(ctx, operation, `route ${operation.method} ${resource.path}`);
      const route: CapabilityRoute = { method: operation.method, path: resource.path, name: operation.name, resourceName: resource.name, operation: bound.name, with: operation.with };
      const description = describe(ctx, operation.description, operation.descriptionPlace ?? operation.place, `route ${operation.method} ${resource.path}`, bound, spec, false);
      if (description !== undefined) route.description = description;
      if (operation.output !== undefined) route.output = operation.output;
      routes.push(route);
    }
  }
  return routes;
}

/** A declared caller input that no `with:` entry reads would be a dead argument. */
function warnUnusedInputs(ctx: RunContext, call: RawCall, what: string): void {
  const used = new Set(call.with.flatMap((entry) => (entry.source.kind === "input" ? [entry.source.name] : [])));
  for (const input of call.declaredInputs) if (!used.has(input.name)) ctx.warn(input.place, `${what}: input ${JSON.stringify(input.name)} is fed to nothing by \`with:\`; ignored`);
}
