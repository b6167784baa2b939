import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArgumentChecker } from "../../templates/server/mcp/argument-check.ts";
import { defaultToolMode, DISCOVER_ABOVE_OPERATIONS, LISTED_ENUM_LIMIT, leanTool } from "../../templates/server/mcp/tool-modes.ts";
import type { JsonSchema, ManifestTool } from "../../templates/server/mcp/tool-types.ts";
import { projectRoot } from "../helpers/project.ts";

const manifest = (api: string) => (JSON.parse(readFileSync(join(projectRoot, "generated", api, "mcp.json"), "utf8")) as { tools: ManifestTool[] }).tools;
const count = (value: unknown, key: string) => (JSON.stringify(value).match(new RegExp(`"${key}":`, "g")) ?? []).length;

describe("the all-mode listing", () => {
  it("keeps every input schema, enum and annotation of the manifest, and leaves out titles and whole-body output schemas", () => {
    const tools = manifest("conversations-v1");
    const listed = tools.map((tool) => leanTool(tool));
    expect(listed.map((tool) => tool.inputSchema)).toEqual(tools.map((tool) => tool.inputSchema));
    expect(count(listed, "enum")).toBe(count(tools.map((tool) => tool.inputSchema), "enum"));
    expect(listed.map((tool) => tool.annotations ?? {})).toEqual(tools.map((tool) => tool.annotations));
    expect(count(listed, "title") + count(listed, "outputSchema")).toBe(0);
    expect(leanTool(tools[0]!, { outputSchemas: true }).outputSchema).toEqual(tools[0]!.outputSchema);
  });

  it("summarizes an enum too long to list, and the server still refuses a wrong value naming the closest", () => {
    const values = Array.from({ length: LISTED_ENUM_LIMIT + 1 }, (_, index) => `category-${index}`);
    const inputSchema: JsonSchema = { type: "object", properties: { Category: { type: "string", enum: values } }, additionalProperties: false };
    const listed = leanTool({ name: "list_usage", inputSchema });
    const category = (listed.inputSchema["properties"] as Record<string, Record<string, unknown>>)["Category"]!;
    expect(category["enum"]).toBeUndefined();
    expect(category["description"]).toContain(`One of ${values.length} values`);
    const checker = new ArgumentChecker();
    checker.add("list_usage", inputSchema);
    expect(checker.check("list_usage", { Category: "category-1" })).toBeUndefined();
    expect(checker.check("list_usage", { Category: "categroy-12" })).toContain('did you mean "category-12"?');
  });

  it("API servers over the threshold start in discover mode; capabilities list their declared tools", () => {
    expect(defaultToolMode("api", manifest("conversations-v1").length)).toBe(manifest("conversations-v1").length > DISCOVER_ABOVE_OPERATIONS ? "discover" : "all");
    expect(defaultToolMode("api", DISCOVER_ABOVE_OPERATIONS)).toBe("all");
    expect(defaultToolMode("capability", DISCOVER_ABOVE_OPERATIONS * 10)).toBe("all");
  });
});
