import { ProtocolError, ProtocolErrorCode, Server, type CallToolResult, type Tool } from "@modelcontextprotocol/server";
import { structuredOutput, type DeclaredOutput } from "../shared/output-mapping.js";
import { ArgumentChecker } from "./argument-check.js";
import { CodeRunner, codeTools, DocsIndex, EXECUTE, SEARCH_DOCS, type DocPage } from "./code-mode.js";
import { CALL_OPERATION, DESCRIBE_OPERATION, DISCOVER_TOOLS, OperationCatalog, SEARCH_OPERATIONS, type CatalogEntry } from "./discover.js";
import { closestName } from "./strict-arguments.js";
import { leanTool, type ToolMode } from "./tool-modes.js";
import type { ListedTool } from "./tool-types.js";
import { describeError, errorDetails } from "./upstream-errors.js";

/** What came back from upstream; the servers' upstream module produces exactly this. */
export type CallOutcome =
  | { ok: true; status: number; body: unknown }
  | { ok: false; kind: "upstream"; status: number; body: unknown; code?: number; message: string; moreInfo?: string }
  | { ok: false; kind: string; message: string };

/** One operation the server can run, as `all` lists it, with its declared output if any. */
export interface ServedOperation extends CatalogEntry {
  output?: DeclaredOutput;
}

/** Everything a tool server needs from its surroundings: the operations, a way to call them, and for code mode the docs and a client. */
export interface ToolBackend {
  /** `serverInfo.name`. */
  name: string;
  /** The capability's own words for the server (its description); they replace the mode's instructions. */
  instructions?: string;
  version: string;
  operations: readonly ServedOperation[];
  call(operation: ServedOperation, args: Record<string, unknown>, signal: AbortSignal): Promise<CallOutcome>;
  /** Code mode: the package's SKILL.md and docs pages. */
  docs?: () => DocPage[];
  /** Code mode: a client holding the credentials, made fresh for one script run. */
  client?: () => Promise<object>;
  log(line: string): void;
}

export interface ToolServerOptions {
  mode: ToolMode;
  /** `all` mode: serve every output schema, not only declared ones. */
  outputSchemas?: boolean;
}

/** The tool list never changes while a server runs, and does not depend on who asks. */
const LIST_CACHE = { ttlMs: 3_600_000, cacheScope: "public" as const };

const PAGING = "List operations take PageSize (items per page); for the next page pass the PageToken (and Page) from the previous page's meta.next_page_url.";

const INSTRUCTIONS: Record<ToolMode, string> = {
  all: `Each tool is one Twilio API operation. ${PAGING}`,
  discover: `Find an operation with search_operations, read its arguments with describe_operation, then run it with call_operation. ${PAGING}`,
  code: "Search the docs with search_docs, then run a script with execute against the typed client `client`; list({ limit }) collects items and page() gives one page with nextPage().",
};

/**
 * A factory of MCP servers (SDK 2.x) over one backend: one per HTTP request or
 * stdio connection, for MCP 2025-11-25 and 2026-07-28 alike. The tool list,
 * catalog, validators and docs index are built once and shared.
 */
export function toolServerFactory(backend: ToolBackend, options: ToolServerOptions): () => Server {
  const handler = new ToolHandler(backend, options);
  return () => {
    const server = new Server({ name: backend.name, version: backend.version }, { capabilities: { tools: {} }, instructions: backend.instructions ?? INSTRUCTIONS[options.mode], cacheHints: { "tools/list": LIST_CACHE, "server/discover": LIST_CACHE } });
    // Every listed input schema is an object schema: the generator's manifest tests hold it to that.
    server.setRequestHandler("tools/list", async () => ({ tools: handler.tools as unknown as Tool[] }));
    server.setRequestHandler("tools/call", async (request, ctx) => handler.call(request.params.name, request.params.arguments ?? {}, ctx.mcpReq.signal));
    return server;
  };
}

class ToolHandler {
  readonly tools: ListedTool[];
  private readonly checker = new ArgumentChecker();
  private readonly byName = new Map<string, ServedOperation>();
  private readonly catalog: OperationCatalog;
  private docs: DocsIndex | undefined;
  private readonly runner: CodeRunner | undefined;

  constructor(private readonly backend: ToolBackend, private readonly options: ToolServerOptions) {
    for (const operation of backend.operations) {
      this.byName.set(operation.tool.name, operation);
      this.checker.add(operation.tool.name, operation.tool.inputSchema);
    }
    this.catalog = new OperationCatalog(backend.operations);
    const declared = new Set(backend.operations.filter((operation) => operation.output !== undefined).map((operation) => operation.tool.name));
    const modeTools = options.mode === "all" ? backend.operations.map((operation) => leanTool(operation.tool, { declaredOutputs: declared, outputSchemas: options.outputSchemas === true })) : options.mode === "discover" ? [...DISCOVER_TOOLS] : codeTools();
    this.tools = modeTools;
    if (options.mode !== "all") for (const tool of modeTools) this.checker.add(`mode:${tool.name}`, tool.inputSchema);
    this.runner = options.mode === "code" && backend.client !== undefined ? new CodeRunner(backend.client) : undefined;
  }

  async call(name: string, args: Record<string, unknown>, signal: AbortSignal): Promise<CallToolResult> {
    if (this.options.mode === "all") return this.callOperation(name, args, signal, "tool");
    if (!this.tools.some((tool) => tool.name === name)) throw unknownTool(name, this.tools.map((tool) => tool.name));
    const complaint = this.checker.check(`mode:${name}`, args);
    if (complaint !== undefined) return errorResult(`invalid arguments for ${name}: ${complaint}`);
    switch (name) {
      case SEARCH_OPERATIONS: {
        const results = this.catalog.search(String(args["query"]), typeof args["limit"] === "number" ? args["limit"] : undefined);
        return dataResult({ results });
      }
      case DESCRIBE_OPERATION: {
        const described = this.catalog.describe(String(args["name"]));
        return described === undefined ? this.noOperation(String(args["name"])) : dataResult(described);
      }
      case CALL_OPERATION: {
        const inner = args["arguments"];
        return this.callOperation(String(args["name"]), typeof inner === "object" && inner !== null && !Array.isArray(inner) ? (inner as Record<string, unknown>) : {}, signal, "operation");
      }
      case SEARCH_DOCS:
        this.docs ??= new DocsIndex(this.backend.docs?.() ?? []);
        return dataResult({ sections: this.docs.search(String(args["query"]), typeof args["limit"] === "number" ? args["limit"] : undefined) });
      case EXECUTE:
        return this.execute(String(args["code"]), signal);
    }
    throw unknownTool(name, this.tools.map((tool) => tool.name));
  }

  private async callOperation(name: string, args: Record<string, unknown>, signal: AbortSignal, what: "tool" | "operation"): Promise<CallToolResult> {
    const operation = this.byName.get(name);
    if (operation === undefined) {
      if (what === "tool") throw unknownTool(name, [...this.byName.keys()]);
      return this.noOperation(name);
    }
    const complaint = this.checker.check(name, args);
    if (complaint !== undefined) {
      this.backend.log(`tool ${name}: refused, invalid arguments`);
      return errorResult(`invalid arguments for ${name}: ${complaint}`);
    }
    const started = performance.now();
    const outcome = await this.backend.call(operation, args, signal);
    this.backend.log(`tool ${name}: ${outcome.ok || outcome.kind === "upstream" ? (outcome as { status: number }).status : outcome.kind} in ${Math.round(performance.now() - started)} ms`);
    return outcomeResult(operation, outcome);
  }

  private noOperation(name: string): CallToolResult {
    const closest = closestName(name, [...this.byName.keys()]);
    return errorResult(`no operation ${JSON.stringify(name)}${closest === undefined ? "; use search_operations to find one" : ` (did you mean ${JSON.stringify(closest)}?)`}`);
  }

  private async execute(code: string, signal: AbortSignal): Promise<CallToolResult> {
    if (this.runner === undefined) return errorResult("this server has no client to run scripts against");
    const result = await this.runner.execute(code, signal);
    this.backend.log(`execute: ${result.ok ? "ok" : "failed"}, ${result.hostCalls} client calls`);
    const structured: Record<string, unknown> = { ok: result.ok, logs: result.logs, truncated: result.truncated, calls: result.hostCalls };
    if (result.value !== undefined) structured["value"] = result.value;
    if (result.error !== undefined) structured["error"] = result.error;
    const text = result.ok ? JSON.stringify(result.value ?? null) : `script failed: ${result.error}`;
    const logs = result.logs.length > 0 ? `\nconsole:\n${result.logs.join("\n")}${result.truncated ? "\n… (output cut at the limit)" : ""}` : "";
    return { content: [{ type: "text", text: `${text}${logs}` }], structuredContent: structured, ...(result.ok ? {} : { isError: true }) };
  }
}

/** An unknown tool is a protocol error (-32602), naming the closest tool. */
function unknownTool(name: string, known: string[]): ProtocolError {
  const closest = closestName(name, known);
  return new ProtocolError(ProtocolErrorCode.InvalidParams, `unknown tool ${JSON.stringify(name)}${closest === undefined ? "" : `; did you mean ${JSON.stringify(closest)}?`}`);
}

function outcomeResult(operation: ServedOperation, outcome: CallOutcome): CallToolResult {
  if (!outcome.ok) {
    if (outcome.kind !== "upstream" || !("status" in outcome)) return { isError: true, content: [{ type: "text", text: outcome.message }], structuredContent: { error: { kind: outcome.kind, message: outcome.message } } };
    const fallback: { code?: number; message: string; moreInfo?: string } = { message: outcome.message };
    if (outcome.code !== undefined) fallback.code = outcome.code;
    if (outcome.moreInfo !== undefined) fallback.moreInfo = outcome.moreInfo;
    const details = errorDetails(outcome.status, outcome.body, fallback);
    return { isError: true, content: [{ type: "text", text: describeError(details) }], structuredContent: { error: { ...details } } };
  }
  if (outcome.body === undefined) return { content: [{ type: "text", text: `Done (HTTP ${outcome.status}).` }] };
  if (operation.output !== undefined) return dataResult(structuredOutput(operation.output, outcome.body));
  const text = typeof outcome.body === "string" ? outcome.body : JSON.stringify(outcome.body);
  const structured = operation.tool.outputSchema !== undefined && typeof outcome.body === "object" && outcome.body !== null && !Array.isArray(outcome.body);
  return structured ? { content: [{ type: "text", text }], structuredContent: outcome.body as Record<string, unknown> } : { content: [{ type: "text", text }] };
}

function dataResult(data: Record<string, unknown>): CallToolResult {
  return { content: [{ type: "text", text: JSON.stringify(data) }], structuredContent: data };
}

function errorResult(message: string): CallToolResult {
  return { isError: true, content: [{ type: "text", text: message }] };
}
