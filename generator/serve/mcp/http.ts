import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { bearerAllowed, originAllowed, readBody, sendJson } from "../http-guard.ts";
import type { Log } from "./server.ts";

export interface McpHttpOptions {
  host: string;
  port: number;
  /** When set, every request needs `Authorization: Bearer <token>`. */
  token?: string;
  log: Log;
  makeServer: () => Server;
}

const MAX_BODY = 4 * 1024 * 1024;

/**
 * Streamable HTTP at `/mcp`, stateless: each POST gets a fresh server and
 * transport. The SDK checks Host; this adds Origin (403 for a foreign one)
 * and an optional bearer token (401).
 */
export async function startMcpHttp(options: McpHttpOptions): Promise<{ url: string; server: HttpServer }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path !== "/mcp") return sendJson(response, 404, { error: "not found: the MCP endpoint is /mcp" });
    if (!originAllowed(request.headers.origin, options.host)) {
      options.log(`refused origin ${request.headers.origin}`);
      return sendJson(response, 403, { error: "forbidden origin" });
    }
    if (!bearerAllowed(request.headers.authorization, options.token)) return sendJson(response, 401, { error: "missing or wrong bearer token" }, { "WWW-Authenticate": "Bearer" });
    if (request.method !== "POST") return sendJson(response, 405, { error: "this stateless server answers POST only" }, { Allow: "POST" });
    void handle(request, response, options).catch((error: unknown) => {
      options.log(`request failed: ${(error as Error).message}`);
      if (!response.headersSent) sendJson(response, 400, { error: (error as Error).message });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return { url: `http://${host}:${address.port}/mcp`, server };
}

async function handle(request: Parameters<StreamableHTTPServerTransport["handleRequest"]>[0], response: Parameters<StreamableHTTPServerTransport["handleRequest"]>[1], options: McpHttpOptions): Promise<void> {
  const text = await readBody(request, MAX_BODY);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return sendJson(response, 400, { jsonrpc: "2.0", error: { code: -32700, message: "parse error: the body is not JSON" }, id: null });
  }
  const mcp = options.makeServer();
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  response.on("close", () => {
    void transport.close();
    void mcp.close();
  });
  await mcp.connect(transport);
  await transport.handleRequest(request, response, body);
}
