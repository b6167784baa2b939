import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { RunContext } from "../../generator/context.ts";
import { GeneratorError } from "../../generator/diagnostics.ts";
import { emitAll } from "../../generator/emit/index.ts";
import { declaredOutput } from "../../generator/emit/outputs.ts";
import { readSource } from "../../generator/load/source.ts";
import { buildModel } from "../../generator/load/index.ts";
import type { GenerationModel, OutputShape } from "../../generator/model/types.ts";
import { applyOutput, structuredOutput, type DeclaredOutput } from "../../templates/server/shared/output-mapping.ts";
import { fixture, projectRoot } from "../helpers/project.ts";

async function tinyModel(): Promise<GenerationModel> {
  return buildModel(new RunContext(), {
    documents: [{ source: readSource("tiny.yaml", fixture("openapi", "tiny.yaml")) }],
    capabilities: [readSource("tiny-widgets.yaml", fixture("capabilities", "tiny-widgets.yaml"))],
  });
}

/** A mapping and typed output of our own on fetch-widget, as a loader would hand it over (with its line). */
const widgetSummary: OutputShape = {
  type: "object",
  line: 41,
  column: 7,
  properties: [
    { name: "id", shape: { type: "string", mapping: "$.sid" } },
    { name: "state", shape: { type: "string", mapping: "$.state" } },
    { name: "kind", shape: { type: "string", value: "widget" } },
    { name: "version", shape: { type: "number", const: 1 } },
  ],
};

let emitted: Promise<Map<string, string>> | undefined;

/** One generation run for the positive cases: the tool and the GET route declare the same shape. */
function emitWithSummary(): Promise<Map<string, string>> {
  emitted ??= tinyModel().then((model) => {
    const capability = model.capabilities[0]!;
    capability.tools.find((tool) => tool.name === "fetch-widget")!.output = widgetSummary;
    capability.routes.find((route) => route.method === "GET")!.output = widgetSummary;
    return emitAll(model, { projectRoot, packageVersion: "0.0.0-test" });
  });
  return emitted;
}

describe("declared outputs", () => {
  it("give the tool an output schema of the mapped shape, and the servers the mapping", async () => {
    const files = await emitWithSummary();
    const tool = (JSON.parse(files.get("capabilities/tiny-widgets/mcp.json")!) as { tools: Array<{ name: string; outputSchema: Record<string, unknown> }> }).tools.find((entry) => entry.name === "fetch-widget")!;
    expect(Object.keys(tool.outputSchema["properties"] as object)).toEqual(["id", "state", "kind", "version"]);
    expect(tool.outputSchema["additionalProperties"]).toBe(false);
    const bindings = JSON.parse(files.get("capabilities/tiny-widgets/mcp.bindings.json")!) as { tools: Record<string, { output?: DeclaredOutput }> };
    expect(bindings.tools["fetch-widget"]!.output).toEqual({ type: "object", properties: widgetSummary.properties });
    const route = (JSON.parse(files.get("capabilities/tiny-widgets/routes.json")!) as { routes: Array<{ method: string; output?: unknown }> }).routes.find((entry) => entry.method === "GET")!;
    expect(route.output).toEqual(bindings.tools["fetch-widget"]!.output);
  });

  it("return exactly the mapped shape, which validates against the output schema", async () => {
    const files = await emitWithSummary();
    const tool = (JSON.parse(files.get("capabilities/tiny-widgets/mcp.json")!) as { tools: Array<{ name: string; outputSchema: object }> }).tools.find((entry) => entry.name === "fetch-widget")!;
    const output = (JSON.parse(files.get("capabilities/tiny-widgets/mcp.bindings.json")!) as { tools: Record<string, { output: DeclaredOutput }> }).tools["fetch-widget"]!.output;
    const body = { sid: `WG${"0".repeat(32)}`, state: "active", date_created: "2026-01-01T00:00:00Z", account_sid: "AC1" };
    const structured = structuredOutput(output, body);
    expect(structured).toEqual({ id: body.sid, state: "active", kind: "widget", version: 1 });
    expect(new Ajv({ strict: false }).validate(tool.outputSchema, structured)).toBe(true);
  });

  it.each([
    [{ type: "string", mapping: "$.colour" }, /tiny-widgets\.yaml:41:7: tool fetch-widget: outputParameters\.id: \$\.colour is not in the response of FetchWidget \(GET \/v1\/Widgets\/\{Sid\}\); it has keys sid, state, date_created/],
    [{ type: "number", mapping: "$.sid" }, /outputParameters\.id: \$\.sid is a string in the response of FetchWidget, not a number/],
    [{ type: "string", mapping: "$.sid[?(@.x)]" }, /cannot read the path/],
    [{ type: "number", value: "many" }, /the fixed value "many" is not a number/],
  ] as Array<[OutputShape, RegExp]>)("a mapping the response cannot have stops generation with file and line: %j", async (shape, message) => {
    const bad: OutputShape = { type: "object", line: 41, column: 7, properties: [{ name: "id", shape }] };
    const model = await tinyModel();
    const api = model.apis[0]!;
    const operation = api.operations.find((candidate) => candidate.operationId === "FetchWidget")!;
    const failure = await Promise.resolve().then(() => declaredOutput(api, operation, bad, { capability: model.capabilities[0]!, label: "tool fetch-widget" })).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(GeneratorError);
    expect((failure as GeneratorError).format()).toMatch(message);
  });

  it("maps arrays item by item and wraps a root that is not an object", () => {
    const page = { parts: [{ sid: "P1", extra: 1 }, { sid: "P2" }], meta: { key: "parts" } };
    const ids: DeclaredOutput = { type: "array", mapping: "$.parts", items: { type: "object", properties: [{ name: "id", shape: { type: "string", mapping: "$.sid" } }] } };
    expect(applyOutput(ids, page)).toEqual([{ id: "P1" }, { id: "P2" }]);
    expect(structuredOutput({ type: "array", mapping: "$.parts[*].sid" }, page)).toEqual({ result: ["P1", "P2"] });
    expect(structuredOutput({ type: "string", mapping: "$['meta']['key']" }, page)).toEqual({ result: "parts" });
  });
});

describe("declared outputs read from a capability file of our own", () => {
  it("a tool's outputParameters in YAML become its outputSchema and its mapping", async () => {
    const model = await buildModel(new RunContext(), { documents: [{ source: readSource("tiny.yaml", fixture("openapi", "tiny.yaml")) }], capabilities: [readSource("declared-outputs.yaml", fixture("capabilities", "declared-outputs.yaml"))] });
    const files = await emitAll(model, { projectRoot, packageVersion: "0.0.0-test" });
    const tool = (JSON.parse(files.get("capabilities/declared-outputs/mcp.json")!) as { tools: Array<{ name: string; outputSchema: Record<string, unknown> }> }).tools.find((entry) => entry.name === "fetch-widget")!;
    expect(tool.outputSchema).toMatchObject({ type: "object", properties: { id: { type: ["string", "null"] }, state: { type: ["string", "null"] }, kind: { type: "string", const: "widget" } }, additionalProperties: false });
    const output = (JSON.parse(files.get("capabilities/declared-outputs/mcp.bindings.json")!) as { tools: Record<string, { output: DeclaredOutput }> }).tools["fetch-widget"]!.output;
    expect(structuredOutput(output, { sid: "WG1", state: "active", url: "https://x" })).toEqual({ id: "WG1", state: "active", kind: "widget" });
  }, 60_000);
});
