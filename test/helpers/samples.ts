import type { Operation, Schema } from "../../generator/model/types.ts";
import { optionKey } from "../../templates/runtime/option-keys.ts";

/** A value that satisfies a spec schema, as a careful caller would pass it. */
export function sampleValue(schema: Schema, name: string): unknown {
  switch (schema.type) {
    case "string":
      if (schema.format === "date-time") return new Date("2024-05-01T10:20:30Z");
      if (schema.format === "uri") return "https://example.com/hook";
      if (schema.pattern !== undefined) return fromPattern(schema.pattern, name);
      return "sample";
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    case "enum":
      return schema.values[0] ?? "";
    case "array":
      return [sampleValue(schema.items, name), sampleValue(schema.items, name)];
    default:
      return { note: "sample" };
  }
}

/** Twilio's SID patterns, `^IS[0-9a-fA-F]{32}$`, give `ISaaaa…`. */
function fromPattern(pattern: string, name: string): string {
  const sid = /^\^([A-Z]{2})\[0-9a-fA-F\]\{32\}\$$/.exec(pattern);
  if (sid) return `${sid[1]}${"a".repeat(32)}`;
  throw new Error(`no sample for ${name} with pattern ${pattern}`);
}

export function samplePathValues(operation: Operation): string[] {
  return operation.parameters.filter((parameter) => parameter.location === "path").map((parameter) => String(sampleValue(parameter.schema, parameter.name)));
}

/** Every non-path parameter, keyed as a caller spells it; arrays included. */
export function sampleOptions(operation: Operation): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    if (parameter.location === "path") continue;
    options[optionKey(parameter.name)] = sampleValue(parameter.schema, parameter.name);
  }
  return options;
}

export function arrayFormFields(operation: Operation): string[] {
  return operation.parameters.filter((parameter) => parameter.location === "form" && parameter.schema.type === "array").map((parameter) => parameter.name);
}
