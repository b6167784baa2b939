type JsonSchema = Record<string, unknown>;

/** Arguments that satisfy a tool's input schema: every property, with Twilio-shaped SIDs. */
export function sampleArguments(schema: JsonSchema): Record<string, unknown> {
  return sample(schema) as Record<string, unknown>;
}

export function sample(schema: JsonSchema): unknown {
  if (Array.isArray(schema["enum"])) return schema["enum"][0];
  const type = Array.isArray(schema["type"]) ? schema["type"][0] : schema["type"];
  switch (type) {
    case "object": {
      const properties = (schema["properties"] ?? {}) as Record<string, JsonSchema>;
      return Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, sample(property)]));
    }
    case "array":
      return [sample((schema["items"] ?? {}) as JsonSchema), sample((schema["items"] ?? {}) as JsonSchema)];
    case "integer":
    case "number":
      return typeof schema["minimum"] === "number" ? schema["minimum"] : 1;
    case "boolean":
      return true;
    case "string": {
      const pattern = typeof schema["pattern"] === "string" ? /^\^([A-Z]{2})\[0-9a-fA-F\]\{32\}\$$/.exec(schema["pattern"]) : null;
      if (pattern) return `${pattern[1]}${"a".repeat(32)}`;
      if (schema["format"] === "date-time") return "2024-05-01T10:20:30Z";
      if (schema["format"] === "uri") return "https://example.com/hook";
      return "sample";
    }
    default:
      return { note: "sample" };
  }
}
