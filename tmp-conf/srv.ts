import { createServer } from "node:http";
import { join } from "node:path";
import { loadTarget } from "../generator/serve/target.ts";
import { Upstream } from "../generator/serve/upstream.ts";
import { refusal } from "../generator/serve/http-guard.ts";
import { targetBackend } from "../templates/server/mcp/backend.ts";
import { toolServerFactory } from "../templates/server/mcp/tool-server.ts";
import { mcpHandler, serveThroughHandler } from "../templates/server/mcp/web-bridge.ts";
const generated = join(process.cwd(), "generated");
const target = loadTarget(generated, "conversations-users");
const credentials = { username: "AC" + "a".repeat(32), password: "x", baseUrl: "http://127.0.0.1:9" };
const upstream = new Upstream(target, credentials);
const backend = targetBackend(target, { name: "t", version: "1", call: (b, a, s) => upstream.call(b as never, a, s), credentials, docsDirectories: [], log: () => {} });
const handler = mcpHandler(toolServerFactory(backend, { mode: "all" }), 1 << 20, () => {});
const guard = { boundHost: "127.0.0.1", maxBodyBytes: 1 << 20 };
const http = createServer((request, response) => {
  const refused = refusal({ host: request.headers.host, origin: request.headers.origin, authorization: request.headers.authorization, contentLength: request.headers["content-length"] }, guard);
  if (refused) { response.writeHead(refused.status, { "content-type": "application/json" }); response.end(JSON.stringify({ error: refused.message })); return; }
  const chunks: Buffer[] = [];
  request.on("data", (c: Buffer) => chunks.push(c));
  request.on("end", () => void serveThroughHandler(handler, request, response, Buffer.concat(chunks).toString("utf8")));
});
http.listen(Number(process.argv[2]), "127.0.0.1", () => console.log("up"));
