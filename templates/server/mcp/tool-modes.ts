import type { ListedTool, ManifestTool } from "./tool-types.js";

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
  const listed: ListedTool = { name: tool.name, inputSchema: tool.inputSchema };
  if (tool.description !== undefined && tool.description !== "" && tool.description !== tool.title) listed.description = tool.description;
  const served = options.outputSchemas === true || options.declaredOutputs?.has(tool.name) === true;
  if (served && tool.outputSchema !== undefined) listed.outputSchema = tool.outputSchema;
  if (tool.annotations !== undefined && Object.keys(tool.annotations).length > 0) listed.annotations = tool.annotations;
  return listed;
}
