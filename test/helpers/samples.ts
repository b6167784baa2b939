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
    case "union":
      // oneOf/anyOf (messaging v3's typing indicator per channel): one variant, fully.
      return schema.variants[0] === undefined ? { note: "sample" } : sampleValue(schema.variants[0], name, api, depth);
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
  const built = simplestMatch(pattern);
  if (built !== undefined && regex.test(built)) return built;
  throw new Error(`no sample for ${name} with pattern ${pattern}`);
}

/**
 * The shortest string of a simple pattern (literals, classes, groups of
 * alternatives, quantifiers), e.g. `^mem_(store|service)_[0-7][0-9a-z]{25}$`
 * → `mem_store_00000…`; undefined for anything fancier.
 */
function simplestMatch(pattern: string): string | undefined {
  let position = 0;
  const atom = (): string | undefined => {
    const char = pattern[position++];
    if (char === "\\") {
      const escaped = pattern[position++] ?? "";
      return ({ d: "0", w: "a", s: " " } as Record<string, string>)[escaped] ?? escaped;
    }
    if (char === "[") {
      const end = pattern.indexOf("]", position + 1);
      if (end === -1 || pattern[position] === "^") return undefined;
      const first = pattern[position] === "\\" ? pattern[position + 1] : pattern[position];
      position = end + 1;
      return first;
    }
    if (char === "(") {
      const close = sequence();
      if (pattern[position] === "|") {
        let depth = 0;
        for (; position < pattern.length && !(pattern[position] === ")" && depth === 0); position++) depth += pattern[position] === "(" ? 1 : pattern[position] === ")" ? -1 : 0;
      }
      position++;
      return close;
    }
    return char === "." ? "a" : char;
  };
  const sequence = (): string | undefined => {
    let text = "";
    while (position < pattern.length && pattern[position] !== ")" && pattern[position] !== "|") {
      if (pattern[position] === "^" || pattern[position] === "$") {
        position++;
        continue;
      }
      const piece = atom();
      if (piece === undefined) return undefined;
      const quantifier = /^(\{(\d+)(,\d*)?\}|[+*?])/.exec(pattern.slice(position));
      position += quantifier?.[0].length ?? 0;
      const times = quantifier === null ? 1 : quantifier[2] !== undefined ? Number(quantifier[2]) : quantifier[0] === "+" ? 1 : 0;
      text += piece.repeat(times);
    }
    return text;
  };
  return sequence();
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
