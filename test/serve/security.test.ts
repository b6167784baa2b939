import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTarget } from "../../templates/server/shared/target.ts";
import { HttpStub, json } from "../helpers/http-stub.ts";
import { projectRoot } from "../helpers/project.ts";
import { MCP_HEADERS, startMcp, startRest, TEST_AUTH_TOKEN, toolCall, type RunningServer } from "../helpers/servers.ts";

/**
 * Both servers probed as an attacker would, over real HTTP on 127.0.0.1, with a
 * recording upstream behind them: each refused request must leave the upstream
 * untouched, and nothing private may reach the logs.
 */
const TOKEN = "s3cret-Bearer-Token";
const LIMIT = 64 * 1024;
const target = loadTarget(join(projectRoot, "generated"), "conversations-users");
const createRoute = target.routes.find((route) => route.operation.operationId === "CreateUser")!;
const createTool = Object.entries(target.bindings).find(([, binding]) => binding.operationId === "CreateUser")![0];
const fetchRoute = target.routes.find((route) => route.operation.operationId === "FetchUser")!;

interface Raw {
  status: number;
  text: string;
}

/** node:http, not fetch: the tests must set Host and send paths exactly as written. */
function raw(base: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Raw> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port: url.port, method: options.method ?? "GET", path, headers: options.headers ?? {} }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

/** The write each server offers: create a user. */
function createUser(server: RunningServer, headers: Record<string, string>, identity = "mallory"): Promise<Raw> {
  if (server.kind === "rest") return raw(server.url, createRoute.path, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers }, body: `Identity=${encodeURIComponent(identity)}` });
  return raw(server.url, "/mcp", { method: "POST", headers: { ...MCP_HEADERS, ...headers }, body: toolCall(createTool, { body: { Identity: identity } }) });
}

const authorized = { Authorization: `Bearer ${TOKEN}` };

describe.each(["rest", "mcp"] as const)("%s server security", (kind) => {
  const upstream = new HttpStub();
  let server: RunningServer;

  beforeAll(async () => {
    const upstreamUrl = await upstream.start();
    upstream.handler = (_, response) => json(response, 201, { sid: "USaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", identity: "mallory" });
    const setup = { upstreamUrl, guard: { token: TOKEN, maxBodyBytes: LIMIT } };
    server = kind === "rest" ? await startRest(setup) : await startMcp(setup);
  });
  afterAll(async () => {
    await server.close();
    await upstream.stop();
  });

  const refusedCases: Array<[string, Record<string, string>, number]> = [
    ["a foreign Origin", { ...authorized, Origin: "http://evil.example" }, 403],
    ["the null Origin", { ...authorized, Origin: "null" }, 403],
    ["a look-alike of localhost", { ...authorized, Origin: "http://localhost.evil.example" }, 403],
    ["a look-alike of 127.0.0.1", { ...authorized, Origin: "http://127.0.0.1.evil.example" }, 403],
    ["an Origin with another scheme", { ...authorized, Origin: "file://localhost" }, 403],
    ["a foreign Host with no Origin (DNS rebinding)", { ...authorized, Host: "evil.example" }, 421],
    ["a look-alike Host", { ...authorized, Host: "localhost.evil.example:80" }, 421],
    ["a cross-site form post without credentials", { Origin: "http://evil.example" }, 403],
    ["no token", {}, 401],
    ["a wrong token", { Authorization: "Bearer wrong" }, 401],
    ["the token under another scheme", { Authorization: `Basic ${TOKEN}` }, 401],
    ["a token with a prefix of the right one", { Authorization: `Bearer ${TOKEN.slice(0, -1)}` }, 401],
  ];

  it.each(refusedCases)("refuses %s and sends nothing upstream", async (_, headers, status) => {
    upstream.requests.length = 0;
    const answer = await createUser(server, headers);
    expect(answer.status, answer.text).toBe(status);
    expect(upstream.requests).toHaveLength(0);
  });

  it("accepts the right token with the scheme in another case, and a loopback Origin", async () => {
    upstream.requests.length = 0;
    const answer = await createUser(server, { Authorization: `bEaReR ${TOKEN}`, Origin: "http://localhost:5173" });
    expect(answer.status, answer.text).toBe(kind === "rest" ? 201 : 200);
    expect(upstream.requests).toHaveLength(1);
  });

  it("answers a body over the limit with 413, announced or streamed, and forwards nothing", async () => {
    upstream.requests.length = 0;
    const big = "x".repeat(LIMIT + 1);
    const announced = await createUser(server, authorized, big);
    expect(announced.status).toBe(413);
    const path = kind === "rest" ? createRoute.path : "/mcp";
    const contentType = kind === "rest" ? "application/x-www-form-urlencoded" : "application/json";
    const streamed = await raw(server.url, path, { method: "POST", headers: { ...authorized, "Content-Type": contentType, "Transfer-Encoding": "chunked" }, body: Buffer.from(`Identity=${big}`) });
    expect(streamed.status).toBe(413);
    expect(upstream.requests).toHaveLength(0);
  });

  it("refuses a body of a type it does not read", async () => {
    upstream.requests.length = 0;
    const path = kind === "rest" ? createRoute.path : "/mcp";
    const answer = await raw(server.url, path, { method: "POST", headers: { ...authorized, "Content-Type": "text/plain" }, body: "Identity=x" });
    expect(answer.status).toBe(415);
    expect(upstream.requests).toHaveLength(0);
  });

  it("keeps CRLF and %0A in values from forging log lines or upstream headers", async () => {
    upstream.requests.length = 0;
    server.logs.length = 0;
    const forged = "ada\r\nX-Injected: 1\nforged log line";
    const answer = await createUser(server, authorized, forged);
    expect(answer.status).toBeLessThan(300);
    if (kind === "rest") await raw(server.url, `${fetchRoute.path.replace("{sid}", "US1%0D%0Aforged%20log%20line")}`, { headers: authorized });
    for (const request of upstream.requests) expect(Object.keys(request.headers)).not.toContain("x-injected");
    for (const line of server.logs) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(line).not.toContain("forged");
      expect(line).not.toContain("ada");
    }
  });
});

describe("REST adapter paths", () => {
  const upstream = new HttpStub();
  let server: RunningServer;

  beforeAll(async () => {
    server = await startRest({ upstreamUrl: await upstream.start(), guard: { token: TOKEN } });
  });
  afterAll(async () => {
    await server.close();
    await upstream.stop();
  });

  it.each(["..", "%2e%2e", "%2E%2E", "..%2F..%2FAccounts", "%2e%2e%2f%2e%2e", "US1%2F..%2F..%2FAccounts"])("keeps the traversal %s inside one path segment or refuses it", async (value) => {
    upstream.requests.length = 0;
    const answer = await raw(server.url, fetchRoute.path.replace("{sid}", value), { headers: authorized });
    expect(answer.status).not.toBe(500);
    for (const request of upstream.requests) expect(request.url, `reached ${request.url}`).toMatch(/^\/v1\/Users\/[^/]+$/);
    for (const request of upstream.requests) expect(decodeURIComponent(request.url.slice("/v1/Users/".length))).not.toBe("..");
  });

  it("logs the route template, never the path values", async () => {
    server.logs.length = 0;
    await raw(server.url, fetchRoute.path.replace("{sid}", encodeURIComponent("ada@example.com")), { headers: authorized });
    expect(server.logs.join("\n")).not.toContain("ada");
    expect(server.logs.some((line) => line.startsWith(`GET ${fetchRoute.path} →`))).toBe(true);
    expect(server.logs.join("\n")).not.toContain(TEST_AUTH_TOKEN);
    expect(server.logs.join("\n")).not.toContain(TOKEN);
  });

  it("answers a malformed multipart body with 400, never 500", async () => {
    upstream.requests.length = 0;
    const answer = await raw(server.url, createRoute.path, { method: "POST", headers: { ...authorized, "Content-Type": "multipart/form-data; boundary=zzz" }, body: "--zzz\r\nContent-Disposition: form-data\r\n\r\nbroken" });
    expect([400, 415]).toContain(answer.status);
    expect(upstream.requests).toHaveLength(0);
  });
});
