/**
 * The files a server reads, as the generator writes them (`mcp.json`,
 * `mcp.bindings.json`, `routes.json`, `calls.json`). These are the server's
 * view; test/types/server-tables.ts checks the generator's types fit them.
 */
export type JsonSchema = Record<string, unknown>;

export type ParameterLocation = "path" | "query" | "header" | "form";

/** Where a value goes upstream: one parameter, or the whole request body. */
export type Feed = { location: ParameterLocation; parameter: string; /** Not in the spec: sent as declared, beside the client call. */ undeclared?: true } | { body: true };

/** A capability's declared `outputParameters` shape, carried for the server to apply. */
export interface OutputShape {
  type: "string" | "number" | "boolean" | "object" | "array";
  mapping?: string;
  value?: string;
  const?: unknown;
  properties?: Array<{ name: string; shape: OutputShape }>;
  items?: OutputShape;
}

/** Environment variables a capability names for its credentials (`authentication` through `binds`). */
export interface CredentialVariables {
  username?: string;
  password?: string;
  token?: string;
}

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
  output?: OutputShape;
}

export interface BindingsFile {
  port: number;
  /** The MCP server's name (the capability's exposes namespace). */
  name?: string;
  transport?: "http" | "stdio";
  instructions?: string;
  credentials?: CredentialVariables;
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
  output?: OutputShape;
}

export interface RoutesFile {
  port?: number;
  namespace?: string;
  credentials?: CredentialVariables;
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
