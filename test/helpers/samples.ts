import type { ApiModel, Operation, Schema } from "../../generator/model/types.ts";
import { optionKey } from "../../templates/runtime/option-keys.ts";

/** A value that satisfies a spec schema, as a careful caller would pass it. */
export function sampleValue(schema: Schema, name: string, api?: ApiModel, depth = 0): unknown {
  switch (schema.type) {
    case "string":
      if (schema.format === "date-time") return new Date("2024-05-01T10:20:30Z");
      if (schema.format === "date") return "2024-05-01";
      if (schema.format === "uri") return "https://example.com/hook";
      if (schema.format === "phone-number") return "+15005550006";
      if (schema.pattern !== undefined) return fromPattern(schema.pattern, name);
      return "sample".padEnd(schema.minLength ?? 0, "x");
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    case "enum":
      return schema.values[0] ?? "";
    case "array":
      return [sampleValue(schema.items, name, api, depth + 1), sampleValue(schema.items, name, api, depth + 1)];
    case "object":
      // Required properties at any depth (a minimal valid body); optional ones only near the top.
      if (depth > 8) return {};
      return Object.fromEntries(schema.properties.filter((property) => property.required || depth < 2).map((property) => [property.name, sampleValue(property.schema, property.name, api, depth + 1)]));
    case "ref": {
      const named = api?.schemas.find((candidate) => candidate.name === schema.name)?.schema;
      return named && depth <= 8 ? sampleValue(named, name, api, depth + 1) : {};
    }
    default:
      return { note: "sample" };
  }
}

const CANDIDATES = ["US", "sample", "1", "en-US", "2024-05-01", "+15005550006", "a"];

/** Twilio's SID patterns, `^IS[0-9a-fA-F]{32}$`, give `ISaaaa…`; a few other shapes are tried before giving up. */
function fromPattern(pattern: string, name: string): string {
  const sid = /^\^?([A-Z]{2})\[0-9a-f(?:A-F)?\]\{32\}\$?$/.exec(pattern);
  if (sid) return `${sid[1]}${"a".repeat(32)}`;
  const regex = new RegExp(pattern);
  const candidate = CANDIDATES.find((value) => regex.test(value));
  if (candidate !== undefined) return candidate;
  throw new Error(`no sample for ${name} with pattern ${pattern}`);
}

export function samplePathValues(operation: Operation): string[] {
  return operation.parameters.filter((parameter) => parameter.location === "path").map((parameter) => String(sampleValue(parameter.schema, parameter.name)));
}

/** Every non-path parameter, keyed as a caller spells it (arrays included); a JSON body's fields as they are. */
export function sampleOptions(operation: Operation, api?: ApiModel): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    if (parameter.location === "path") continue;
    options[optionKey(parameter.name)] = sampleValue(parameter.schema, parameter.name, api);
  }
  if (operation.jsonBody) {
    const body = sampleValue(operation.jsonBody.schema, "body", api);
    if (typeof body === "object" && body !== null && !Array.isArray(body)) Object.assign(options, body);
  }
  return options;
}

export function arrayFormFields(operation: Operation): string[] {
  return operation.parameters.filter((parameter) => parameter.location === "form" && parameter.schema.type === "array").map((parameter) => parameter.name);
}
