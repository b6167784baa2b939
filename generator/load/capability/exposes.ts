import type { Hints, OutputShape, WithBinding } from "../../model/types.ts";
import { isRecord } from "../openapi/read.ts";
import type { Cursor } from "./cursor.ts";
import type { RawCall, RawCapability, RawInput, RawRestOperation, RawTool } from "./raw.ts";
import type { CapabilityReader } from "./reader.ts";
import { exposedOutput, hintsOf, inputsOf, methodOf, normalizeTemplates, semanticsHints, withBindings } from "./values.ts";

/** A reusable unit of an aggregate (Ikanos `flows`, Naftiko `functions`) that tools and routes reach with `ref:`. */
export interface Flow {
  call?: string;
  with: WithBinding[];
  declaredInputs: RawInput[];
  description?: string;
  hints: Partial<Hints>;
  output?: OutputShape;
  steps: boolean;
}

export function parseAggregates(reader: CapabilityReader, capability: Cursor): Map<string, Flow> {
  const flows = new Map<string, Flow>();
  for (let entry of capability.items("aggregates")) {
    let owner = reader;
    let namespace: string;
    if (entry.has("from")) {
      const imported = reader.importEntry(entry, "aggregates");
      ({ at: entry, reader: owner, namespace } = imported);
    } else {
      namespace = entry.requiredString("namespace");
    }
    owner.label(entry);
    entry.optionalString("description");
    const key = owner.isIkanos ? "flows" : "functions";
    for (const { name, at } of entry.named(key, owner.keyedByName)) flows.set(`${namespace}.${name}`, parseFlow(owner, at, namespace));
  }
  return flows;
}

function parseFlow(reader: CapabilityReader, at: Cursor, namespace: string): Flow {
  const flow: Flow = { with: withBindings(reader, at, namespace), declaredInputs: inputsOf(reader, at, "exposed"), hints: semanticsHints(at), steps: at.has("steps") };
  const call = at.optionalString("call");
  if (call !== undefined) flow.call = call;
  const description = at.optionalString("description");
  if (description !== undefined) flow.description = description;
  const output = flow.steps ? undefined : exposedOutput(reader, at);
  if (output) flow.output = output;
  if (flow.steps) skipSteps(reader, at, "flow");
  return flow;
}

/** Orchestration steps are reported, the scripts among them by name; the unit is skipped. */
function skipSteps(reader: CapabilityReader, at: Cursor, what: string): void {
  const steps = at.child("steps");
  const values = (isRecord(steps.value) ? Object.values(steps.value) : Array.isArray(steps.value) ? steps.value : []) as unknown[];
  const scripts = values.filter((step) => isRecord(step) && step["type"] === "script").length;
  at.optionalString("description");
  steps.whole();
  for (const key of ["mappings", "outputParameters"]) if (at.has(key)) at.child(key).whole();
  const detail = scripts > 0 ? ` (${scripts} of them scripts)` : "";
  reader.warn(steps, `orchestration \`steps\`${detail} are not supported yet; this ${what} is skipped`);
}

export function parseExposed(reader: CapabilityReader, entry: Cursor, raw: RawCapability, flows: Map<string, Flow>): void {
  let owner = reader;
  if (entry.has("from")) ({ at: entry, reader: owner } = reader.importEntry(entry, "exposes"));
  const type = entry.optionalString("type");
  if (type === "mcp") parseMcp(owner, entry, raw, flows);
  else if (type === "rest") parseRest(owner, entry, raw, flows);
  else {
    entry.whole();
    owner.warn(entry, `exposed adapters of type ${JSON.stringify(type ?? "(none)")} are not supported; only \`mcp\` and \`rest\` are generated`);
  }
}

function parseMcp(reader: CapabilityReader, entry: Cursor, raw: RawCapability, flows: Map<string, Flow>): void {
  if (raw.mcp) reader.warn(entry, `only one \`type: mcp\` adapter is generated; its tools are added to the first one's`);
  const namespace = entry.optionalString("namespace");
  const mcp: NonNullable<RawCapability["mcp"]> = raw.mcp ?? { place: entry.place() };
  if (namespace !== undefined && mcp.namespace === undefined) mcp.namespace = namespace;
  const port = entry.optionalPort("port");
  if (port !== undefined && mcp.port === undefined) mcp.port = port;
  const transport = entry.optionalString("transport");
  if (transport !== undefined && transport !== "http" && transport !== "stdio") entry.child("transport").fail(`transport must be \`http\` or \`stdio\`, not ${JSON.stringify(transport)}`);
  // Naftiko files are served over stdio unless they say otherwise. In Ikanos, `http` is the default, and an HTTP adapter names its port.
  const implied = transport ?? (reader.isIkanos && port !== undefined ? "http" : "stdio");
  if ((implied === "http" || implied === "stdio") && mcp.transport === undefined) mcp.transport = implied;
  const description = entry.optionalString("description");
  if (description !== undefined && description !== "" && mcp.description === undefined) mcp.description = description;
  raw.mcp = mcp;
  for (const { name, at } of entry.named("tools", reader.keyedByName)) {
    const call = callOf(reader, at, namespace, flows, `tool ${JSON.stringify(name)}`);
    if (call === undefined) continue;
    const tool: RawTool = { name, hints: { ...call.hints, ...hintsOf(at) }, ...call.call };
    const title = reader.label(at);
    if (title !== undefined && title !== "") tool.title = title;
    const description = at.optionalString("description") ?? call.description;
    if (description !== undefined) tool.description = description;
    raw.tools.push(tool);
  }
}

function parseRest(reader: CapabilityReader, entry: Cursor, raw: RawCapability, flows: Map<string, Flow>): void {
  if (raw.rest) reader.warn(entry, `only one \`type: rest\` adapter is generated; its routes are added to the first one's`);
  const namespace = entry.optionalString("namespace");
  const rest: NonNullable<RawCapability["rest"]> = raw.rest ?? { place: entry.place() };
  if (namespace !== undefined && rest.namespace === undefined) rest.namespace = namespace;
  const port = entry.optionalPort("port");
  if (port !== undefined && rest.port === undefined) rest.port = port;
  entry.optionalString("description");
  raw.rest = rest;
  for (const { name: resourceName, at: resource } of optionallyNamed(reader, entry, "resources")) {
    const path = normalizeTemplates(reader, resource, "path");
    resource.optionalString("description");
    reader.label(resource);
    const shared = inputsOf(reader, resource, "exposed");
    const operations: RawRestOperation[] = [];
    for (const { name: operationName, at } of optionallyNamed(reader, resource, "operations")) {
      const method = methodOf(reader, at);
      const name = operationName ?? `${method} ${path}`;
      const call = callOf(reader, at, namespace, flows, `route ${method} ${path}`);
      if (call === undefined) continue;
      const operation: RawRestOperation = { method, name, ...call.call, declaredInputs: [...shared, ...call.call.declaredInputs] };
      const description = at.optionalString("description") ?? call.description;
      if (description !== undefined) operation.description = description;
      reader.label(at);
      operations.push(operation);
    }
    raw.restResources.push({ name: resourceName ?? path, path, place: resource.place(), operations });
  }
}

/** Ikanos keys resources and operations by name; Naftiko lists them, with an optional `name`. */
function optionallyNamed(reader: CapabilityReader, at: Cursor, key: string): Array<{ name: string | undefined; at: Cursor }> {
  if (reader.keyedByName && isRecord(at.child(key).value)) return at.entries(key).map(([name, child]) => ({ name, at: child }));
  return at.items(key).map((child) => ({ name: child.optionalString("name"), at: child }));
}

/**
 * What a tool or route calls: its own `call`/`with`, or those of the aggregate
 * flow its `ref` names (its own fields win). Units with steps, or with nothing
 * to call, are reported and skipped.
 */
function callOf(reader: CapabilityReader, at: Cursor, namespace: string | undefined, flows: Map<string, Flow>, what: string): { call: RawCall; hints: Partial<Hints>; description?: string } | undefined {
  const ref = at.optionalString("ref");
  const flow = ref === undefined ? undefined : flows.get(ref);
  if (ref !== undefined && flow === undefined) at.child("ref").fail(`ref ${JSON.stringify(ref)} names no aggregate flow (known: ${[...flows.keys()].join(", ") || "none"})`);
  if (at.has("steps")) {
    skipSteps(reader, at, what);
    return undefined;
  }
  const call = at.optionalString("call") ?? flow?.call;
  if (call === undefined) {
    if (flow?.steps) reader.warn(at.child("ref"), `${what} uses a flow with orchestration steps, which are not supported yet; skipped`);
    else {
      at.optionalString("description");
      for (const key of ["outputParameters", "inputParameters"]) if (at.has(key)) at.child(key).whole();
      reader.warn(at, `${what} has no \`call\` (a mock, or a unit the generator cannot run); skipped`);
    }
    return undefined;
  }
  const output = at.has("outputParameters") ? exposedOutput(reader, at) : flow?.output;
  const result: RawCall = {
    call,
    with: at.has("with") ? withBindings(reader, at, namespace) : (flow?.with ?? []),
    declaredInputs: at.has("inputParameters") ? inputsOf(reader, at, "exposed") : (flow?.declaredInputs ?? []),
    place: at.place(),
  };
  if (output) result.output = output;
  if (at.has("description")) result.descriptionPlace = at.child("description").place();
  const found: { call: RawCall; hints: Partial<Hints>; description?: string } = { call: result, hints: flow?.hints ?? {} };
  if (flow?.description !== undefined) found.description = flow.description;
  return found;
}
