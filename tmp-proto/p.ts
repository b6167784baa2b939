import { createServer } from "node:http";
import { Server, createMcpHandler, ProtocolError, ProtocolErrorCode } from "@modelcontextprotocol/server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";

const factory = () => {
  const server = new Server({ name: "proto", version: "1" }, { capabilities: { tools: {} }, instructions: "hello", cacheHints: { "tools/list": { ttlMs: 60000, cacheScope: "public" } } });
  server.setRequestHandler("tools/list", async () => ({ tools: [{ name: "echo", inputSchema: { type: "object", properties: { a: { type: "string" } }, additionalProperties: false }, annotations: { readOnlyHint: true } }] }));
  server.setRequestHandler("tools/call", async (request, ctx) => {
    if (request.params.name !== "echo") throw new ProtocolError(ProtocolErrorCode.InvalidParams, `unknown tool ${request.params.name}`);
    return { content: [{ type: "text", text: JSON.stringify(request.params.arguments) }], structuredContent: { got: request.params.arguments ?? {} } };
  });
  return server;
};
const handler = createMcpHandler(factory, { legacy: "stateless", responseMode: "json", maxRequestBodySize: 1 << 20 });
const http = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks);
  const request = new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: req.method === "GET" || req.method === "HEAD" ? undefined : body });
  const response = await handler.fetch(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
});
await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
const port = (http.address() as { port: number }).port;
const url = new URL(`http://127.0.0.1:${port}/mcp`);
for (const mode of ["legacy", { pin: "2026-07-28" }, "auto"] as const) {
  const client = new Client({ name: "c", version: "1" }, { versionNegotiation: { mode: mode as never } });
  await client.connect(new StreamableHTTPClientTransport(url));
  const list = await client.listTools();
  console.log(JSON.stringify(mode), "version", client.getNegotiatedProtocolVersion?.(), JSON.stringify(list).slice(0, 300));
  console.log(JSON.stringify(await client.callTool({ name: "echo", arguments: { a: "x" } })));
  try { await client.callTool({ name: "nope", arguments: {} }); } catch (e) { console.log("err", (e as { code?: number }).code, (e as Error).message); }
  await client.close();
}
// raw 2026 request without envelope
const raw = await fetch(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json, text/event-stream", "mcp-protocol-version": "2026-07-28" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }) });
console.log(raw.status, await raw.text());
const d = await fetch(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json, text/event-stream", "mcp-protocol-version": "2026-07-28", "mcp-method": "tools/list" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "server/discover", params: { _meta: { "io.modelcontextprotocol/protocolVersion": "2026-07-28" } } }) });
console.log(d.status, await d.text());
http.close();
