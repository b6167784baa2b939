import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { McpTool } from "../../generator/emit/mcp.ts";
import type { RouteEntry } from "../../generator/emit/routes.ts";
import type { GenerateResult } from "../../generator/run.ts";
import { projectRoot, specDirectory } from "../helpers/project.ts";
import { casesDirectory, fixtureFiles, generateCapabilities, lineOf, readOutput, warningsAt } from "./helpers.ts";

interface Manifest {
  tools: McpTool[];
}
interface Bindings {
  port: number;
  name?: string;
  transport?: string;
  instructions?: string;
  credentials?: Record<string, string>;
  tools: Record<string, { api: string; operationId: string; inputs: Array<{ name: string; feeds: Record<string, unknown> }> }>;
}
interface Routes {
  port: number;
  namespace?: string;
  credentials?: Record<string, string>;
  routes: RouteEntry[];
}

const file = (stem: string) => `${casesDirectory}/${stem}.yaml`;
const specOperation = (document: string, path: string, method: string) =>
  (JSON.parse(readFileSync(join(specDirectory(), document), "utf8")) as { paths: Record<string, Record<string, { summary?: string; description?: string }>> }).paths[path]![method]!;

let out: string;
let result: GenerateResult;

beforeAll(async () => {
  ({ out, result } = await generateCapabilities(fixtureFiles(casesDirectory), "capability-cases"));
});

describe("an empty description", () => {
  const stem = "empty-description";

  it("is accepted, and the tool and route fall back to the spec's summary with a warning at the description", () => {
    const summary = specOperation("twilio_conversations_v1.json", "/v1/Users/{Sid}", "get").summary!;
    expect(summary.length).toBeGreaterThan(0);
    const tool = readOutput<Manifest>(out, stem, "mcp.json").tools[0]!;
    expect(tool.description).toBe(summary);
    expect(readOutput<Routes>(out, stem, "routes.json").routes[0]!.description).toBe(summary);
    const toolLine = lineOf(file(stem), "description: ''", 3);
    const routeLine = lineOf(file(stem), "description: ''", 4);
    expect(warningsAt(result, file(stem), toolLine).join("\n")).toMatch(/tool "fetch-user" has an empty description; using the spec's summary of FetchUser/);
    expect(warningsAt(result, file(stem), routeLine).join("\n")).toMatch(/route GET \/users\/\{sid\} has an empty description/);
  });
});

describe("FlexMetadata against the spec's Flex-Metadata", () => {
  const stem = "flex-metadata";

  it("binds the declared header to the spec's, keeping the declared argument name, with a warning at its line", () => {
    const binding = readOutput<Bindings>(out, stem, "mcp.bindings.json").tools["fetch-plugin"]!;
    expect(binding.inputs.find((input) => input.name === "FlexMetadata")!.feeds).toEqual({ location: "header", parameter: "Flex-Metadata" });
    const tool = readOutput<Manifest>(out, stem, "mcp.json").tools[0]!;
    expect(Object.keys(tool.inputSchema["properties"] as object)).toContain("FlexMetadata");
    const route = readOutput<Routes>(out, stem, "routes.json").routes[0]!;
    expect(route.parameters.find((parameter) => parameter.name === "FlexMetadata")).toMatchObject({ in: "header", feeds: { location: "header", parameter: "Flex-Metadata" } });
    expect(warningsAt(result, file(stem), lineOf(file(stem), "name: FlexMetadata")).join("\n")).toMatch(/"FlexMetadata" is read as the spec's "Flex-Metadata"/);
  });
});

describe("a required header the spec does not know", () => {
  const stem = "undeclared-header";

  it("stays an argument of the tool and the route, required and typed as declared, and is reported at its line", () => {
    const tool = readOutput<Manifest>(out, stem, "mcp.json").tools[0]!;
    expect((tool.inputSchema["properties"] as Record<string, unknown>)["Token"]).toEqual({ type: "string", description: "A token for the gateway in front of Twilio" });
    expect(tool.inputSchema["required"]).toContain("Token");
    const route = readOutput<Routes>(out, stem, "routes.json").routes[0]!;
    expect(route.parameters.find((parameter) => parameter.name === "Token")).toMatchObject({ in: "header", required: true, feeds: { location: "header", parameter: "Token", undeclared: true } });
    expect(warningsAt(result, file(stem), lineOf(file(stem), "name: Token")).join("\n")).toMatch(/"Token" \(in: header\) is not in the spec of FetchUser; it is sent as declared \(string, required\)/);
  });
});

describe("keys the generator does not use", () => {
  const stem = "unknown-key";

  it("each get one warning at their line, and change nothing else", () => {
    for (const [needle, path] of [
      ["colour:", "info.colour"],
      ["retries:", "capability.consumes[].resources[].operations[].retries"],
      ["cache:", "capability.exposes[].tools[].cache"],
    ] as const) {
      const found = warningsAt(result, file(stem), lineOf(file(stem), needle));
      expect(found, needle).toHaveLength(1);
      expect(found[0]).toContain(`\`${path}\` is not used by the generator; ignored`);
    }
    expect(readOutput<Manifest>(out, stem, "mcp.json").tools.map((tool) => tool.name)).toEqual(["fetch-user"]);
  });
});

describe("binds with other variable names", () => {
  const stem = "other-binds";

  it("names the variables that authentication reads through binds, for both servers", () => {
    const expected = { username: "ACME_TWILIO_SID", password: "ACME_TWILIO_SECRET" };
    expect(readOutput<Bindings>(out, stem, "mcp.bindings.json").credentials).toEqual(expected);
    expect(readOutput<Routes>(out, stem, "routes.json").credentials).toEqual(expected);
    expect(result.warnings.filter((warning) => warning.startsWith(`warning: ${file(stem)}:`) && /binds|authentication/.test(warning.slice(warning.indexOf("): ") + 3)))).toEqual([]);
  });
});

describe("exposes namespaces and ports", () => {
  const stem = "namespace";

  it("name the MCP server and the REST adapter, with their ports and the MCP description as instructions", () => {
    const bindings = readOutput<Bindings>(out, stem, "mcp.bindings.json");
    expect(bindings).toMatchObject({ name: "acme-directory", port: 9191, instructions: "The Acme directory of conversation users." });
    expect(readOutput<Routes>(out, stem, "routes.json")).toMatchObject({ namespace: "acme-directory-rest", port: 8181 });
  });
});

describe("transport: http", () => {
  const stem = "transport-http";

  it("is carried with its port, and each tool keeps the API it calls", () => {
    const bindings = readOutput<Bindings>(out, stem, "mcp.bindings.json");
    expect(bindings).toMatchObject({ transport: "http", port: 9292 });
    expect(Object.values(bindings.tools).map((tool) => tool.api)).toEqual(["conversations-v1", "flex-v1"]);
  });
});

describe("the user's capability files", () => {
  it("keep exactly the tools and routes committed in generated/", async () => {
    const files = ["specs/capabilities/conversations-users.yaml", "specs/capabilities/flex-interactions.yaml"];
    const { out: fresh } = await generateCapabilities(files, "capability-real");
    for (const stem of ["conversations-users", "flex-interactions"]) {
      const committed = (name: string) => JSON.parse(readFileSync(join(projectRoot, "generated", "capabilities", stem, name), "utf8")) as unknown;
      expect(readOutput(fresh, stem, "mcp.json"), stem).toEqual(committed("mcp.json"));
      expect(readOutput<Routes>(fresh, stem, "routes.json").routes, stem).toEqual((committed("routes.json") as Routes).routes);
    }
  });
});
