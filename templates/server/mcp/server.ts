import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import type { McpTool } from "../shared/tables.js";
import type { ServeTarget } from "../shared/target.js";
import type { Upstream, UpstreamResult } from "../shared/upstream.js";

export interface ToolScope {
  /** Keep tools whose operation sits under one of these resources (accessor or path segment, any case). */
  resources?: string[];
  /** Keep tools whose operation has one of these tags. */
  tags?: string[];
  readOnly?: boolean;
}

export type Log = (line: string) => void;

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/** The tools a server offers after scoping, each with a compiled validator for its arguments. */
export class ToolSet {
  readonly tools: McpTool[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(
    private readonly target: ServeTarget,
    scope: ToolScope = {},
  ) {
    this.tools = target.tools.filter((tool) => inScope(target, tool, scope));
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    for (const tool of this.tools) this.validators.set(tool.name, ajv.compile(tool.inputSchema));
  }

  find(name: string): McpTool | undefined {
    return this.tools.find((tool) => tool.name === name);
  }

  /** A readable complaint, or undefined when the arguments fit the tool's input schema. */
  check(name: string, args: unknown): string | undefined {
    const validate = this.validators.get(name)!;
    if (validate(args)) return undefined;
    return (validate.errors ?? []).map((error) => `${error.instancePath === "" ? "arguments" : error.instancePath.slice(1).replace(/\//g, ".")} ${error.message ?? "is invalid"}${error.params && "allowedValues" in error.params ? ` (${(error.params["allowedValues"] as string[]).join(", ")})` : ""}`).join("; ");
  }
}

function inScope(target: ServeTarget, tool: McpTool, scope: ToolScope): boolean {
  if (scope.readOnly && !tool.annotations.readOnlyHint) return false;
  const binding = target.bindings[tool.name];
  const route = binding && target.apis.get(binding.api)?.table.operations[binding.operationId];
  if (!route) return false;
  if (scope.tags && scope.tags.length > 0 && !route.tags.some((tag) => scope.tags!.some((wanted) => wanted.toLowerCase() === tag.toLowerCase()))) return false;
  if (scope.resources && scope.resources.length > 0) {
    const names = new Set([...route.chain.map((step) => step.name.toLowerCase()), ...route.path.split("/").filter((segment) => segment !== "" && !segment.startsWith("{")).map((segment) => segment.toLowerCase())]);
    if (!scope.resources.some((wanted) => names.has(wanted.toLowerCase()))) return false;
  }
  return true;
}

/** An MCP server over one target: list the tools, validate, call Twilio through the generated client. */
export function createMcpServer(target: ServeTarget, tools: ToolSet, upstream: Upstream, log: Log, version: string): Server {
  // A capability's exposes namespace names its server; its description is the server's instructions.
  const server = new Server({ name: target.mcp.name ?? `twilio-${target.id}`, version }, { capabilities: { tools: {} }, ...(target.mcp.instructions === undefined ? {} : { instructions: target.mcp.instructions }) });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: tools.tools }));
  server.setRequestHandler(CallToolRequestSchema, async (request, extra): Promise<CallToolResult> => {
    const name = request.params.name;
    const tool = tools.find(name);
    if (!tool) return errorResult(`unknown tool ${JSON.stringify(name)}`);
    const args = request.params.arguments ?? {};
    const complaint = tools.check(name, args);
    if (complaint !== undefined) {
      log(`tool ${name}: refused, invalid arguments`);
      return errorResult(`invalid arguments for ${name}: ${complaint}`);
    }
    const started = performance.now();
    const result = await upstream.call(target.bindings[name]!, args, extra.signal);
    log(`tool ${name}: ${result.ok ? result.status : result.kind === "upstream" ? result.status : result.kind} in ${Math.round(performance.now() - started)} ms`);
    return toolResult(tool, result);
  });
  return server;
}

function toolResult(tool: McpTool, result: UpstreamResult): CallToolResult {
  if (!result.ok) {
    if (result.kind !== "upstream") return errorResult(result.message);
    const code = result.code === undefined ? "" : ` ${result.code}`;
    return errorResult(`Twilio error${code} (HTTP ${result.status}): ${result.message}${result.moreInfo ? ` — ${result.moreInfo}` : ""}`);
  }
  if (result.body === undefined) return { content: [{ type: "text", text: `Done (HTTP ${result.status}).` }] };
  const text = typeof result.body === "string" ? result.body : JSON.stringify(result.body);
  const structured = tool.outputSchema && typeof result.body === "object" && result.body !== null && !Array.isArray(result.body);
  return structured ? { content: [{ type: "text", text }], structuredContent: result.body as Record<string, unknown> } : { content: [{ type: "text", text }] };
}

function errorResult(message: string): CallToolResult {
  return { isError: true, content: [{ type: "text", text: message }] };
}
