import type { HttpMethod, Hints, WithBinding } from "../../model/types.ts";
import type { RunContext } from "../../context.ts";
import type { SourcePlace } from "../../diagnostics.ts";
import { locate, parseYamlSource, type SourceFile } from "../source.ts";
import { Cursor } from "./cursor.ts";

/** A capability file as written, with the place of every part, before binding to the spec. */
export interface RawCapability {
  source: SourceFile;
  label: string;
  description?: string;
  consumes: RawConsumed[];
  tools: RawTool[];
  restResources: RawRestResource[];
  restPort?: number;
  mcpPort?: number;
}

export interface RawConsumed {
  namespace: string;
  baseUri: string;
  place: SourcePlace;
  operations: RawOperation[];
}

export interface RawOperation {
  name: string;
  method: HttpMethod;
  path: string;
  description?: string;
  inputs: Array<{ name: string; in: string; place: SourcePlace }>;
  place: SourcePlace;
}

export interface RawCall {
  call: string;
  with: WithBinding[];
  place: SourcePlace;
}

export interface RawTool extends RawCall {
  name: string;
  description?: string;
  hints: Partial<Hints>;
}

export interface RawRestResource {
  name: string;
  path: string;
  place: SourcePlace;
  operations: Array<RawCall & { method: HttpMethod; name: string; description?: string }>;
}

const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);

/** Where the user's files differ from Naftiko 1.0.0-alpha2; each is accepted and reported once per file. */
const DEVIATIONS = {
  typedInputs: "consumed inputParameters carry `type`, `description` or `required`, which Naftiko 1.0.0-alpha2 does not define; read as documentation",
  callerNamespace: "`with:` values `rest.X` / `tools.X` are read as the caller's argument X",
  braceTemplates: "path templates use `{X}`; read as the parameter X",
  bodyLocation: "`in: body` is read as the operation's request body",
} as const;

type Deviation = keyof typeof DEVIATIONS;

export function parseCapability(ctx: RunContext, source: SourceFile): RawCapability {
  const parsed = parseYamlSource(source);
  const root = new Cursor(parsed.value, "", (pointer) => locate(source, pointer, parsed));
  root.requireMapping("a capability file");
  const seen = new Map<Deviation, { place: SourcePlace; count: number }>();
  const note = (deviation: Deviation, at: Cursor) => {
    const entry = seen.get(deviation);
    if (entry) entry.count++;
    else seen.set(deviation, { place: at.place(), count: 1 });
  };
  const info = root.child("info");
  const capability = root.child("capability");
  capability.requireMapping("`capability`");
  const raw: RawCapability = { source, label: info.optionalString("label") ?? source.file, consumes: [], tools: [], restResources: [] };
  const description = info.optionalString("description");
  if (description !== undefined) raw.description = description;
  for (const consumed of capability.items("consumes")) {
    if (consumed.optionalString("type") !== "http") continue;
    raw.consumes.push(parseConsumed(consumed, note));
  }
  for (const exposed of capability.items("exposes")) parseExposed(exposed, raw, note);
  for (const [deviation, { place, count }] of seen) {
    ctx.warn(place, `${DEVIATIONS[deviation]}${count > 1 ? ` (${count} places, first shown)` : ""}`);
  }
  return raw;
}

type Note = (deviation: Deviation, at: Cursor) => void;

function parseConsumed(consumed: Cursor, note: Note): RawConsumed {
  const result: RawConsumed = { namespace: consumed.requiredString("namespace"), baseUri: consumed.requiredString("baseUri"), place: consumed.child("baseUri").place(), operations: [] };
  for (const resource of consumed.items("resources")) {
    const path = resource.requiredString("path");
    if (/\{[^{}]+\}/.test(path)) note("braceTemplates", resource.child("path"));
    for (const operation of resource.items("operations")) {
      result.operations.push({
        name: operation.requiredString("name"),
        method: methodOf(operation),
        path,
        ...optional("description", operation.optionalString("description")),
        inputs: operation.items("inputParameters").map((input) => {
          if (input.has("type") || input.has("description") || input.has("required")) note("typedInputs", input);
          const location = input.requiredString("in");
          if (location === "body") note("bodyLocation", input.child("in"));
          return { name: input.requiredString("name"), in: location, place: input.place() };
        }),
        place: operation.place(),
      });
    }
  }
  return result;
}

function parseExposed(exposed: Cursor, raw: RawCapability, note: Note): void {
  const type = exposed.optionalString("type");
  const port = exposed.child("port").value;
  if (type === "mcp") {
    if (typeof port === "number") raw.mcpPort = port;
    for (const tool of exposed.items("tools")) {
      raw.tools.push({ name: tool.requiredString("name"), ...optional("description", tool.optionalString("description")), hints: hintsOf(tool), ...callOf(tool, note) });
    }
  } else if (type === "rest") {
    if (typeof port === "number") raw.restPort = port;
    for (const resource of exposed.items("resources")) {
      const path = resource.requiredString("path");
      if (/\{[^{}]+\}/.test(path)) note("braceTemplates", resource.child("path"));
      raw.restResources.push({
        name: resource.optionalString("name") ?? path,
        path,
        place: resource.place(),
        operations: resource.items("operations").map((operation) => ({
          method: methodOf(operation),
          name: operation.optionalString("name") ?? `${operation.requiredString("method")} ${path}`,
          ...optional("description", operation.optionalString("description")),
          ...callOf(operation, note),
        })),
      });
    }
  }
}

function callOf(at: Cursor, note: Note): RawCall {
  const bindings: WithBinding[] = at.entries("with").map(([argument, value]) => {
    const text = typeof value.value === "string" ? value.value : JSON.stringify(value.value ?? null);
    const match = /^(rest|tools)\.(.+)$/.exec(text);
    if (match) {
      note("callerNamespace", value);
      return { argument, source: { kind: "input", name: match[2]! } };
    }
    return { argument, source: { kind: "literal", value: text } };
  });
  return { call: at.requiredString("call"), with: bindings, place: at.place() };
}

function methodOf(at: Cursor): HttpMethod {
  const method = at.requiredString("method").toUpperCase();
  if (!METHODS.has(method)) at.child("method").fail(`unsupported HTTP method ${JSON.stringify(method)}`);
  return method as HttpMethod;
}

function hintsOf(tool: Cursor): Partial<Hints> {
  const hints: Partial<Hints> = {};
  for (const key of ["readOnly", "destructive", "idempotent"] as const) {
    const value = tool.child("hints").child(key).value;
    if (typeof value === "boolean") hints[key] = value;
  }
  return hints;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
