import { createAdaptorServer } from "@hono/node-server";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { spawn } from "node:child_process";
import type { Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMcpServer, ToolSet } from "../../templates/server/mcp/server.ts";
import { createRestApp } from "../../templates/server/rest/app.ts";
import { baseUrlVariable, credentialsFromEnvironment } from "../../templates/server/shared/credentials.ts";
import { DEFAULT_MAX_BODY_BYTES } from "../../templates/server/shared/guard.ts";
import { listen } from "../../templates/server/shared/listen.ts";
import { loadTarget, type ServeTarget } from "../../templates/server/shared/target.ts";
import { Upstream } from "../../templates/server/shared/upstream.ts";
import { HttpStub } from "../helpers/http-stub.ts";
import { projectRoot } from "../helpers/project.ts";
import { casesDirectory, fixtureFiles, generateCapabilities } from "./helpers.ts";

const USER = `US${"a".repeat(32)}`;
const PLUGIN = `FP${"b".repeat(32)}`;
const INTERACTION = `KD${"c".repeat(32)}`;
const STANDARD = { TWILIO_ACCOUNT_SID: `AC${"d".repeat(32)}`, TWILIO_AUTH_TOKEN: "standard-token-never-logged" };
const basic = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;

/** Twilio as two hosts: each API's requests land on its own recording server. */
const conversations = new HttpStub();
const flex = new HttpStub();
let out = "";
let upstreams: Record<string, string> = {};

beforeAll(async () => {
  ({ out } = await generateCapabilities(fixtureFiles(casesDirectory), "capability-servers"));
  upstreams = { [baseUrlVariable("conversations-v1")]: await conversations.start(), [baseUrlVariable("flex-v1")]: await flex.start() };
});
afterAll(async () => {
  await conversations.stop();
  await flex.stop();
});

function reset(): void {
  conversations.requests.length = 0;
  flex.requests.length = 0;
}

function upstreamFor(target: ServeTarget, environment: Record<string, string> = STANDARD): Upstream {
  return new Upstream(target, credentialsFromEnvironment({ ...environment, ...upstreams }, target.credentials, [...target.apis.keys()]));
}

async function mcpClient(stem: string, environment?: Record<string, string>): Promise<Client> {
  const target = loadTarget(out, stem);
  const server = createMcpServer(target, new ToolSet(target), upstreamFor(target, environment), () => {}, "test");
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: "capability-test", version: "1.0.0" });
  await client.connect(clientSide);
  return client;
}

/** The REST adapter on a free port of 127.0.0.1; `fetch` a path of it, then it closes. */
async function restCall(stem: string, path: string, init: RequestInit = {}, environment?: Record<string, string>): Promise<Response & { text: string }> {
  const target = loadTarget(out, stem);
  const app = createRestApp(target, upstreamFor(target, environment), () => {}, { boundHost: "127.0.0.1", maxBodyBytes: DEFAULT_MAX_BODY_BYTES });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  const address = await listen(server, 0, "127.0.0.1");
  try {
    const response = await fetch(`http://127.0.0.1:${address.port}${path}`, init);
    return Object.assign(response, { text: await response.text() });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe("an empty description, through both servers", () => {
  it("serves the fallback description and reaches the upstream", async () => {
    reset();
    const client = await mcpClient("empty-description");
    const [tool] = (await client.listTools()).tools;
    expect(tool!.description).toBe(loadTarget(out, "empty-description").tools[0]!.description);
    expect((await client.callTool({ name: "fetch-user", arguments: { Sid: USER } })).isError).toBeFalsy();
    await client.close();
    expect((await restCall("empty-description", `/users/${USER}`)).status).toBe(200);
    expect(conversations.requests.map((request) => `${request.method} ${request.url}`)).toEqual([`GET /v1/Users/${USER}`, `GET /v1/Users/${USER}`]);
  });
});

describe("FlexMetadata, through both servers", () => {
  it("reaches the upstream as the spec's Flex-Metadata header", async () => {
    reset();
    const client = await mcpClient("flex-metadata");
    expect((await client.callTool({ name: "fetch-plugin", arguments: { Sid: PLUGIN, FlexMetadata: "from-mcp" } })).isError).toBeFalsy();
    await client.close();
    expect((await restCall("flex-metadata", `/plugins/${PLUGIN}`, { headers: { FlexMetadata: "from-rest" } })).status).toBe(200);
    expect(flex.requests.map((request) => [request.url, request.headers["flex-metadata"]])).toEqual([
      [`/v1/PluginService/Plugins/${PLUGIN}`, "from-mcp"],
      [`/v1/PluginService/Plugins/${PLUGIN}`, "from-rest"],
    ]);
    expect(conversations.requests).toEqual([]);
  });
});

describe("a required header the spec does not know, through both servers", () => {
  it("is refused when missing, before anything goes upstream", async () => {
    reset();
    const client = await mcpClient("undeclared-header");
    const refused = await client.callTool({ name: "fetch-user", arguments: { Sid: USER } });
    expect(refused.isError).toBe(true);
    expect(JSON.stringify(refused.content)).toContain("Token");
    await client.close();
    const response = await restCall("undeclared-header", `/users/${USER}`);
    expect(response.status).toBe(400);
    expect(response.text).toContain("Token");
    expect(conversations.requests).toEqual([]);
  });

  it("is sent upstream under its declared name", async () => {
    reset();
    const client = await mcpClient("undeclared-header");
    expect((await client.callTool({ name: "fetch-user", arguments: { Sid: USER, Token: "gateway-mcp" } })).isError).toBeFalsy();
    await client.close();
    expect((await restCall("undeclared-header", `/users/${USER}`, { headers: { Token: "gateway-rest" } })).status).toBe(200);
    expect(conversations.requests.map((request) => [request.url, request.headers["token"]])).toEqual([
      [`/v1/Users/${USER}`, "gateway-mcp"],
      [`/v1/Users/${USER}`, "gateway-rest"],
    ]);
  });
});

describe("unknown keys, through both servers", () => {
  it("change nothing about the call", async () => {
    reset();
    const client = await mcpClient("unknown-key");
    expect((await client.callTool({ name: "fetch-user", arguments: { Sid: USER } })).isError).toBeFalsy();
    await client.close();
    expect((await restCall("unknown-key", `/users/${USER}`)).status).toBe(200);
    expect(conversations.requests.map((request) => request.url)).toEqual([`/v1/Users/${USER}`, `/v1/Users/${USER}`]);
  });
});

describe("binds with other variable names, through both servers", () => {
  const named = { ACME_TWILIO_SID: `AC${"e".repeat(32)}`, ACME_TWILIO_SECRET: "acme-secret-never-logged" };

  it("authenticate with the variables the file names when they are set", async () => {
    reset();
    const client = await mcpClient("other-binds", { ...STANDARD, ...named });
    expect((await client.callTool({ name: "fetch-user", arguments: { Sid: USER } })).isError).toBeFalsy();
    await client.close();
    expect((await restCall("other-binds", `/users/${USER}`, {}, { ...STANDARD, ...named })).status).toBe(200);
    expect(conversations.requests.map((request) => request.headers["authorization"])).toEqual([basic(named.ACME_TWILIO_SID, named.ACME_TWILIO_SECRET), basic(named.ACME_TWILIO_SID, named.ACME_TWILIO_SECRET)]);
  });

  it("fall back to the standard TWILIO_* variables, and name both in the error when neither is set", async () => {
    reset();
    const client = await mcpClient("other-binds", STANDARD);
    expect((await client.callTool({ name: "fetch-user", arguments: { Sid: USER } })).isError).toBeFalsy();
    await client.close();
    expect((await restCall("other-binds", `/users/${USER}`, {}, STANDARD)).status).toBe(200);
    expect(conversations.requests.map((request) => request.headers["authorization"])).toEqual([basic(STANDARD.TWILIO_ACCOUNT_SID, STANDARD.TWILIO_AUTH_TOKEN), basic(STANDARD.TWILIO_ACCOUNT_SID, STANDARD.TWILIO_AUTH_TOKEN)]);
    const target = loadTarget(out, "other-binds");
    expect(() => credentialsFromEnvironment({}, target.credentials)).toThrow(/ACME_TWILIO_SID and ACME_TWILIO_SECRET \(named by the capability\), or TWILIO_ACCOUNT_SID/);
  });
});

describe("exposes namespaces, through both servers", () => {
  it("name the MCP server (with its instructions) and the REST adapter, whose ports are the declared ones", async () => {
    const client = await mcpClient("namespace");
    expect(client.getServerVersion()?.name).toBe("acme-directory");
    expect(client.getInstructions()).toBe("The Acme directory of conversation users.");
    await client.close();
    const health = await restCall("namespace", "/healthz");
    expect(JSON.parse(health.text)).toMatchObject({ status: "ok", namespace: "acme-directory-rest" });
    const target = loadTarget(out, "namespace");
    expect([target.defaultMcpPort, target.defaultRestPort]).toEqual([9191, 8181]);
  });
});

describe("transport: http, and two APIs", () => {
  it("npm run mcp serves Streamable HTTP without --http, and each API's calls reach that API's upstream", async () => {
    reset();
    const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot, "templates/server/mcp/cli.ts"), "transport-http", "--dir", out, "--port", "0"], {
      cwd: projectRoot,
      env: { PATH: process.env["PATH"] ?? "", ...STANDARD, ...upstreams },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let logged = "";
    child.stderr!.on("data", (chunk: Buffer) => (logged += chunk.toString()));
    try {
      const deadline = Date.now() + 30_000;
      while (!/tools at (http:\/\/127\.0\.0\.1:\d+\/mcp)/.test(logged) && child.exitCode === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      const url = /tools at (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(logged)?.[1];
      expect(url, logged).toBeDefined();
      const client = new Client({ name: "capability-test", version: "1.0.0" });
      await client.connect(new StreamableHTTPClientTransport(new URL(url!)));
      expect((await client.callTool({ name: "fetch-user", arguments: { Sid: USER } })).isError).toBeFalsy();
      expect((await client.callTool({ name: "fetch-interaction", arguments: { InteractionSid: INTERACTION } })).isError).toBeFalsy();
      await client.close();
    } finally {
      child.kill("SIGTERM");
    }
    expect((await restCall("transport-http", `/interactions/${INTERACTION}`)).status).toBe(200);
    expect(conversations.requests.map((request) => request.url)).toEqual([`/v1/Users/${USER}`]);
    expect(flex.requests.map((request) => request.url)).toEqual([`/v1/Interactions/${INTERACTION}`, `/v1/Interactions/${INTERACTION}`]);
    expect(logged).not.toContain(STANDARD.TWILIO_AUTH_TOKEN);
  });
});
