import type { Server } from "@modelcontextprotocol/server";
import type { Credentials } from "../shared/credentials.js";
import type { McpTool } from "../shared/tables.js";
import type { ServeTarget } from "../shared/target.js";
import type { Upstream } from "../shared/upstream.js";
import { targetBackend } from "./backend.js";
import type { ToolMode } from "./tool-modes.js";
import { toolServerFactory } from "./tool-server.js";

export interface ToolScope {
  /** Keep tools whose operation sits under one of these resources (accessor or path segment, any case). */
  resources?: string[];
  /** Keep tools whose operation has one of these tags. */
  tags?: string[];
  readOnly?: boolean;
}

export type Log = (line: string) => void;

/** The tools a server offers after scoping (`--resource`, `--tag`, `--read-only`). */
export class ToolSet {
  readonly tools: McpTool[];

  constructor(target: ServeTarget, scope: ToolScope = {}) {
    this.tools = target.tools.filter((tool) => inScope(target, tool, scope));
  }

  find(name: string): McpTool | undefined {
    return this.tools.find((tool) => tool.name === name);
  }
}

function inScope(target: ServeTarget, tool: McpTool, scope: ToolScope): boolean {
  if (scope.readOnly && tool.annotations.readOnlyHint !== true) return false;
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

export interface McpServerOptions {
  mode?: ToolMode;
  /** `all` mode: list every tool's output schema, not only declared ones. */
  outputSchemas?: boolean;
  /** Code mode builds its own client on this side of the sandbox; it needs the credentials the upstream has. */
  credentials?: Credentials;
  timeoutMs?: number;
}

/**
 * MCP servers over one target, one per HTTP request or stdio connection, for
 * MCP 2025-11-25 and 2026-07-28: list the tools of the mode, validate, call
 * Twilio through the generated client. What is shared (validators, catalog,
 * docs index) is built once here.
 */
export function mcpServerFactory(target: ServeTarget, tools: ToolSet, upstream: Upstream, log: Log, version: string, options: McpServerOptions = {}): () => Server {
  const scoped = { ...target, tools: tools.tools };
  const credentials = options.credentials ?? { username: "", password: "" };
  const clientCredentials = { ...credentials, ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) };
  const docsDirectories = [...target.apis.values()].map((api) => api.directory);
  // A capability's exposes namespace names its server; its description is the server's instructions.
  const backend = targetBackend(scoped, { name: target.mcp.name ?? `twilio-${target.id}`, ...(target.mcp.instructions === undefined ? {} : { instructions: target.mcp.instructions }), version, call: (binding, args, signal) => upstream.call(binding as Parameters<Upstream["call"]>[0], args, signal), credentials: clientCredentials, docsDirectories, log });
  return toolServerFactory(backend, { mode: options.mode ?? "all", outputSchemas: options.outputSchemas === true });
}

/** One MCP server over a target (in-memory tests, a single stdio connection). */
export function createMcpServer(target: ServeTarget, tools: ToolSet, upstream: Upstream, log: Log, version: string, options: McpServerOptions = {}): Server {
  return mcpServerFactory(target, tools, upstream, log, version, options)();
}
