import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { createMcpHandler, isLegacyRequest, preloadSchemas, WebStandardStreamableHTTPServerTransport, type McpHttpHandler, type Server } from "@modelcontextprotocol/server";

/**
 * One Streamable HTTP endpoint for both protocol revisions. 2026-07-28
 * requests (per-request envelope, `server/discover`, routing headers checked
 * against the body, protocol-version errors) go to the SDK's modern entry.
 * 2025-11-25 traffic (initialize, then stateless requests), as the SDK's own
 * predicate classifies it, gets a fresh server and transport per request that
 * answer in plain JSON, as this server always has. The body limit is the
 * guard's, so the parts never disagree.
 */
export function mcpHandler(factory: () => Server, maxBodyBytes: number, log: (line: string) => void): McpHttpHandler {
  // A long-running endpoint builds the SDK's protocol schemas now, not during its first caller's request.
  preloadSchemas();
  const modern = createMcpHandler(factory, { legacy: "reject", maxRequestBodySize: maxBodyBytes, onerror: (error) => log(`mcp: ${error.message}`) });
  const legacy = async (request: Request): Promise<Response> => {
    const server = factory();
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    await server.connect(transport);
    try {
      return await transport.handleRequest(request);
    } finally {
      void transport.close();
      void server.close();
    }
  };
  const fetch = async (request: Request): Promise<Response> => ((await isLegacyRequest(request, undefined, { maxRequestBodySize: maxBodyBytes })) ? legacy(request) : modern.fetch(request));
  return { ...modern, fetch };
}

/**
 * Serves one node:http request through the web-standard handler. The body has
 * already been read under the guard's limit; the answer (JSON or an SSE
 * stream) is copied back as it comes, and a client that goes away aborts it.
 */
export async function serveThroughHandler(handler: McpHttpHandler, request: IncomingMessage, response: ServerResponse, body: string): Promise<void> {
  const aborter = new AbortController();
  response.on("close", () => aborter.abort());
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const webRequest = new Request(`http://${request.headers.host ?? "localhost"}${request.url ?? "/"}`, { method: request.method ?? "GET", headers, ...(hasBody ? { body } : {}), signal: aborter.signal });
  const answer = await handler.fetch(webRequest);
  const outgoing: Record<string, string | string[]> = {};
  answer.headers.forEach((value, name) => {
    outgoing[name] = value;
  });
  response.writeHead(answer.status, outgoing);
  if (answer.body === null) {
    response.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = Readable.fromWeb(answer.body as import("node:stream/web").ReadableStream<Uint8Array>);
    stream.on("error", reject);
    stream.on("end", resolve);
    response.on("close", resolve);
    stream.pipe(response);
  });
}
