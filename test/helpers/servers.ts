import { createAdaptorServer } from "@hono/node-server";
import type { Server } from "node:http";
import { join } from "node:path";
import { DEFAULT_MAX_BODY_BYTES, type GuardPolicy } from "../../templates/server/shared/guard.ts";
import { listen } from "../../templates/server/shared/listen.ts";
import { startMcpHttp } from "../../templates/server/mcp/http.ts";
import { mcpServerFactory, ToolSet } from "../../templates/server/mcp/server.ts";
import type { ToolMode } from "../../templates/server/mcp/tool-modes.ts";
import { createRestApp } from "../../templates/server/rest/app.ts";
import { loadTarget } from "../../templates/server/shared/target.ts";
import { Upstream } from "../../templates/server/shared/upstream.ts";
import { projectRoot } from "./project.ts";

export const TEST_ACCOUNT_SID = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
export const TEST_AUTH_TOKEN = "auth-token-that-must-never-leak";

export interface RunningServer {
  kind: "rest" | "mcp";
  /** Origin for REST (`http://127.0.0.1:N`), the endpoint for MCP (`…/mcp`). */
  url: string;
  logs: string[];
  close(): Promise<void>;
}

export interface ServerSetup {
  target?: string;
  upstreamUrl: string;
  guard?: Partial<GuardPolicy>;
  timeoutMs?: number;
  /** MCP tool mode; `all` when absent. */
  mode?: ToolMode;
}

function parts(setup: ServerSetup) {
  const target = loadTarget(join(projectRoot, "generated"), setup.target ?? "conversations-users");
  const upstream = new Upstream(target, { username: TEST_ACCOUNT_SID, password: TEST_AUTH_TOKEN, baseUrl: setup.upstreamUrl }, setup.timeoutMs === undefined ? {} : { timeoutMs: setup.timeoutMs });
  const guard: GuardPolicy = { boundHost: "127.0.0.1", maxBodyBytes: DEFAULT_MAX_BODY_BYTES, ...setup.guard };
  return { target, upstream, guard, logs: [] as string[] };
}

/** The REST adapter, in this process, on a free port of 127.0.0.1. */
export async function startRest(setup: ServerSetup): Promise<RunningServer> {
  const { target, upstream, guard, logs } = parts(setup);
  const server = createAdaptorServer({ fetch: createRestApp(target, upstream, (line) => logs.push(line), guard).fetch }) as Server;
  const address = await listen(server, 0, "127.0.0.1");
  return { kind: "rest", url: `http://127.0.0.1:${address.port}`, logs, close: () => closeServer(server) };
}

/** The MCP server over Streamable HTTP, in this process, on a free port of 127.0.0.1. */
export async function startMcp(setup: ServerSetup): Promise<RunningServer> {
  const { target, upstream, guard, logs } = parts(setup);
  const tools = new ToolSet(target);
  const log = (line: string) => logs.push(line);
  const credentials = { username: TEST_ACCOUNT_SID, password: TEST_AUTH_TOKEN, baseUrl: setup.upstreamUrl };
  const makeServer = mcpServerFactory(target, tools, upstream, log, "test", { mode: setup.mode ?? "all", credentials });
  const { url, server } = await startMcpHttp({ host: "127.0.0.1", port: 0, guard, log, makeServer });
  return { kind: "mcp", url, logs, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A JSON-RPC tools/call as an MCP client sends it over Streamable HTTP. */
export function toolCall(name: string, args: Record<string, unknown>, id = 1): string {
  return JSON.stringify({ jsonrpc: "2.0", id, method: "tools/call", params: { name, arguments: args } });
}

export const MCP_HEADERS = { "Content-Type": "application/json", Accept: "application/json, text/event-stream" };

/** Polls until `condition` holds, for at most `limitMs`; `what` (or what it returns) says what was awaited. */
export async function waitFor(condition: () => boolean, what: string | (() => string), limitMs = 30_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === "string" ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
