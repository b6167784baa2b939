import type { NamedEnum, NamedSchema, ObjectSchema, Property, Schema } from "../../model/types.ts";
import { decodePointer, GeneratorError, pointerOf, type SourcePlace } from "../../diagnostics.ts";
import { compareCodeUnits } from "../../names.ts";
import { isRecord, resolvePointer } from "./read.ts";

/** Deeper than this, a schema is rejected: real documents nest below 10. */
export const MAX_SCHEMA_DEPTH = 64;

const COMPONENT_SCHEMA_PREFIX = "#/components/schemas/";

/** Converts OpenAPI Schema Objects of one document into model schemas. */
export class SchemaConverter {
  constructor(
    private readonly root: Record<string, unknown>,
    private readonly place: (pointer: string) => SourcePlace,
  ) {}

  /** Components whose schema is a string enum: they become named, shared enum types. */
  namedEnums(): NamedEnum[] {
    return this.componentEntries()
      .flatMap(([name, raw]) => (isStringEnum(raw) ? [withDescription<NamedEnum>({ name, values: stringValues(raw) }, raw)] : []));
  }

  namedSchemas(): NamedSchema[] {
    return this.componentEntries()
      .filter(([, raw]) => !isStringEnum(raw))
      .map(([name, raw]) => ({ name, schema: this.convert(raw, pointerOf("components", "schemas", name), 0, new Set([name])) }));
  }

  convert(raw: unknown, pointer: string, depth = 0, inlining: Set<string> = new Set()): Schema {
    if (depth > MAX_SCHEMA_DEPTH) {
      throw new GeneratorError(this.place(pointer), `schema nested deeper than ${MAX_SCHEMA_DEPTH} levels`);
    }
    if (!isRecord(raw)) return { type: "unknown" };
    const converted = typeof raw["$ref"] === "string" ? this.convertRef(raw["$ref"], pointer, depth, inlining) : this.convertInline(raw, pointer, depth, inlining);
    return withCommon(converted, raw);
  }

  private convertRef(ref: string, pointer: string, depth: number, inlining: Set<string>): Schema {
    const target = resolvePointer(this.root, ref);
    if (ref.startsWith(COMPONENT_SCHEMA_PREFIX) && !ref.slice(COMPONENT_SCHEMA_PREFIX.length).includes("/")) {
      const name = decodePointer(ref).at(-1)!;
      if (isStringEnum(target)) return { type: "enum", name, values: stringValues(target) };
      return { type: "ref", name };
    }
    // A reference somewhere else (rare): inline it, refusing to loop on itself.
    if (inlining.has(ref)) return { type: "unknown" };
    return this.convert(target, `${pointer}/$ref`, depth + 1, new Set([...inlining, ref]));
  }

  private convertInline(raw: Record<string, unknown>, pointer: string, depth: number, inlining: Set<string>): Schema {
    const child = (value: unknown, ...tokens: Array<string | number>) => this.convert(value, `${pointer}${pointerOf(...tokens)}`, depth + 1, inlining);
    for (const combinator of ["oneOf", "anyOf"] as const) {
      const variants = raw[combinator];
      if (Array.isArray(variants) && variants.length > 0) return { type: "union", variants: variants.map((variant, index) => child(variant, combinator, index)) };
    }
    if (Array.isArray(raw["allOf"]) && raw["allOf"].length > 0) return this.mergeAllOf(raw["allOf"], child);
    if (Array.isArray(raw["enum"]) && raw["enum"].every((value) => typeof value === "string")) {
      return { type: "enum", values: stringValues(raw) };
    }
    const type = typeof raw["type"] === "string" ? raw["type"] : inferType(raw);
    switch (type) {
      case "string":
        return pick({ type: "string" }, raw, ["format", "pattern", "minLength", "maxLength"]);
      case "integer":
      case "number":
        return pick({ type }, raw, ["format", "minimum", "maximum"]);
      case "boolean":
        return { type: "boolean" };
      case "array":
        return pick({ type: "array", items: child(raw["items"], "items") }, raw, ["minItems", "maxItems"]);
      case "object":
        return this.convertObject(raw, child);
      default:
        return { type: "unknown" };
    }
  }

  private convertObject(raw: Record<string, unknown>, child: (value: unknown, ...tokens: Array<string | number>) => Schema): ObjectSchema {
    const required = new Set(Array.isArray(raw["required"]) ? raw["required"].map(String) : []);
    const properties: Property[] = Object.entries(isRecord(raw["properties"]) ? raw["properties"] : {}).map(([name, value]) => ({
      name,
      required: required.has(name),
      schema: child(value, "properties", name),
    }));
    const object: ObjectSchema = { type: "object", properties };
    const additional = raw["additionalProperties"];
    if (additional === true || isRecord(additional)) object.additionalProperties = additional === true ? true : child(additional, "additionalProperties");
    return object;
  }

  private mergeAllOf(parts: unknown[], child: (value: unknown, ...tokens: Array<string | number>) => Schema): Schema {
    const converted = parts.map((part, index) => this.dereferenceObject(child(part, "allOf", index)));
    if (converted.length === 1) return converted[0]!;
    if (!converted.every((part): part is ObjectSchema => part.type === "object")) return { type: "union", variants: converted };
    const byName = new Map<string, Property>();
    for (const part of converted) for (const property of part.properties) byName.set(property.name, property);
    return { type: "object", properties: [...byName.values()] };
  }

  /** For allOf merging only: looks through a ref to its object, one level. */
  private dereferenceObject(schema: Schema): Schema {
    if (schema.type !== "ref") return schema;
    const target = resolvePointer(this.root, `${COMPONENT_SCHEMA_PREFIX}${schema.name.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    if (!isRecord(target) || !isRecord(target["properties"])) return schema;
    return this.convertInline(target, pointerOf("components", "schemas", schema.name), 1, new Set([schema.name]));
  }

  private componentEntries(): Array<[string, unknown]> {
    const components = this.root["components"];
    const schemas = isRecord(components) && isRecord(components["schemas"]) ? components["schemas"] : {};
    return Object.entries(schemas).sort(([a], [b]) => compareCodeUnits(a, b));
  }
}

function isStringEnum(raw: unknown): raw is Record<string, unknown> {
  return isRecord(raw) && (raw["type"] === "string" || raw["type"] === undefined) && Array.isArray(raw["enum"]) && raw["enum"].every((value) => typeof value === "string");
}

function stringValues(raw: Record<string, unknown>): string[] {
  return [...new Set((raw["enum"] as string[]).map(String))];
}

function inferType(raw: Record<string, unknown>): string | undefined {
  if (isRecord(raw["properties"]) || raw["additionalProperties"] !== undefined) return "object";
  if (raw["items"] !== undefined) return "array";
  return undefined;
}

function pick<T extends object>(target: T, raw: Record<string, unknown>, keys: string[]): T {
  for (const key of keys) {
    const value = raw[key];
    if (typeof value === "string" || typeof value === "number") (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

function withDescription<T extends { description?: string }>(target: T, raw: Record<string, unknown>): T {
  if (typeof raw["description"] === "string" && raw["description"] !== "") target.description = raw["description"];
  return target;
}

function withCommon(schema: Schema, raw: Record<string, unknown>): Schema {
  withDescription(schema, raw);
  if (raw["nullable"] === true) schema.nullable = true;
  if (raw["deprecated"] === true) schema.deprecated = true;
  const twilio = raw["x-twilio"];
  if (isRecord(twilio) && isRecord(twilio["pii"]) && typeof twilio["pii"]["handling"] === "string") schema.pii = twilio["pii"]["handling"];
  return schema;
}
