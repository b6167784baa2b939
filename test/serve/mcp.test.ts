import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMcpServer, ToolSet } from "../../templates/server/mcp/server.ts";
import { loadTarget } from "../../templates/server/shared/target.ts";
import { Upstream } from "../../templates/server/shared/upstream.ts";
import { HttpStub, json } from "../helpers/http-stub.ts";
import { waitFor } from "../helpers/servers.ts";
import { sampleArguments } from "../helpers/json-samples.ts";
import { freePort, PrismServer } from "../helpers/prism.ts";
import { projectRoot, specDirectory } from "../helpers/project.ts";

const SECRET = "auth-token-that-must-never-leak";
const generated = join(projectRoot, "generated");
const declared = (parse(readFileSync(join(projectRoot, "specs/capabilities/conversations-users.yaml"), "utf8")) as { capability: { exposes: Array<{ type: string; tools?: Array<{ name: string }> }> } }).capability.exposes.find((entry) => entry.type === "mcp")!.tools!.map((tool) => tool.name);

async function inMemoryClient(baseUrl: string, target = "conversations-users"): Promise<Client> {
  const loaded = loadTarget(generated, target);
  const upstream = new Upstream(loaded, { username: "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", password: SECRET, baseUrl });
  const server = createMcpServer(loaded, new ToolSet(loaded), upstream, () => {}, "test");
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: "test", version: "1.0.0" });
  await client.connect(clientSide);
  return client;
}

function text(result: unknown): string {
  return (((result as { content?: unknown }).content ?? []) as Array<{ text?: string }>).map((part) => part.text ?? "").join("\n");
}

const prism = new PrismServer(join(specDirectory(), "twilio_conversations_v1.json"));
let prismUrl = "";

beforeAll(async () => {
  prismUrl = await prism.start();
});
afterAll(() => prism.stop());

describe("MCP server, in memory, against Prism", () => {
  it("lists exactly the capability's tools", async () => {
    const client = await inMemoryClient(prismUrl);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(declared);
    await client.close();
  });

  it("calls every tool of the Users capability successfully", async () => {
    const client = await inMemoryClient(prismUrl);
    const { tools } = await client.listTools();
    for (const tool of tools) {
      const result = await client.callTool({ name: tool.name, arguments: sampleArguments(tool.inputSchema) });
      expect(result.isError, `${tool.name}: ${text(result)}`).toBeFalsy();
      if (tool.outputSchema) expect(result.structuredContent, tool.name).toBeTypeOf("object");
    }
    await client.close();
  });
});

describe("MCP server, in memory, against a node:http stub", () => {
  const stub = new HttpStub();
  let client: Client;

  beforeAll(async () => {
    client = await inMemoryClient(await stub.start());
  });
  afterAll(async () => {
    await client.close();
    await stub.stop();
  });

  it("refuses a bad argument with isError and sends nothing upstream", async () => {
    stub.requests.length = 0;
    const result = await client.callTool({ name: "fetch-conversation-user-your-account-s", arguments: { Sid: 42 } });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/invalid arguments for fetch-conversation-user-your-account-s: Sid must be string/);
    const missing = await client.callTool({ name: "fetch-conversation-user-your-account-s", arguments: {} });
    expect(text(missing)).toMatch(/must have required property 'Sid'/);
    expect(stub.requests).toHaveLength(0);
  });

  it("sends query parameters as query and header parameters as headers", async () => {
    stub.requests.length = 0;
    stub.handler = (_, response) => json(response, 200, { users: [], meta: { key: "users", next_page_url: null } });
    await client.callTool({ name: "retrieve-list-all-conversation-users", arguments: { PageSize: 5, PageToken: "PT1" } });
    stub.handler = (_, response) => json(response, 200, { sid: "US1" });
    await client.callTool({ name: "update-existing-conversation-user-your", arguments: { Sid: "US1", "X-Twilio-Webhook-Enabled": "true", body: { FriendlyName: "Ada" } } });
    const [list, update] = stub.requests;
    expect(list!.url).toBe("/v1/Users?PageSize=5&PageToken=PT1");
    expect(update!.headers["x-twilio-webhook-enabled"]).toBe("true");
    expect(update!.body).toBe("FriendlyName=Ada");
    expect(update!.headers["authorization"]).toBe(`Basic ${Buffer.from(`ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:${SECRET}`).toString("base64")}`);
  });

  it("turns upstream errors into isError results with Twilio's code and message, and no secrets", async () => {
    stub.handler = (_, response) => json(response, 404, { code: 20404, message: "The requested resource /Users/US404 was not found", more_info: "https://www.twilio.com/docs/errors/20404", status: 404 });
    const result = await client.callTool({ name: "fetch-conversation-user-your-account-s", arguments: { Sid: "US404" } });
    expect(result.isError).toBe(true);
    expect(text(result)).toBe("Twilio error 20404 (HTTP 404): The requested resource /Users/US404 was not found — https://www.twilio.com/docs/errors/20404");
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });
});

function startCli(args: string[], env: Record<string, string>): { child: ChildProcess; stderr: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot, "templates/server/mcp/cli.ts"), ...args, "--dir", generated], { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, stderr: () => stderr };
}


describe("MCP server over stdio (npm run mcp)", () => {
  it("lists and calls tools through a real child process, never logging secrets", async () => {
    let logged = "";
    const transport = new StdioClientTransport({
      command: process.execPath,
      // The capability declares transport: http, so stdio is asked for.
      args: ["--import", "tsx", join(projectRoot, "templates/server/mcp/cli.ts"), "conversations-users", "--stdio", "--dir", generated],
      cwd: projectRoot,
      env: { PATH: process.env["PATH"] ?? "", TWILIO_ACCOUNT_SID: "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", TWILIO_AUTH_TOKEN: SECRET, TWILIO_BASE_URL: prismUrl },
      stderr: "pipe",
    });
    transport.stderr!.on("data", (chunk: Buffer) => (logged += chunk.toString()));
    const client = new Client({ name: "stdio-test", version: "1.0.0" });
    await client.connect(transport);
    expect((await client.listTools()).tools).toHaveLength(9);
    const result = await client.callTool({ name: "fetch-conversation-user-your-account-s", arguments: { Sid: "USaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" } });
    expect(result.isError).toBeFalsy();
    await client.close();
    expect(logged).toContain("tool fetch-conversation-user-your-account-s: 200");
    expect(logged).not.toContain(SECRET);
  });
});

describe("MCP server over Streamable HTTP (npm run mcp -- --http)", () => {
  let server: ReturnType<typeof startCli>;
  let url = "";

  beforeAll(async () => {
    const port = await freePort();
    server = startCli(["conversations-users", "--http", "--port", String(port), "--token", "let-me-in"], { TWILIO_ACCOUNT_SID: "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", TWILIO_AUTH_TOKEN: SECRET, TWILIO_BASE_URL: prismUrl });
    await waitFor(() => server.stderr().includes("tools at http://127.0.0.1:"), "the HTTP server");
    url = `http://127.0.0.1:${port}/mcp`;
  });
  afterAll(() => void server.child.kill("SIGTERM"));

  it("binds 127.0.0.1 and serves tools/list and tools/call with the bearer token", async () => {
    const client = new Client({ name: "http-test", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { Authorization: "Bearer let-me-in" } } }));
    expect((await client.listTools()).tools).toHaveLength(9);
    const result = await client.callTool({ name: "retrieve-list-all-conversation-users", arguments: { PageSize: 2 } });
    expect(result.isError).toBeFalsy();
    await client.close();
  });

  it("answers a foreign Origin with 403 and a missing token with 401", async () => {
    const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" });
    const headers = { "Content-Type": "application/json", Accept: "application/json, text/event-stream", Authorization: "Bearer let-me-in" };
    const foreign = await fetch(url, { method: "POST", body, headers: { ...headers, Origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    const local = await fetch(url, { method: "POST", body, headers: { ...headers, Origin: "http://localhost:3000" } });
    expect(local.status).toBe(200);
    const anonymous = await fetch(url, { method: "POST", body, headers: { "Content-Type": "application/json", Accept: "application/json, text/event-stream" } });
    expect(anonymous.status).toBe(401);
    expect(server.stderr()).not.toContain(SECRET);
  });
});
