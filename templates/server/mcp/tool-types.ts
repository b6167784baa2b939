/** JSON Schema as the manifests carry it: plain JSON. */
/** Loose on purpose: it must accept the tables' `Record<string, unknown>` schemas as they are read. */
export type JsonSchema = { [key: string]: unknown };
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Hints that differ from MCP's defaults; an absent hint means the default. */
export interface ToolAnnotations {
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}

/** One tool of a generated `mcp.json`: the full description, richer than what `tools/list` serves by default. */
export interface ManifestTool {
  name: string;
  title?: string;
  description?: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  annotations?: ToolAnnotations;
}

/** What `tools/list` serves for one tool. */
export interface ListedTool {
  name: string;
  title?: string;
  description?: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  annotations?: ToolAnnotations;
}
