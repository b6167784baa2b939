import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTarget } from "../../templates/server/shared/target.ts";
import { Upstream } from "../../templates/server/shared/upstream.ts";
import { targetBackend } from "../../templates/server/mcp/backend.ts";
import { toolServerFactory } from "../../templates/server/mcp/tool-server.ts";
import type { ToolMode } from "../../templates/server/mcp/tool-modes.ts";
import { mcpHandler, serveThroughHandler } from "../../templates/server/mcp/web-bridge.ts";
import { HttpStub, json } from "../helpers/http-stub.ts";
import { PrismServer } from "../helpers/prism.ts";
import { projectRoot, specDirectory } from "../helpers/project.ts";

const generated = join(projectRoot, "generated");
const ACCOUNT = `AC${"a".repeat(32)}`;
const ERAS = [
  ["2025-11-25", { mode: "legacy" as const }],
  ["2026-07-28", { mode: { pin: "2026-07-28" } }],
] as const;

const prism = new PrismServer(join(specDirectory(), "twilio_conversations_v1.json"));
const servers: HttpServer[] = [];

/** One target and mode behind the SDK's Streamable HTTP handler on 127.0.0.1. */
async function serve(targetId: string, mode: ToolMode, baseUrl = prism.baseUrl): Promise<URL> {
  const target = loadTarget(generated, targetId);
  const credentials = { username: ACCOUNT, password: "secret-token", baseUrl };
  const upstream = new Upstream(target, credentials);
  const directory = target.kind === "api" ? join(generated, targetId) : join(generated, "capabilities", targetId);
  const backend = targetBackend(target, { name: `twilio-${targetId}`, version: "test", call: (binding, args, signal) => upstream.call(binding as never, args, signal), credentials, docsDirectories: [directory], log: () => {} });
  const handler = mcpHandler(toolServerFactory(backend, { mode }), 1 << 20, () => {});
  const http = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => void serveThroughHandler(handler, request, response, Buffer.concat(chunks).toString("utf8")));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  servers.push(http);
  return new URL(`http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`);
}

async function connect(url: URL, negotiation: (typeof ERAS)[number][1]): Promise<Client> {
  const client = new Client({ name: "test", version: "1.0.0" }, { versionNegotiation: negotiation });
  await client.connect(new StreamableHTTPClientTransport(url));
  return client;
}

type Result = Awaited<ReturnType<Client["callTool"]>>;
const structured = (result: Result) => result.structuredContent as Record<string, unknown>;
const text = (result: Result) => (result.content as Array<{ text?: string }>).map((part) => part.text ?? "").join("\n");

beforeAll(async () => {
  await prism.start();
});
afterAll(async () => {
  for (const server of servers) server.close();
  await prism.stop();
});

describe.each(ERAS)("MCP %s over Streamable HTTP against Prism", (version, negotiation) => {
  it("discover: search, describe, then call a list, a create and a fetch", async () => {
    const client = await connect(await serve("conversations-v1", "discover"), negotiation);
    expect(client.getNegotiatedProtocolVersion()).toBe(version);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(["search_operations", "describe_operation", "call_operation"]);
    for (const [query, wanted, args] of [
      ["list conversations", "list_conversation", { PageSize: 2 }],
      ["create a conversation", "create_conversation", { FriendlyName: "demo" }],
      ["fetch a conversation", "fetch_conversation", { Sid: `CH${"0".repeat(32)}` }],
    ] as const) {
      const hits = structured(await client.callTool({ name: "search_operations", arguments: { query } }))["results"] as Array<{ name: string }>;
      expect(hits[0]?.name, query).toBe(wanted);
      const described = structured(await client.callTool({ name: "describe_operation", arguments: { name: wanted } }));
      for (const key of Object.keys(args)) expect(Object.keys((described["inputSchema"] as { properties: object }).properties)).toContain(key);
      const called = await client.callTool({ name: "call_operation", arguments: { name: wanted, arguments: args } });
      expect(called.isError, text(called)).toBeFalsy();
      expect(structured(called)["sid"] ?? structured(called)["conversations"], wanted).toBeDefined();
    }
    await client.close();
  });

  it("discover: call_operation refuses unknown arguments and operations by name", async () => {
    const client = await connect(await serve("conversations-v1", "discover"), negotiation);
    const misspelt = await client.callTool({ name: "call_operation", arguments: { name: "create_conversation", arguments: { friendlyName: "x" } } });
    expect(misspelt.isError).toBe(true);
    expect(text(misspelt)).toContain('unknown argument "friendlyName" (did you mean "FriendlyName"?)');
    const missing = await client.callTool({ name: "call_operation", arguments: { name: "create_conversations" } });
    expect(text(missing)).toContain('did you mean "create_conversation"');
    await client.close();
  });

  it("code: a script creates a conversation, adds a participant, posts a message and pages through messages", async () => {
    const client = await connect(await serve("conversations-v1", "code"), negotiation);
    expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual(["search_docs", "execute"]);
    const docs = structured(await client.callTool({ name: "search_docs", arguments: { query: "create participant" } }))["sections"] as Array<{ text: string }>;
    expect(docs.some((section) => section.text.includes("participants.create"))).toBe(true);
    const script = `
      const conversation = await client.conversations.v1.conversations.create({ friendlyName: "demo" });
      const participant = await client.conversations.v1.conversations(conversation.sid).participants.create({ identity: "ada" });
      const message = await client.conversations.v1.conversations(conversation.sid).messages.create({ author: "ada", body: "hello" });
      let page = await client.conversations.v1.conversations(conversation.sid).messages.page({ pageSize: 2 });
      const seen = [];
      for (let pages = 0; page && pages < 3; pages += 1) { seen.push(...page.instances.map((item) => item.sid)); page = await page.nextPage(); }
      console.log("messages seen", seen.length);
      return { conversation: conversation.sid, participant: participant.sid, message: message.sid, seen };`;
    const result = await client.callTool({ name: "execute", arguments: { code: script } });
    expect(result.isError, text(result)).toBeFalsy();
    const value = structured(result)["value"] as Record<string, unknown>;
    expect(value["conversation"]).toMatch(/^CH/);
    expect(value["participant"]).toMatch(/^MB/);
    expect(value["message"]).toMatch(/^IM/);
    expect((value["seen"] as unknown[]).length).toBeGreaterThan(0);
    expect(structured(result)["logs"]).toEqual([`messages seen ${(value["seen"] as unknown[]).length}`]);
    await client.close();
  });

  it("all: an unknown tool is -32602; a misspelt argument is refused naming the closest; upstream details reach the agent", async () => {
    const client = await connect(await serve("conversations-users", "all"), negotiation);
    await expect(client.callTool({ name: "no-such-tool", arguments: {} })).rejects.toMatchObject({ code: -32602 });
    const misspelt = await client.callTool({ name: "fetch-conversation-user-your-account-s", arguments: { sid: "US1" } });
    expect(misspelt.isError).toBe(true);
    expect(text(misspelt)).toContain('unknown argument "sid" (did you mean "Sid"?)');
    const nested = await client.callTool({ name: "add-new-conversation-user-your", arguments: { body: { identity: "ada" } } });
    expect(text(nested)).toContain('unknown argument "body.identity" (did you mean "body.Identity"?)');
    await client.close();
  });

  it("all: Twilio's code, message, link and field list are in the error text and in structuredContent", async () => {
    const stub = new HttpStub();
    const twilioError = { code: 20001, message: "Invalid Identity", more_info: "https://www.twilio.com/docs/errors/20001", status: 400, details: { Identity: "must not be empty" } };
    stub.handler = (_, response) => json(response, 400, twilioError);
    const client = await connect(await serve("conversations-users", "all", await stub.start()), negotiation);
    const result = await client.callTool({ name: "add-new-conversation-user-your", arguments: { body: { Identity: "ada" } } });
    expect(result.isError).toBe(true);
    for (const part of ["20001", "Invalid Identity", twilioError.more_info, "must not be empty"]) expect(text(result)).toContain(part);
    expect(structured(result)["error"]).toMatchObject({ status: 400, code: 20001, message: "Invalid Identity", moreInfo: twilioError.more_info, fields: [{ field: "Identity", problem: "must not be empty" }] });
    await client.close();
    await stub.stop();
  });
});

describe("MCP 2026-07-28 on the wire", () => {
  const envelope = (version: string) => ({ "io.modelcontextprotocol/protocolVersion": version, "io.modelcontextprotocol/clientInfo": { name: "raw", version: "1" }, "io.modelcontextprotocol/clientCapabilities": {} });
  const post = async (url: URL, body: Record<string, unknown>, headers: Record<string, string>) => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    return { status: response.status, body: (await response.json()) as { result?: Record<string, unknown>; error?: { code: number; message: string } } };
  };

  it("answers server/discover with its revision, instructions and cache hints, and tools/list with cache hints", async () => {
    const url = await serve("conversations-users", "all");
    const headers = { "mcp-protocol-version": "2026-07-28" };
    const discovered = await post(url, { jsonrpc: "2.0", id: 1, method: "server/discover", params: { _meta: envelope("2026-07-28") } }, { ...headers, "mcp-method": "server/discover" });
    expect(discovered.body.result).toMatchObject({ supportedVersions: ["2026-07-28"], capabilities: { tools: {} }, ttlMs: expect.any(Number), cacheScope: "public" });
    const listed = await post(url, { jsonrpc: "2.0", id: 2, method: "tools/list", params: { _meta: envelope("2026-07-28") } }, { ...headers, "mcp-method": "tools/list" });
    expect(listed.body.result).toMatchObject({ ttlMs: expect.any(Number), cacheScope: "public" });
  });

  it("refuses routing headers that disagree with the body, and a revision it does not serve", async () => {
    const url = await serve("conversations-users", "all");
    const headers = { "mcp-protocol-version": "2026-07-28" };
    const method = await post(url, { jsonrpc: "2.0", id: 1, method: "tools/list", params: { _meta: envelope("2026-07-28") } }, { ...headers, "mcp-method": "tools/call" });
    expect(method).toMatchObject({ status: 400, body: { error: { code: -32020 } } });
    const name = await post(url, { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "fetch-conversation-user-your-account-s", arguments: {}, _meta: envelope("2026-07-28") } }, { ...headers, "mcp-method": "tools/call", "mcp-name": "another-tool" });
    expect(name).toMatchObject({ status: 400, body: { error: { code: -32020 } } });
    const version = await post(url, { jsonrpc: "2.0", id: 3, method: "tools/list", params: { _meta: envelope("2099-01-01") } }, { "mcp-protocol-version": "2099-01-01", "mcp-method": "tools/list" });
    expect(version.body.error?.code).toBe(-32022);
  });
});
