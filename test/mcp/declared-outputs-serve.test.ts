import { Client, InMemoryTransport } from "@modelcontextprotocol/client";
import { Ajv } from "ajv";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunContext } from "../../generator/context.ts";
import { emitAll } from "../../generator/emit/index.ts";
import { readSource } from "../../generator/load/source.ts";
import { buildModel } from "../../generator/load/index.ts";
import type { OutputShape } from "../../generator/model/types.ts";
import { mcpServerFactory, ToolSet } from "../../templates/server/mcp/server.ts";
import { createRestApp } from "../../templates/server/rest/app.ts";
import { DEFAULT_MAX_BODY_BYTES } from "../../templates/server/shared/guard.ts";
import { loadTarget, type ServeTarget } from "../../templates/server/shared/target.ts";
import { Upstream } from "../../templates/server/shared/upstream.ts";
import { HttpStub, json } from "../helpers/http-stub.ts";
import { fixture, projectRoot, temporaryDirectory } from "../helpers/project.ts";

/** Our own declared output on the tiny capability's fetch tool and route: a mapping, typed properties, a fixed value and a const. */
const summary: OutputShape = {
  type: "object",
  properties: [
    { name: "id", shape: { type: "string", mapping: "$.sid" } },
    { name: "state", shape: { type: "string", mapping: "$.state" } },
    { name: "kind", shape: { type: "string", value: "widget" } },
    { name: "version", shape: { type: "number", const: 1 } },
  ],
};
const WIDGET = { sid: `WG${"0".repeat(32)}`, state: "active", date_created: "2026-01-01T00:00:00Z", account_sid: `AC${"a".repeat(32)}`, url: "https://tiny.twilio.com/v1/Widgets/WG0" };

const stub = new HttpStub();
let target: ServeTarget;
let upstream: Upstream;

beforeAll(async () => {
  const model = await buildModel(new RunContext(), { documents: [{ source: readSource("tiny.yaml", fixture("openapi", "tiny.yaml")) }], capabilities: [readSource("tiny-widgets.yaml", fixture("capabilities", "tiny-widgets.yaml"))] });
  const capability = model.capabilities[0]!;
  capability.tools.find((tool) => tool.name === "fetch-widget")!.output = summary;
  capability.routes.find((route) => route.method === "GET")!.output = summary;
  const out = temporaryDirectory("declared-outputs");
  for (const [path, text] of await emitAll(model, { projectRoot, packageVersion: "0.0.0-test" })) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  stub.handler = (_, response) => json(response, 200, WIDGET);
  target = loadTarget(out, "tiny-widgets");
  upstream = new Upstream(target, { username: WIDGET.account_sid, password: "secret", baseUrl: await stub.start() });
}, 120_000);
afterAll(() => stub.stop());

describe("a capability's declared output, served", () => {
  it("MCP: lists the declared output schema and returns exactly the mapped shape as structuredContent", async () => {
    const server = mcpServerFactory(target, new ToolSet(target), upstream, () => {}, "test")();
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    const client = new Client({ name: "test", version: "1.0.0" });
    await client.connect(clientSide);
    const tool = (await client.listTools()).tools.find((candidate) => candidate.name === "fetch-widget")!;
    expect(tool.outputSchema).toBeDefined();
    const result = await client.callTool({ name: "fetch-widget", arguments: { WidgetSid: WIDGET.sid } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({ id: WIDGET.sid, state: "active", kind: "widget", version: 1 });
    expect(new Ajv({ strict: false }).validate(tool.outputSchema!, result.structuredContent)).toBe(true);
    await client.close();
  });

  it("REST: the response body is the mapped shape", async () => {
    const app = createRestApp(target, upstream, () => {}, { boundHost: "127.0.0.1", maxBodyBytes: DEFAULT_MAX_BODY_BYTES });
    const response = await app.fetch(new Request(`http://127.0.0.1/widgets/${WIDGET.sid}`));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: WIDGET.sid, state: "active", kind: "widget", version: 1 });
  });

  it("REST: an undeclared field is a 400 naming the closest declared one, and nothing goes upstream", async () => {
    const app = createRestApp(target, upstream, () => {}, { boundHost: "127.0.0.1", maxBodyBytes: DEFAULT_MAX_BODY_BYTES });
    stub.requests.length = 0;
    const response = await app.fetch(new Request("http://127.0.0.1/widgets", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ friendlyName: "x" }) }));
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Array<{ field: string; in: string; message: string }> };
    expect(problem.errors).toContainEqual({ field: "friendlyName", in: "body", message: 'is not a field of this request (did you mean "FriendlyName"?)' });
    expect(stub.requests).toHaveLength(0);
  });
});
