import type { ApiModel, Schema } from "../model/types.ts";
import { setOwn } from "../own.ts";

export type JsonSchema = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Formats that JSON Schema validators know. Twilio's own (`int64`,
 * `phone-number`, `date-time-rfc-2822`, …) make strict validators in MCP
 * clients refuse a whole tool list, so they are left out.
 */
const STANDARD_FORMATS = new Set(["date-time", "date", "time", "uri", "email", "uuid", "ipv4", "ipv6", "hostname"]);

/** Named schemas are inlined to this depth; deeper (or recursive) ones become `{}`, which accepts anything. */
const MAX_INLINE_DEPTH = 3;

export interface JsonSchemaOptions {
  /** Keep descriptions, shortened to their first sentence. */
  descriptions: boolean;
  /** Keep pattern, minLength and maxLength: worth it for inputs, noise in outputs. */
  constraints: boolean;
}

const MAX_DESCRIPTION = 160;

/** The first sentence, at most 160 characters: what a model needs to pick a value, without the page it came from. */
export function shortDescription(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(flat)?.[1] ?? flat;
  return sentence.length <= MAX_DESCRIPTION ? sentence : `${sentence.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…`;
}

/** A model schema as JSON Schema (draft 2020-12 subset), resolving named schemas of the API. */
export function toJsonSchema(schema: Schema, api: ApiModel, options: JsonSchemaOptions, depth = 0, seen: ReadonlySet<string> = new Set()): JsonSchema {
  const result = base(schema, api, options, depth, seen);
  if (options.descriptions && schema.description !== undefined && schema.description !== "") result["description"] = shortDescription(schema.description);
  if (schema.nullable && typeof result["type"] === "string") result["type"] = [result["type"], "null"];
  return result;
}

function base(schema: Schema, api: ApiModel, options: JsonSchemaOptions, depth: number, seen: ReadonlySet<string>): JsonSchema {
  const recurse = (child: Schema) => toJsonSchema(child, api, options, depth, seen);
  switch (schema.type) {
    case "string": {
      const result: JsonSchema = { type: "string" };
      if (schema.format !== undefined && STANDARD_FORMATS.has(schema.format)) result["format"] = schema.format;
      if (options.constraints && schema.pattern !== undefined) result["pattern"] = schema.pattern;
      if (options.constraints && schema.minLength !== undefined) result["minLength"] = schema.minLength;
      if (options.constraints && schema.maxLength !== undefined) result["maxLength"] = schema.maxLength;
      return result;
    }
    case "integer":
    case "number": {
      const result: JsonSchema = { type: schema.type };
      if (schema.minimum !== undefined) result["minimum"] = schema.minimum;
      if (schema.maximum !== undefined) result["maximum"] = schema.maximum;
      return result;
    }
    case "boolean":
      return { type: "boolean" };
    case "enum":
      return { type: "string", enum: [...schema.values] };
    case "array":
      return { type: "array", items: recurse(schema.items) };
    case "object": {
      const result: JsonSchema = { type: "object", properties: Object.fromEntries(schema.properties.map((property) => [property.name, recurse(property.schema)])) };
      const required = schema.properties.filter((property) => property.required).map((property) => property.name);
      if (required.length > 0) result["required"] = required;
      return result;
    }
    case "ref": {
      const named = api.schemas.find((candidate) => candidate.name === schema.name)?.schema;
      if (named === undefined || seen.has(schema.name) || depth >= MAX_INLINE_DEPTH) return {};
      return toJsonSchema(named, api, options, depth + 1, new Set([...seen, schema.name]));
    }
    case "union":
      return { anyOf: schema.variants.map(recurse) };
    case "unknown":
      return {};
  }
}

/**
 * Major MCP clients refuse a root `oneOf`/`anyOf`/`allOf`: merge the variants'
 * object properties into one object, keeping only what every variant requires.
 */
export function flattenRoot(schema: JsonSchema): JsonSchema {
  const variants = (["oneOf", "anyOf", "allOf"] as const).flatMap((key) => (Array.isArray(schema[key]) ? (schema[key] as JsonSchema[]) : []));
  if (variants.length === 0) return schema.type === "object" ? schema : { type: "object", properties: {} };
  const properties: { [key: string]: JsonValue } = {};
  for (const variant of variants) for (const [key, value] of Object.entries((variant["properties"] as { [key: string]: JsonValue } | undefined) ?? {})) setOwn(properties, key, value);
  const requiredSets = variants.map((variant) => new Set((variant["required"] as string[] | undefined) ?? []));
  const required = [...(requiredSets[0] ?? [])].filter((name) => requiredSets.every((set) => set.has(name)));
  const flat: JsonSchema = { type: "object", properties };
  if (required.length > 0) flat["required"] = required;
  return flat;
}
