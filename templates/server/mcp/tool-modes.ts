import type { JsonSchema, ListedTool, ManifestTool } from "./tool-types.js";

/**
 * How a server offers its operations:
 * - `all`: one tool per operation;
 * - `discover`: search, describe and call any operation through three tools;
 * - `code`: search the docs, and run JavaScript against the client in a sandbox.
 */
export type ToolMode = "all" | "discover" | "code";

export const TOOL_MODES: readonly ToolMode[] = ["all", "discover", "code"];

/** Above this many operations a whole API's tool list costs an agent more than it gains: discover instead. */
export const DISCOVER_ABOVE_OPERATIONS = 40;

export function parseToolMode(text: string | undefined): ToolMode | undefined {
  return TOOL_MODES.find((mode) => mode === text);
}

/** Capability servers offer their declared tools; an API server with many operations starts in discover mode. */
export function defaultToolMode(kind: "api" | "capability", operations: number): ToolMode {
  return kind === "api" && operations > DISCOVER_ABOVE_OPERATIONS ? "discover" : "all";
}

export interface LeanOptions {
  /** Serve every tool's output schema, not only declared ones. */
  outputSchemas?: boolean;
  /** Tools whose output a capability declares: their (small, exact) output schema is always served. */
  declaredOutputs?: ReadonlySet<string>;
}

/**
 * A manifest tool as `all` serves it. The title is left out (it is the name in
 * words), and so is a description that only repeats it. Output schemas of whole
 * Twilio bodies cost about a third of a list, so they are served on request;
 * `describe_operation` in discover mode always has them.
 */
export function leanTool(tool: ManifestTool, options: LeanOptions = {}): ListedTool {
  const listed: ListedTool = { name: tool.name, inputSchema: summarizeLargeEnums(tool.inputSchema) as JsonSchema };
  if (tool.description !== undefined && tool.description !== "" && tool.description !== tool.title) listed.description = tool.description;
  const served = options.outputSchemas === true || options.declaredOutputs?.has(tool.name) === true;
  if (served && tool.outputSchema !== undefined) listed.outputSchema = tool.outputSchema;
  if (tool.annotations !== undefined && Object.keys(tool.annotations).length > 0) listed.annotations = tool.annotations;
  return listed;
}

/** Enums longer than this are summarized in a listed tool; the server still checks the full list. */
export const LISTED_ENUM_LIMIT = 64;

/**
 * api.twilio.com's usage `Category` has hundreds of values and sits on ten
 * tools: listing it whole would be most of that API's tool list. Such an enum
 * is listed as a string with a few examples; the server validates against the
 * full list and names the closest value when one is wrong.
 */
export function summarizeLargeEnums(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(summarizeLargeEnums);
  if (typeof schema !== "object" || schema === null) return schema;
  const record = schema as Record<string, unknown>;
  const values = record["enum"];
  if (Array.isArray(values) && values.length > LISTED_ENUM_LIMIT) {
    const { enum: _dropped, ...rest } = record;
    const examples = values.slice(0, 4).map((value) => JSON.stringify(value)).join(", ");
    const note = `One of ${values.length} values, e.g. ${examples}; any other is refused with the closest.`;
    return { ...rest, description: typeof rest["description"] === "string" ? `${rest["description"]} ${note}` : note };
  }
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, key === "enum" || key === "const" ? value : summarizeLargeEnums(value)]));
}
