/**
 * Declared outputs (a capability's `outputParameters`): the value a tool or
 * route returns instead of Twilio's whole body, and the JSON Schema it has.
 * The generator checks each path against the spec's response schema; this
 * module applies them at run time and is shared by both servers.
 */

export type OutputJson = string | number | boolean | null | OutputJson[] | { [key: string]: OutputJson };

/** As the generator writes it into `mcp.bindings.json` and `routes.json`. */
export interface DeclaredOutput {
  type: "string" | "number" | "boolean" | "object" | "array";
  /** JSONPath from the enclosing value: the body at the root, an item inside `items`. */
  mapping?: string;
  /** A JSONPath like `mapping`, or, when it does not start with `$`, a fixed value of `type`. */
  value?: string;
  const?: OutputJson;
  properties?: Array<{ name: string; shape: DeclaredOutput }>;
  items?: DeclaredOutput;
}

export type PathSegment = { key: string } | { index: number } | { all: true };

export class OutputPathError extends Error {}

/** Structured content is an object: a root that is not one is returned under this key. */
export const WRAPPED_KEY = "result";

/**
 * The JSONPath subset declared outputs use: `$`, `$.`, `.name`, `['name']`,
 * `[0]`, `[*]` and `.*`. Anything else (filters, slices, recursion) is refused.
 */
export function parsePath(path: string): PathSegment[] {
  if (!path.startsWith("$")) throw new OutputPathError(`${JSON.stringify(path)} is not a JSONPath (it must start with $)`);
  const segments: PathSegment[] = [];
  const pattern = /\.([A-Za-z_][A-Za-z0-9_-]*)|\.\*|\[\*\]|\[(\d+)\]|\['([^'\\]*)'\]|\["([^"\\]*)"\]/y;
  let rest = path.slice(1);
  if (rest === ".") rest = "";
  pattern.lastIndex = 0;
  while (pattern.lastIndex < rest.length) {
    const start = pattern.lastIndex;
    const match = pattern.exec(rest);
    if (match === null) throw new OutputPathError(`${JSON.stringify(path)}: cannot read the path from ${JSON.stringify(rest.slice(start))} (supported: .name, ['name'], [0], [*])`);
    if (match[1] !== undefined) segments.push({ key: match[1] });
    else if (match[2] !== undefined) segments.push({ index: Number(match[2]) });
    else if (match[3] !== undefined || match[4] !== undefined) segments.push({ key: (match[3] ?? match[4])! });
    else segments.push({ all: true });
  }
  return segments;
}

/** The value at a path; a wildcard collects an array. Missing parts give undefined. */
export function select(path: string, value: unknown): unknown {
  return walk(parsePath(path), value);
}

function walk(segments: PathSegment[], value: unknown): unknown {
  const [first, ...rest] = segments;
  if (first === undefined) return value;
  if ("all" in first) return Array.isArray(value) ? value.map((item) => walk(rest, item)) : isRecord(value) ? Object.values(value).map((item) => walk(rest, item)) : undefined;
  if ("index" in first) return Array.isArray(value) ? walk(rest, value[first.index]) : undefined;
  return isRecord(value) && Object.hasOwn(value, first.key) ? walk(rest, value[first.key]) : undefined;
}

/** Applies a declared shape to a response body (or, inside, to the value its parent selected). */
export function applyOutput(shape: DeclaredOutput, context: unknown): unknown {
  if (shape.const !== undefined) return shape.const;
  if (shape.value !== undefined && !shape.value.startsWith("$")) return literal(shape);
  const path = shape.value ?? shape.mapping;
  const base = path === undefined ? context : select(path, context);
  if (shape.type === "object") {
    if (shape.properties === undefined) return isRecord(base) ? base : undefined;
    const result: Record<string, unknown> = {};
    for (const property of shape.properties) {
      const value = applyOutput(property.shape, base);
      if (value !== undefined) Object.defineProperty(result, property.name, { value, enumerable: true, writable: true, configurable: true });
    }
    return result;
  }
  if (shape.type === "array") {
    if (!Array.isArray(base)) return undefined;
    return shape.items === undefined ? base : base.map((item) => applyOutput(shape.items!, item) ?? null);
  }
  return base;
}

/** What a tool returns as structured content: the mapped object, or any other mapped value under `result`. */
export function structuredOutput(shape: DeclaredOutput, body: unknown): Record<string, unknown> {
  const value = applyOutput(shape, body);
  if (shape.type === "object") return isRecord(value) ? value : {};
  return value === undefined ? {} : { [WRAPPED_KEY]: value };
}

/** The JSON Schema of what `applyOutput` returns for a shape. Scalars may be null: Twilio sends null for unset fields. */
export function outputSchemaOf(shape: DeclaredOutput): { [key: string]: OutputJson } {
  if (shape.const !== undefined) return { const: shape.const };
  if (shape.value !== undefined && !shape.value.startsWith("$")) return { type: shape.type, const: literal(shape) as OutputJson };
  if (shape.type === "object") {
    if (shape.properties === undefined) return { type: "object" };
    const properties: { [key: string]: OutputJson } = {};
    for (const property of shape.properties) Object.defineProperty(properties, property.name, { value: outputSchemaOf(property.shape), enumerable: true, writable: true, configurable: true });
    return { type: "object", properties, additionalProperties: false };
  }
  if (shape.type === "array") return { type: ["array", "null"], items: shape.items === undefined ? {} : outputSchemaOf(shape.items) };
  return { type: [shape.type, "null"] };
}

/** The `outputSchema` of a tool: always an object, as MCP requires. */
export function toolOutputSchema(shape: DeclaredOutput): { [key: string]: OutputJson } {
  const schema = outputSchemaOf(shape);
  return shape.type === "object" ? schema : { type: "object", properties: { [WRAPPED_KEY]: schema }, additionalProperties: false };
}

function literal(shape: DeclaredOutput): unknown {
  const text = shape.value!;
  if (shape.type === "number") return Number(text);
  if (shape.type === "boolean") return text === "true";
  return text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
