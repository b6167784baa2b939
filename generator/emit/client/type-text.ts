import type { ApiModel, Parameter, Schema } from "../../model/types.ts";
import { stringLiteral } from "../ts.ts";
import type { ParameterCode } from "../../../templates/runtime/descriptors.ts";
import type { WireKind } from "../../../templates/runtime/serialize.ts";

const DATE_FORMATS = new Set(["date-time", "date-time-rfc-2822", "date"]);

/** Resolves named enums to their type alias names; everything else is structural. */
export interface TypeNames {
  enumType(name: string): string;
}

/** The type of a request option: what a caller may pass. */
export function inputType(schema: Schema, names: TypeNames): string {
  switch (schema.type) {
    case "string":
      return schema.format !== undefined && DATE_FORMATS.has(schema.format) ? "Date | string" : "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "enum":
      return enumText(schema.name, schema.values, names);
    case "array":
      return `Array<${inputType(schema.items, names)}>`;
    case "object":
    case "ref":
      return "Record<string, unknown> | string";
    case "union":
    case "unknown":
      return "unknown";
  }
}

/** The type of a response field as the instance holds it (dates parsed, nullable kept). */
export function outputType(schema: Schema, names: TypeNames, topLevel = true): string {
  const base = outputBase(schema, names, topLevel);
  return schema.nullable && base !== "unknown" ? `${base} | null` : base;
}

function outputBase(schema: Schema, names: TypeNames, topLevel: boolean): string {
  const scalar = scalarType(schema, names, topLevel);
  if (scalar !== undefined) return scalar;
  if (schema.type === "array") return `Array<${outputType(schema.items, names, false)}>`;
  return schema.type === "object" || schema.type === "ref" ? "Record<string, unknown>" : "unknown";
}

/**
 * The type of an instance field as twilio-node declares it, so twilio-typed
 * reads compile: never optional or nullable, dates as `Date`, `links` as
 * `Record<string, string>`, and objects as `TwilioObject` (twilio-node's `any`).
 */
export function fieldType(name: string, schema: Schema, names: TypeNames, topLevel = true): string {
  if (topLevel && name === "links" && (schema.type === "object" || schema.type === "ref")) return "Record<string, string>";
  const scalar = scalarType(schema, names, topLevel);
  if (scalar !== undefined) return scalar;
  return schema.type === "array" ? `Array<${fieldType(name, schema.items, names, false)}>` : TWILIO_OBJECT;
}

/** Strings, numbers, booleans and enums read the same in every response type; dates parse at the top level only. */
function scalarType(schema: Schema, names: TypeNames, topLevel: boolean): string | undefined {
  switch (schema.type) {
    case "string":
      return topLevel && schema.format !== undefined && DATE_FORMATS.has(schema.format) ? "Date" : "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "enum":
      return enumText(schema.name, schema.values, names);
    default:
      return undefined;
  }
}

/** The alias, declared once in types.ts, for the places where twilio-node's published type is `any`. */
export const TWILIO_OBJECT = "TwilioObject";

function enumText(name: string | undefined, values: string[], names: TypeNames): string {
  if (name !== undefined) return names.enumType(name);
  return values.length === 0 ? "string" : values.map(stringLiteral).join(" | ");
}

/** How the runtime serializes a parameter. */
export function wireKind(schema: Schema): WireKind {
  switch (schema.type) {
    case "boolean":
      return "boolean";
    case "integer":
    case "number":
      return "number";
    case "string":
      return schema.format === "date-time" ? "date-time" : schema.format === "date" ? "date" : "string";
    case "enum":
      return "string";
    case "array":
      return wireKind(schema.items);
    default:
      return "json";
  }
}

export function parameterCode(parameter: Parameter): ParameterCode {
  const kind = wireKind(parameter.schema);
  const array = parameter.schema.type === "array";
  if (kind === "string" && !array) return parameter.name;
  return array ? [parameter.name, kind, 1] : [parameter.name, kind];
}

/** Top-level response fields that the runtime turns into Date. */
export function dateFields(schema: Schema | undefined, api: ApiModel): string[] {
  const object = resolveObject(schema, api);
  if (object === undefined) return [];
  return object.properties.filter((property) => property.schema.type === "string" && property.schema.format !== undefined && DATE_FORMATS.has(property.schema.format)).map((property) => property.name);
}

export function resolveObject(schema: Schema | undefined, api: ApiModel): Extract<Schema, { type: "object" }> | undefined {
  if (schema?.type === "object") return schema;
  if (schema?.type !== "ref") return undefined;
  const named = api.schemas.find((candidate) => candidate.name === schema.name)?.schema;
  return named?.type === "object" ? named : undefined;
}
