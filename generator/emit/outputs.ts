import { GeneratorError } from "../diagnostics.ts";
import type { ApiModel, CapabilityModel, Operation, OutputShape, Schema } from "../model/types.ts";
import { OutputPathError, parsePath, toolOutputSchema, type DeclaredOutput, type PathSegment } from "../../templates/server/shared/output-mapping.ts";
import type { JsonSchema } from "./json-schema.ts";

/** Where a declared output is written: its capability file and the tool or route that declares it. */
export interface OutputOwner {
  capability: CapabilityModel;
  /** `tool add-user`, `route GET /v1/users`. */
  label: string;
}

/**
 * Checks a declared output against the bound operation's 2xx response schema
 * and gives what the servers need: the shape as written and the tool's output
 * schema. A path the response cannot have, or a type it cannot be, stops the
 * run with the file and line of the shape.
 */
export function declaredOutput(api: ApiModel, operation: Operation, shape: OutputShape, owner: OutputOwner): { output: DeclaredOutput; outputSchema: JsonSchema } {
  const checker = new ShapeChecker(api, operation, owner);
  checker.check(shape, operation.success.schema ?? { type: "unknown" }, "outputParameters");
  const output = declared(shape);
  return { output, outputSchema: toolOutputSchema(output) as JsonSchema };
}

/** The shape without its source position: what the servers read. */
function declared(shape: OutputShape): DeclaredOutput {
  const result: DeclaredOutput = { type: shape.type };
  if (shape.mapping !== undefined) result.mapping = shape.mapping;
  if (shape.value !== undefined) result.value = shape.value;
  if (shape.const !== undefined) result.const = shape.const;
  if (shape.properties !== undefined) result.properties = shape.properties.map((property) => ({ name: property.name, shape: declared(property.shape) }));
  if (shape.items !== undefined) result.items = declared(shape.items);
  return result;
}

class ShapeChecker {
  constructor(
    private readonly api: ApiModel,
    private readonly operation: Operation,
    private readonly owner: OutputOwner,
  ) {}

  /** `placed` is the nearest shape that knows its line: a nested property usually does not. */
  check(shape: OutputShape, context: Schema, where: string, placed: OutputShape = shape): void {
    if (shape.line !== undefined) placed = shape;
    if (shape.const !== undefined) return;
    const path = shape.value !== undefined && shape.value.startsWith("$") ? shape.value : shape.mapping;
    if (shape.value !== undefined && !shape.value.startsWith("$")) return this.checkLiteral(shape, where, placed);
    const target = path === undefined ? context : this.resolve(placed, path, context, where);
    this.checkType(shape, target, path ?? where, where, placed);
    if (shape.type === "object") for (const property of shape.properties ?? []) this.check(property.shape, target, `${where}.${property.name}`, placed);
    if (shape.type === "array" && shape.items !== undefined) this.check(shape.items, this.itemsOf(target) ?? { type: "unknown" }, `${where}[]`, placed);
  }

  private resolve(shape: OutputShape, path: string, context: Schema, where: string): Schema {
    let segments: PathSegment[];
    try {
      segments = parsePath(path);
    } catch (error) {
      if (error instanceof OutputPathError) this.fail(shape, `${where}: ${error.message}`);
      throw error;
    }
    let current = context;
    let walked = "$";
    for (const segment of segments) {
      const next = "key" in segment ? this.property(current, segment.key) : this.itemsOf(current);
      walked += "key" in segment ? `.${segment.key}` : "index" in segment ? `[${segment.index}]` : "[*]";
      if (next === undefined) this.fail(shape, `${where}: ${walked} is not in the response of ${this.operation.operationId} (${this.operation.method} ${this.operation.path}); it has ${this.describeKeys(current)}`);
      current = next;
    }
    // After a wildcard the path selects one value per item: an array of them.
    return segments.some((segment) => "all" in segment) ? { type: "array", items: current } : current;
  }

  private checkType(shape: OutputShape, schema: Schema, path: string, where: string, placed: OutputShape): void {
    const actual = this.kind(schema);
    if (actual === "unknown" || actual === shape.type) return;
    this.fail(placed, `${where}: ${path} is ${actual === "union" ? "one of several types" : `a ${actual}`} in the response of ${this.operation.operationId}, not a ${shape.type}`);
  }

  private checkLiteral(shape: OutputShape, where: string, placed: OutputShape): void {
    const text = shape.value!;
    const fits = shape.type === "string" || (shape.type === "number" && text.trim() !== "" && Number.isFinite(Number(text))) || (shape.type === "boolean" && (text === "true" || text === "false"));
    if (!fits) this.fail(placed, `${where}: the fixed value ${JSON.stringify(text)} is not a ${shape.type}`);
  }

  private kind(schema: Schema): OutputShape["type"] | "unknown" | "union" {
    const resolved = this.deref(schema);
    if (resolved === undefined) return "unknown";
    switch (resolved.type) {
      case "string":
      case "enum":
        return "string";
      case "integer":
      case "number":
        return "number";
      case "boolean":
      case "object":
      case "array":
        return resolved.type;
      case "union": {
        const kinds = new Set(resolved.variants.map((variant) => this.kind(variant)));
        return kinds.size === 1 ? [...kinds][0]! : kinds.has("unknown") ? "unknown" : "union";
      }
      default:
        return "unknown";
    }
  }

  private property(schema: Schema, key: string): Schema | undefined {
    const resolved = this.deref(schema);
    if (resolved === undefined || resolved.type === "unknown") return { type: "unknown" };
    if (resolved.type === "union") return resolved.variants.map((variant) => this.property(variant, key)).find((found) => found !== undefined);
    if (resolved.type !== "object") return undefined;
    const found = resolved.properties.find((candidate) => candidate.name === key)?.schema;
    if (found !== undefined) return found;
    return resolved.additionalProperties === true || typeof resolved.additionalProperties === "object" ? { type: "unknown" } : undefined;
  }

  private itemsOf(schema: Schema): Schema | undefined {
    const resolved = this.deref(schema);
    if (resolved === undefined || resolved.type === "unknown") return { type: "unknown" };
    return resolved.type === "array" ? resolved.items : undefined;
  }

  /** A named schema resolved; a recursive or missing one is unknown (undefined), which any shape fits. */
  private deref(schema: Schema, depth = 0): Schema | undefined {
    if (schema.type !== "ref") return schema;
    const named = this.api.schemas.find((candidate) => candidate.name === schema.name)?.schema;
    return named === undefined || depth > 8 ? undefined : this.deref(named, depth + 1);
  }

  private describeKeys(schema: Schema): string {
    const resolved = this.deref(schema);
    if (resolved?.type === "object") return `keys ${resolved.properties.map((property) => property.name).slice(0, 12).join(", ")}${resolved.properties.length > 12 ? ", …" : ""}`;
    return resolved === undefined ? "no known keys" : `type ${resolved.type}`;
  }

  private fail(shape: OutputShape, message: string): never {
    const place: { file: string; line?: number; column?: number } = { file: this.owner.capability.source.file };
    if (shape.line !== undefined) place.line = shape.line;
    if (shape.column !== undefined) place.column = shape.column;
    throw new GeneratorError(place, `${this.owner.label}: ${message}`);
  }
}
