import { serve, type ServerType } from "@hono/node-server";
import { spawn } from "node:child_process";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouteEntry } from "../../templates/server/shared/tables.ts";
import type { ApiModel } from "../../generator/model/types.ts";
import { DEFAULT_MAX_BODY_BYTES } from "../../templates/server/shared/guard.ts";
import { createRestApp } from "../../templates/server/rest/app.ts";
import { loadTarget } from "../../templates/server/shared/target.ts";
import { Upstream } from "../../templates/server/shared/upstream.ts";
import { HttpStub, json } from "../helpers/http-stub.ts";
import { sample } from "../helpers/json-samples.ts";
import { freePort, PrismServer } from "../helpers/prism.ts";
import { loadApi, projectRoot, specDirectory } from "../helpers/project.ts";

const SECRET = "rest-secret-that-must-never-leak";
const generated = join(projectRoot, "generated");

async function startAdapter(upstreamUrl: string, logs: string[]): Promise<{ url: string; server: ServerType }> {
  const target = loadTarget(generated, "conversations-users");
  const app = createRestApp(target, new Upstream(target, { username: "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", password: SECRET, baseUrl: upstreamUrl }), (line) => logs.push(line), { boundHost: "127.0.0.1", maxBodyBytes: DEFAULT_MAX_BODY_BYTES });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => resolve({ url: `http://127.0.0.1:${info.port}`, server }));
  });
}

/** A request a careful client would send to a route: every input from its schema. */
function requestFor(base: string, route: RouteEntry): { url: string; init: RequestInit } {
  let path = route.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  let body: unknown;
  for (const parameter of route.parameters) {
    const value = sample(parameter.schema);
    if (parameter.in === "path") path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    else if (parameter.in === "query") query.set(parameter.name, String(value));
    else if (parameter.in === "header") headers[parameter.name] = String(value);
    else body = value;
  }
  const init: RequestInit = { method: route.method, headers };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    headers["Content-Type"] = "application/json";
  }
  return { url: `${base}${path}${query.size > 0 ? `?${query}` : ""}`, init };
}

/** The spec's example as the adapter must send it: paging links lead back to the adapter, with Twilio's query. */
function pointedAtAdapter(example: unknown, requestUrl: string): unknown {
  const meta = (example as { meta?: Record<string, unknown> }).meta;
  if (meta === undefined) return example;
  const request = new URL(requestUrl);
  const links = Object.entries(meta).map(([key, value]) => [key, key.endsWith("url") && typeof value === "string" ? `${request.origin}${request.pathname}${new URL(value).search}` : value]);
  return { ...(example as object), meta: Object.fromEntries(links) };
}

describe("REST adapter for conversations-users, against Prism", () => {
  const prism = new PrismServer(join(specDirectory(), "twilio_conversations_v1.json"));
  const logs: string[] = [];
  let adapter: { url: string; server: ServerType };
  let api: ApiModel;

  beforeAll(async () => {
    adapter = await startAdapter(await prism.start(), logs);
    ({ api } = await loadApi(join(specDirectory(), "twilio_conversations_v1.json"), "twilio_conversations_v1.json"));
  });
  afterAll(async () => {
    adapter.server.close();
    await prism.stop();
  });

  it("serves all 9 declared routes with 2xx and the upstream's body", async () => {
    const routes = loadTarget(generated, "conversations-users").routes;
    expect(routes).toHaveLength(9);
    for (const route of routes) {
      const { url, init } = requestFor(adapter.url, route);
      const response = await fetch(url, init);
      const text = await response.text();
      expect(response.status, `${route.method} ${route.path}: ${text}`).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(300);
      const example = api.operations.find((operation) => operation.operationId === route.operation.operationId)!.success.example;
      if (example === undefined) expect(text).toBe("");
      else expect(JSON.parse(text)).toEqual(pointedAtAdapter(example, url));
    }
    expect(logs.join("\n")).not.toContain(SECRET);
  });

  it("reports health", async () => {
    const response = await fetch(`${adapter.url}/healthz`);
    expect(await response.json()).toEqual({ status: "ok", target: "conversations-users", namespace: loadTarget(generated, "conversations-users").restNamespace, routes: 9 });
  });
});

describe("REST adapter against a node:http stub", () => {
  const stub = new HttpStub();
  const logs: string[] = [];
  let adapter: { url: string; server: ServerType };

  beforeAll(async () => {
    adapter = await startAdapter(await stub.start(), logs);
  });
  afterAll(async () => {
    adapter.server.close();
    await stub.stop();
  });

  it("answers bad input with a 400 problem naming the field, and sends nothing upstream", async () => {
    stub.requests.length = 0;
    const page = await fetch(`${adapter.url}/v1/v1/users?PageSize=lots`);
    expect(page.status).toBe(400);
    expect(page.headers.get("content-type")).toContain("application/problem+json");
    expect(await page.json()).toMatchObject({ status: 400, errors: [{ field: "PageSize", in: "query", message: "must be integer" }] });
    const header = await fetch(`${adapter.url}/v1/v1/users/US1`, { method: "DELETE", headers: { "X-Twilio-Webhook-Enabled": "maybe" } });
    expect(await header.json()).toMatchObject({ errors: [{ field: "X-Twilio-Webhook-Enabled", in: "header", message: "must be equal to one of the allowed values (true, false)" }] });
    const body = await fetch(`${adapter.url}/v1/v1/users`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ FriendlyName: "no identity" }) });
    expect(await body.json()).toMatchObject({ errors: [{ field: "body.Identity", in: "body", message: "is required" }] });
    const broken = await fetch(`${adapter.url}/v1/v1/users`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{not json" });
    expect(broken.status).toBe(400);
    expect(stub.requests).toHaveLength(0);
  });

  it("accepts a form body as well as JSON, and maps {sid} onto Sid", async () => {
    stub.requests.length = 0;
    stub.handler = (_, response) => json(response, 200, { sid: "US1" });
    const created = await fetch(`${adapter.url}/v1/v1/users`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "Identity=ada&FriendlyName=Ada" });
    expect(created.status).toBe(200);
    await fetch(`${adapter.url}/v1/v1/users/US1`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ FriendlyName: "Ada" }) });
    expect(stub.requests.map((request) => `${request.method} ${request.url} ${request.body}`)).toEqual(["POST /v1/Users Identity=ada&FriendlyName=Ada", "POST /v1/Users/US1 FriendlyName=Ada"]);
  });

  it("passes an upstream 404 on as 404 with Twilio's body", async () => {
    const twilioError = { code: 20404, message: "The requested resource /Users/US404 was not found", more_info: "https://www.twilio.com/docs/errors/20404", status: 404 };
    stub.handler = (_, response) => json(response, 404, twilioError);
    const response = await fetch(`${adapter.url}/v1/v1/users/US404`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual(twilioError);
  });

  it("turns a network failure upstream into a 502 problem, and never logs secrets", async () => {
    const port = await freePort();
    const unreachable = await startAdapter(`http://127.0.0.1:${port}`, logs);
    try {
      const response = await fetch(`${unreachable.url}/v1/v1/users/US1`);
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ title: "Bad gateway", status: 502, detail: expect.stringContaining("upstream unreachable") });
    } finally {
      unreachable.server.close();
    }
    expect(logs.join("\n")).not.toContain(SECRET);
    expect(logs.some((line) => line.startsWith("GET /v1/v1/users/{sid} → 502"))).toBe(true);
  });
});

describe("npm run rest", () => {
  it("starts on 127.0.0.1 and reports health", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot, "templates/server/rest/cli.ts"), "flex-interactions", "--dir", generated, "--port", String(port)], {
      cwd: projectRoot,
      env: { ...process.env, TWILIO_ACCOUNT_SID: "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", TWILIO_AUTH_TOKEN: SECRET },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const deadline = Date.now() + 30_000;
      while (!stderr.includes("routes at")) {
        if (Date.now() > deadline) throw new Error(`adapter did not start: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(stderr).toContain(`flex-interactions: 5 routes at http://127.0.0.1:${port}`);
      expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({ status: "ok", target: "flex-interactions", namespace: loadTarget(generated, "flex-interactions").restNamespace, routes: 5 });
    } finally {
      child.kill("SIGTERM");
    }
  });
});
