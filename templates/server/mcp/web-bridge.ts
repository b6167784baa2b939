import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { createMcpHandler, type McpHttpHandler, type Server } from "@modelcontextprotocol/server";

/**
 * The SDK's Streamable HTTP entry for both protocol revisions: 2026-07-28
 * requests (per-request envelope, `server/discover`, routing headers checked
 * against the body, protocol-version errors) on the modern path, and
 * 2025-11-25 traffic (initialize, then stateless requests) on its fallback.
 * The body limit is the guard's, so the two never disagree.
 */
export function mcpHandler(factory: () => Server, maxBodyBytes: number, log: (line: string) => void): McpHttpHandler {
  return createMcpHandler(factory, { legacy: "stateless", maxRequestBodySize: maxBodyBytes, onerror: (error) => log(`mcp: ${error.message}`) });
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
