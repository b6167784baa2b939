import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { McpTool } from "../../generator/emit/mcp.ts";
import { temporaryDirectory } from "../helpers/project.ts";
import { expectSafeOutput, property, runCase, TypeCheckBatch } from "./harness.ts";
import { announceSeed } from "./seed.ts";
import { buildSpec, hostileEnum, hostileText } from "./specs.ts";

const LONG = 900_000;
announceSeed("spec text");

describe("hostile spec text", () => {
  it(
    "descriptions, summaries and titles (*/, ${, backticks, quotes, backslashes, newlines, U+2028/9, </script>, zero-width) stay text: 250 cases",
    async () => {
      const parts = fc.record({ title: hostileText, description: hostileText, summary: hostileText, parameterDescription: hostileText, propertyDescription: hostileText });
      const counts = await property(parts, 250, (value) => value, (value, result) => {
        const tools = (JSON.parse(result.files.get("hostile/mcp.json")!) as { tools: McpTool[] }).tools;
        expect(tools.find((tool) => tool.name === "create_thing")!.description).toBe(value.description);
        const routes = JSON.parse(result.files.get("hostile/routes.json")!) as { routes: Array<{ name: string; description?: string }> };
        expect(routes.routes.find((route) => route.name === "CreateThing")!.description).toBe(value.summary);
      });
      expect(counts.generated).toBeGreaterThan(0);
    },
    LONG,
  );

  it(
    "enum values (quotes, spaces, leading digits, reserved words, case twins, values that normalize alike) keep their exact strings: 250 cases",
    async () => {
      await property(hostileEnum, 250, (enumValues) => ({ enumValues }), (enumValues, result) => {
        const tools = (JSON.parse(result.files.get("hostile/mcp.json")!) as { tools: McpTool[] }).tools;
        const body = (tools.find((tool) => tool.name === "create_thing")!.inputSchema["properties"] as Record<string, { enum?: string[] }>)["State"];
        expect(body?.enum).toEqual(enumValues);
      });
    },
    LONG,
  );
});

describe("regressions found by the property tests", () => {
  it("an escaped backslash before a quote, then /* in a later enum value, stays inside its strings (ts-morph's writer misread it)", async () => {
    await expectSafeAndTyped(buildSpec({ enumValues: ["\r\n INJECT!1() eWjPh\\", ",\\+Q ; INJECT!1() ", "/*</script>\\ INJECT!1() "] }));
  });

  it("a control character between * and / in a title cannot close the comment once it is removed", async () => {
    const text = "! e$ INJECT!1() \u200da*\u0000/*< ";
    await expectSafeAndTyped(buildSpec({ title: text, description: text, summary: text, parameterDescription: text, propertyDescription: text }));
  });

  it("a form field named __proto__ stays an ordinary input of its MCP tool", async () => {
    const result = await runCase(buildSpec({ parameterNames: ["__proto__", "FriendlyName"] }), temporaryDirectory("regression-cache"));
    expect(result.kind).toBe("generated");
    if (result.kind !== "generated") return;
    const tools = (JSON.parse(result.files.get("hostile/mcp.json")!) as { tools: McpTool[] }).tools;
    expect(Object.keys(tools.find((tool) => tool.name === "create_thing")!.inputSchema["properties"] as object)).toContain("__proto__");
  });

  it("a response field named like a method is renamed, not allowed to hide the method", async () => {
    const result = await runCase(buildSpec({ propertyNames: ["fetch", "sid"] }), temporaryDirectory("regression-cache"));
    expect(result.kind).toBe("generated");
    if (result.kind !== "generated") return;
    expect(result.files.get("hostile/src/types.ts")).toMatch(/fetchField: string;/);
    expect(result.files.get("hostile/src/api.ts")).toMatch(/renamed: \{ fetch: "fetchField" \}/);
  });
});

/** One spec, generated: safe output that type-checks. */
async function expectSafeAndTyped(spec: Record<string, unknown>): Promise<void> {
  const result = await runCase(spec, temporaryDirectory("regression-cache"));
  expect(result.kind).toBe("generated");
  if (result.kind !== "generated") return;
  expectSafeOutput(result.files);
  const batch = new TypeCheckBatch();
  batch.add("regression", result.files);
  await batch.check();
}
