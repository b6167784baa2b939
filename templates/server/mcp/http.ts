import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { BodyTooLargeError, bodyTooLarge, readBody, refusal, sendJson, type GuardPolicy } from "../shared/guard.js";
import { listen } from "../shared/listen.js";
import type { Log } from "./server.js";

export interface McpHttpOptions {
  host: string;
  port: number;
  guard: GuardPolicy;
  log: Log;
  makeServer: () => Server;
}

/**
 * Streamable HTTP at `/mcp`, stateless: each POST gets a fresh server and
 * transport. Host, Origin, token and body size are checked before the body is
 * read; the body must be JSON.
 */
export async function startMcpHttp(options: McpHttpOptions): Promise<{ url: string; server: HttpServer }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const refused = refusal({ host: request.headers.host, origin: request.headers.origin, authorization: request.headers.authorization, contentLength: request.headers["content-length"] }, options.guard);
    if (refused !== undefined) {
      options.log(`refused: ${refused.status} ${refused.message}`);
      return sendJson(response, refused.status, { error: refused.message }, { ...refused.headers, Connection: "close" });
    }
    if (path !== "/mcp") return sendJson(response, 404, { error: "not found: the MCP endpoint is /mcp" });
    if (request.method !== "POST") return sendJson(response, 405, { error: "this stateless server answers POST only" }, { Allow: "POST" });
    if (!isJson(request.headers["content-type"])) return sendJson(response, 415, { error: "send the JSON-RPC message as Content-Type: application/json" });
    void handle(request, response, options).catch((error: unknown) => {
      options.log(`request failed: ${(error as Error).message}`);
      if (!response.headersSent) sendJson(response, 400, { error: (error as Error).message });
    });
  });
  const address = await listen(server, options.port, options.host);
  return { url: `${origin(address)}/mcp`, server };
}

function isJson(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType ?? "");
}

function origin(address: AddressInfo): string {
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

async function handle(request: IncomingMessage, response: ServerResponse, options: McpHttpOptions): Promise<void> {
  let text: string;
  try {
    text = await readBody(request, options.guard.maxBodyBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    options.log("refused: 413 body over the limit");
    return sendJson(response, 413, { error: bodyTooLarge(options.guard.maxBodyBytes).message }, { Connection: "close" });
  }
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
