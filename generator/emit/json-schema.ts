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

/** `[Conversation](https://…)` → `Conversation`: the link costs tokens and a model cannot follow it. */
const MARKDOWN_LINK = /\[([^\]]*)\]\([^)\s]*\)/g;

/** The first sentence, at most 160 characters: what a model needs to pick a value, without the page it came from. */
export function shortDescription(text: string): string {
  const flat = text.replace(MARKDOWN_LINK, "$1").replace(/\s+/g, " ").trim();
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
      const implied = schema.pattern === undefined ? undefined : fixedPatternLength(schema.pattern);
      if (options.constraints && schema.minLength !== undefined && schema.minLength !== implied) result["minLength"] = schema.minLength;
      if (options.constraints && schema.maxLength !== undefined && schema.maxLength !== implied) result["maxLength"] = schema.maxLength;
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
      // Only a closed object the model knows to be closed: spec objects say nothing, so they stay open.
      if (schema.additionalProperties === false) result["additionalProperties"] = false;
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
 * The one length an anchored pattern of literals and counted classes allows
 * (`^MG[0-9a-fA-F]{32}$` → 34), so min/maxLength beside it say nothing new.
 */
export function fixedPatternLength(pattern: string): number | undefined {
  const body = /^\^(.*)\$$/.exec(pattern)?.[1];
  if (body === undefined) return undefined;
  let length = 0;
  for (const token of body.matchAll(/\[[^\]\\]*\]\{(\d+)\}|\[[^\]\\]*\]|[A-Za-z0-9_-]|(.)/g)) {
    if (token[2] !== undefined) return undefined;
    length += token[1] === undefined ? 1 : Number(token[1]);
  }
  return length;
}

/** Words a description may use without saying more than the parameter's own name does. */
const FILLER = new Set(["the", "a", "an", "of", "this", "http", "request", "header", "parameter", "value"]);

/**
 * A description that only restates its parameter's name ("The Flex-Metadata HTTP
 * request header", "The page token.", "ChannelType parameter") is dropped: it
 * costs tokens on every tool and tells a model nothing.
 */
export function restatesName(name: string, description: string): boolean {
  const nameWords = new Set(words(name));
  return words(description).every((word) => FILLER.has(word) || nameWords.has(word));
}

function words(text: string): string[] {
  return text.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== "");
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
