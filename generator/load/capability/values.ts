import type { HttpMethod, Hints, JsonValue, OutputShape, OutputType, WithBinding } from "../../model/types.ts";
import type { Cursor } from "./cursor.ts";
import type { RawAuthentication, RawInput } from "./raw.ts";
import type { CapabilityReader } from "./reader.ts";

const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);

/** The operation's HTTP method; Ikanos makes GET the default. */
export function methodOf(reader: CapabilityReader, at: Cursor): HttpMethod {
  if (!at.has("method") && reader.isIkanos) return "GET";
  const method = at.requiredString("method").toUpperCase();
  if (!METHODS.has(method)) at.child("method").fail(`unsupported HTTP method ${JSON.stringify(method)}`);
  return method as HttpMethod;
}

/** `{{X}}` (Ikanos) and `{X}` templates both become `{X}`, the model's form. */
export function normalizeTemplates(reader: CapabilityReader, at: Cursor, key: string): string {
  const path = at.requiredString(key);
  if (/(^|[^{])\{[^{}]+\}/.test(path)) reader.note("braceTemplates", at.child(key));
  return path.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, "{$1}");
}

/** A `with:` map. Caller references are `NS.X` (this exposure's namespace), `{{X}}`, or the user's `rest.X` / `tools.X`. */
export function withBindings(reader: CapabilityReader, at: Cursor, exposureNamespace: string | undefined): WithBinding[] {
  return at.entries("with").map(([argument, value]) => {
    const raw = value.whole();
    const text = typeof raw === "string" ? raw : JSON.stringify(raw ?? null);
    const mustache = /^\{\{\s*([^{}\s]+)\s*\}\}$/.exec(text);
    if (mustache) return { argument, source: { kind: "input", name: mustache[1]! } };
    if (exposureNamespace !== undefined && text.startsWith(`${exposureNamespace}.`) && text.length > exposureNamespace.length + 1) {
      return { argument, source: { kind: "input", name: text.slice(exposureNamespace.length + 1) } };
    }
    const legacy = /^(rest|tools)\.(.+)$/.exec(text);
    if (legacy) {
      reader.note("callerNamespace", value);
      return { argument, source: { kind: "input", name: legacy[2]! } };
    }
    return { argument, source: { kind: "literal", value: text } };
  });
}

/** Input parameters: consumed ones (`in`, and in the user's files `type`/`required`/`description`) or exposed ones. */
export function inputsOf(reader: CapabilityReader, at: Cursor, side: "consumed" | "exposed"): RawInput[] {
  return at.named("inputParameters", reader.keyedByName).map(({ name, at: input }) => {
    const declared: RawInput = { name, in: input.optionalString("in") ?? (side === "exposed" ? "query" : input.requiredString("in")), place: input.place() };
    if (side === "consumed" && !reader.isIkanos && (input.has("type") || input.has("description") || input.has("required"))) reader.note("typedInputs", input);
    if (declared.in === "body") reader.note("bodyLocation", input.child("in"));
    const type = input.optionalString("type");
    if (type !== undefined) declared.type = type;
    const required = input.optionalBoolean("required");
    if (required !== undefined) declared.required = required;
    const description = input.optionalString("description");
    if (description !== undefined && description !== "") declared.description = description;
    return declared;
  });
}

const OUTPUT_TYPES = new Set<OutputType>(["string", "number", "boolean", "object", "array"]);

/** One mapped output shape; `integer` is read as `number`. */
export function outputShape(reader: CapabilityReader, at: Cursor): OutputShape {
  const written = at.requiredString("type");
  const type = (written === "integer" ? "number" : written) as OutputType;
  if (!OUTPUT_TYPES.has(type)) at.child("type").fail(`output type ${JSON.stringify(written)} is not one of string, number, boolean, object, array`);
  const shape: OutputShape = { type };
  const mapping = at.optionalString("mapping");
  if (mapping !== undefined) shape.mapping = mapping;
  const value = at.optionalString("value");
  if (value !== undefined) shape.value = value;
  if (at.has("const")) shape.const = at.child("const").whole() as JsonValue;
  if (at.has("properties")) shape.properties = at.named("properties", true).map(({ name, at: property }) => ({ name, shape: outputShape(reader, property) }));
  if (at.has("items")) shape.items = outputShape(reader, at.child("items"));
  return shape;
}

/**
 * The exposed side's `outputParameters` (one root shape). The whole response
 * as an object (`type: object, mapping: $.`) is what the servers return anyway,
 * so it is read as no mapping at all.
 */
export function exposedOutput(reader: CapabilityReader, at: Cursor): OutputShape | undefined {
  if (!at.has("outputParameters")) return undefined;
  const items = at.items("outputParameters");
  if (items.length === 0) return undefined;
  if (items.length > 1) reader.warn(items[1]!, "only the first `outputParameters` entry is used: a single call returns one root shape");
  const shape = outputShape(reader, items[0]!);
  items.slice(1).forEach((extra) => extra.whole());
  return isWholeResponse(shape) ? undefined : shape;
}

export function isWholeResponse(shape: OutputShape): boolean {
  return shape.type === "object" && (shape.mapping === "$." || shape.mapping === "$") && shape.value === undefined && shape.const === undefined && shape.properties === undefined;
}

export function hintsOf(at: Cursor): Partial<Hints> {
  const hints: Partial<Hints> = {};
  if (!at.has("hints")) return hints;
  const block = at.child("hints");
  for (const key of ["readOnly", "destructive", "idempotent"] as const) {
    const value = block.optionalBoolean(key);
    if (value !== undefined) hints[key] = value;
  }
  return hints;
}

/** Ikanos `semantics` (on aggregate flows): `safe` means read-only. */
export function semanticsHints(at: Cursor): Partial<Hints> {
  const hints: Partial<Hints> = {};
  if (!at.has("semantics")) return hints;
  const block = at.child("semantics");
  const safe = block.optionalBoolean("safe");
  if (safe !== undefined) hints.readOnly = safe;
  const idempotent = block.optionalBoolean("idempotent");
  if (idempotent !== undefined) hints.idempotent = idempotent;
  return hints;
}

const SECRET_FIELDS = ["username", "password", "token", "key", "value"] as const;

export function authenticationOf(at: Cursor): RawAuthentication | undefined {
  if (!at.has("authentication")) return undefined;
  const block = at.child("authentication");
  block.requireMapping("`authentication`");
  const fields: RawAuthentication["fields"] = SECRET_FIELDS.filter((field) => block.has(field)).map((field) => ({ field, text: block.requiredString(field), place: block.child(field).place() }));
  if (block.has("placement")) fields.push({ field: "placement", text: block.requiredString("placement"), place: block.child("placement").place() });
  return { type: block.requiredString("type"), fields, place: block.place() };
}
