import type { ApiModel, CapabilityModel, CapabilityTool, CredentialVariables, GenerationModel, Hints, Operation, OutputShape } from "../model/types.ts";
import { setOwn } from "../own.ts";
import { claimToolName, humanTitle, toolName } from "../names.ts";
import { capabilityInputs, operationInputs, type FixedInput, type Input } from "./inputs.ts";
import { flattenRoot, restatesName, shortDescription, toJsonSchema, type JsonSchema } from "./json-schema.ts";
import { specOperation } from "./routes.ts";
import { outputPaths, type OutputSink } from "./sink.ts";
import { declaredOutput } from "./outputs.ts";
import type { DeclaredOutput } from "../../templates/server/shared/output-mapping.ts";

/** An MCP 2025-11-25 Tool object, exactly as `tools/list` returns it. */
export interface McpTool {
  name: string;
  title: string;
  description: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  /** Only the hints that differ from MCP's defaults (readOnly false, destructive true, idempotent false, openWorld true). */
  annotations: McpAnnotations;
}

export interface McpAnnotations {
  readOnlyHint?: true;
  destructiveHint?: false;
  idempotentHint?: true;
}

/** What the MCP server needs beside a tool: the operation it calls and where each argument goes. */
export interface ToolBinding {
  api: string;
  operationId: string;
  inputs: Array<Pick<Input, "name" | "feeds">>;
  fixed?: FixedInput[];
  /** The capability's declared output: what the tool returns instead of Twilio's whole body. */
  output?: DeclaredOutput;
}

/** What an MCP server over a capability takes from the file: its name, instructions, transport and port, and credential variables. */
export interface McpServerSettings {
  port: number;
  name?: string;
  transport?: "http" | "stdio";
  instructions?: string;
  credentials?: CredentialVariables;
}

/** The port a capability's MCP adapter asks for when it names none. */
export const DEFAULT_MCP_PORT = 9090;

/**
 * `mcp.json` per API (every operation) and per capability (the declared tools),
 * with `mcp.bindings.json` beside each for the server.
 */
export function emitMcpManifests(model: GenerationModel, sink: OutputSink): void {
  for (const api of model.apis) {
    const tools = apiTools(api);
    const entries = api.operations.map((operation, index) => ({ tool: tools[index]!, binding: binding(api, operation, operationInputs(operation)) }));
    writeManifest(sink, (file) => outputPaths.api(api.id, file), entries, { port: DEFAULT_MCP_PORT });
  }
  for (const capability of model.capabilities) {
    const entries = capability.tools.map((tool) => capabilityTool(model, capability, tool));
    writeManifest(sink, (file) => outputPaths.capability(capability.id, file), entries, mcpSettings(capability));
  }
}

/** Made once per API: the change report reads the same tools the manifest writes (made twice, they were ~4% of an `--all` run). */
const toolsOfApi = new WeakMap<ApiModel, readonly McpTool[]>();

/** The API manifest's tools, in operation order: what `mcp.json` lists (the change report compares them). Read-only. */
export function apiTools(api: ApiModel): readonly McpTool[] {
  const known = toolsOfApi.get(api);
  if (known !== undefined) return known;
  const names = apiToolNames(api);
  const tools = api.operations.map((operation) => apiTool(api, operation, names.get(operation.operationId)!));
  toolsOfApi.set(api, tools);
  return tools;
}

/** Each operation's tool name in an API manifest, by the documented rule; the docs name the same tools. */
export function apiToolNames(api: ApiModel): Map<string, string> {
  const taken = new Set<string>();
  return new Map(api.operations.map((operation) => [operation.operationId, claimToolName(taken, toolName(operation.operationId))]));
}

export function mcpSettings(capability: CapabilityModel): McpServerSettings {
  const settings: McpServerSettings = { port: capability.mcp.port ?? DEFAULT_MCP_PORT };
  if (capability.mcp.namespace !== undefined) settings.name = capability.mcp.namespace;
  if (capability.mcp.transport !== undefined) settings.transport = capability.mcp.transport;
  if (capability.mcp.instructions !== undefined) settings.instructions = capability.mcp.instructions;
  if (capability.credentials !== undefined) settings.credentials = capability.credentials;
  return settings;
}

function writeManifest(sink: OutputSink, path: (file: string) => string, entries: Array<{ tool: McpTool; binding: ToolBinding }>, settings: McpServerSettings): void {
  sink.addJson(path("mcp.json"), { tools: entries.map((entry) => entry.tool) });
  sink.addJson(path("mcp.bindings.json"), { ...settings, tools: Object.fromEntries(entries.map((entry) => [entry.tool.name, entry.binding])) });
}

/** Annotations follow the HTTP method: GET reads, DELETE destroys, and both are idempotent; POST is neither. */
function apiTool(api: ApiModel, operation: Operation, name: string): McpTool {
  const title = humanTitle(operation.operationId);
  return tool(api, operation, name, title, operation.description ?? operation.summary ?? title, operationInputs(operation), operation.hints);
}

function capabilityTool(model: GenerationModel, capability: CapabilityModel, declared: CapabilityTool): { tool: McpTool; binding: ToolBinding } {
  const bound = capability.operations.find((operation) => operation.name === declared.operation)!;
  const { api, operation } = specOperation(model, bound);
  const { inputs, fixed } = capabilityInputs(bound, declared.with, operation);
  const hints: Hints = { readOnly: declared.hints.readOnly ?? operation.hints.readOnly, destructive: declared.hints.destructive ?? operation.hints.destructive, idempotent: declared.hints.idempotent ?? operation.hints.idempotent };
  const title = declared.title ?? humanTitle(declared.name);
  const made = tool(api, operation, declared.name, title, declared.description ?? operation.description ?? title, inputs, hints);
  const result = binding(api, operation, inputs);
  if (fixed.length > 0) result.fixed = fixed;
  if (declared.output !== undefined) {
    const { output, outputSchema } = declaredOutput(api, operation, declared.output, { capability, label: `tool ${declared.name}` });
    made.outputSchema = outputSchema;
    result.output = output;
  }
  return { tool: made, binding: result };
}

function tool(api: ApiModel, operation: Operation, name: string, title: string, description: string, inputs: Input[], hints: Hints): McpTool {
  const made: McpTool = {
    name,
    title,
    description,
    inputSchema: inputSchema(api, operation, inputs),
    annotations: annotations(hints),
  };
  const output = operation.success.schema && flattenRoot(toJsonSchema(operation.success.schema, api, { descriptions: false, constraints: false }));
  if (output && output["type"] === "object" && Object.keys((output["properties"] as object | undefined) ?? {}).length > 0) made.outputSchema = output;
  return made;
}

/** Twilio's paging parameters, the same on every list: the server's instructions describe them once. */
const PAGING_PARAMETERS = new Set(["PageSize", "Page", "PageToken"]);

/**
 * Hints equal to the protocol's defaults are left out: a client reads an absent
 * hint as its default, so the list says the same in fewer tokens. Every tool
 * reaches Twilio, which is the default open world.
 */
function annotations(hints: Hints): McpAnnotations {
  // destructiveHint and idempotentHint mean something only when readOnlyHint is false.
  if (hints.readOnly) return { readOnlyHint: true };
  const result: McpAnnotations = {};
  if (!hints.destructive) result.destructiveHint = false;
  if (hints.idempotent) result.idempotentHint = true;
  return result;
}

/** Unknown arguments are refused (`additionalProperties: false`): a misspelt name must not vanish silently. */
function inputSchema(api: ApiModel, operation: Operation, inputs: Input[]): JsonSchema {
  const properties: JsonSchema = {};
  for (const input of inputs) {
    const schema = toJsonSchema(input.schema, api, { descriptions: true, constraints: true });
    if (input.description !== undefined && schema["description"] === undefined) schema["description"] = shortDescription(input.description);
    const paging = operation.pagination !== undefined && "location" in input.feeds && PAGING_PARAMETERS.has(input.feeds.parameter);
    if (paging || (typeof schema["description"] === "string" && restatesName(input.name, schema["description"]))) delete schema["description"];
    setOwn(properties, input.name, schema);
  }
  const required = inputs.filter((input) => input.required).map((input) => input.name);
  const schema: JsonSchema = { type: "object", properties, additionalProperties: false };
  if (required.length > 0) schema["required"] = required;
  return schema;
}

function binding(api: ApiModel, operation: Operation, inputs: Input[]): ToolBinding {
  return { api: api.id, operationId: operation.operationId, inputs: inputs.map((input) => ({ name: input.name, feeds: input.feeds })) };
}
