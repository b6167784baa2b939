/**
 * The files a server reads, as the generator writes them (`mcp.json`,
 * `mcp.bindings.json`, `routes.json`, `calls.json`). These are the server's
 * view; test/types/server-tables.ts checks the generator's types fit them.
 */
export type JsonSchema = Record<string, unknown>;

export type ParameterLocation = "path" | "query" | "header" | "form";

/** Where a value goes upstream: one parameter, or the whole request body. */
export type Feed = { location: ParameterLocation; parameter: string } | { body: true };

export interface McpTool {
  name: string;
  title: string;
  description: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };
}

export interface FixedInput {
  feeds: Feed;
  value: string;
}

/** The operation a tool calls, and where each argument goes. */
export interface ToolBinding {
  api: string;
  operationId: string;
  inputs: Array<{ name: string; feeds: Feed }>;
  fixed?: FixedInput[];
}

export interface BindingsFile {
  port: number;
  tools: Record<string, ToolBinding>;
}

export interface RouteParameter {
  name: string;
  in: "path" | "query" | "header" | "body";
  required: boolean;
  feeds: Feed;
  schema: JsonSchema;
}

export interface RouteEntry {
  method: string;
  path: string;
  name: string;
  operation: { api: string; operationId: string; method: string; path: string };
  parameters: RouteParameter[];
  resource?: string;
  description?: string;
}

export interface RoutesFile {
  port?: number;
  routes: RouteEntry[];
}

/** How to reach one operation through the generated client. */
export interface CallRoute {
  kind: string;
  method: string;
  path: string;
  chain: Array<{ name: string; call?: "instance" | "singleton"; arity?: number }>;
  pathParameters: string[];
  json?: true;
  takesParams: boolean;
  tags: string[];
}

export interface CallTable {
  api: string;
  /** The client module, relative to the API's package folder. */
  client: string;
  domain: string;
  version: string;
  operations: Record<string, CallRoute>;
}
