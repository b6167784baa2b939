import { ToolSchema } from "@modelcontextprotocol/sdk/types.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { McpTool } from "../../generator/emit/mcp.ts";
import { manifestDocument, projectRoot } from "../helpers/project.ts";

const manifest = (path: string) => (JSON.parse(readFileSync(join(projectRoot, "generated", path, "mcp.json"), "utf8")) as { tools: McpTool[] }).tools;
const routes = (api: string) => JSON.parse(readFileSync(join(projectRoot, "generated", api, "routes.json"), "utf8")) as { routes: Array<{ name: string; method: string; parameters: unknown[] }> };

/** What a client reads from compact annotations: an absent hint is MCP's default; destructive and idempotent mean nothing on a read-only tool. */
function effectiveHints(annotations: McpTool["annotations"]): { readOnly: boolean; destructive?: boolean; idempotent?: boolean } {
  if (annotations.readOnlyHint === true) return { readOnly: true };
  return { readOnly: false, destructive: annotations.destructiveHint ?? true, idempotent: annotations.idempotentHint ?? false };
}

interface DeclaredTool {
  name: string;
  description: string;
  hints: { readOnly: boolean; destructive: boolean; idempotent: boolean };
}

function declaredTools(stem: string): DeclaredTool[] {
  const file = parse(readFileSync(join(projectRoot, "specs/capabilities", `${stem}.yaml`), "utf8")) as { capability: { exposes: Array<{ type: string; tools?: DeclaredTool[] }> } };
  return file.capability.exposes.find((entry) => entry.type === "mcp")!.tools!;
}

describe("MCP manifests", () => {
  for (const path of ["conversations-v1", "flex-v1", "capabilities/conversations-users", "capabilities/flex-interactions"]) {
    it(`${path}: every tool is a valid MCP 2025-11-25 Tool with an object inputSchema`, () => {
      for (const tool of manifest(path)) {
        const parsed = ToolSchema.safeParse(tool);
        expect(parsed.success, `${tool.name}: ${parsed.success ? "" : parsed.error.message}`).toBe(true);
        expect(tool.inputSchema["type"]).toBe("object");
        for (const key of ["oneOf", "anyOf", "allOf"]) expect(tool.inputSchema[key]).toBeUndefined();
        if (tool.outputSchema) expect(tool.outputSchema["type"]).toBe("object");
      }
    });
  }

  for (const [stem, count] of [["conversations-users", 9], ["flex-interactions", 5]] as const) {
    it(`${stem}: exactly the declared ${count} tools, with their names, descriptions and hints`, () => {
      const declared = declaredTools(stem);
      const tools = manifest(`capabilities/${stem}`);
      expect(declared).toHaveLength(count);
      expect(tools.map((tool) => tool.name)).toEqual(declared.map((tool) => tool.name));
      tools.forEach((tool, index) => {
        const source = declared[index]!;
        expect(tool.description).toBe(source.description);
        expect(effectiveHints(tool.annotations)).toEqual(source.hints.readOnly ? { readOnly: true } : { readOnly: false, destructive: source.hints.destructive, idempotent: source.hints.idempotent });
      });
    });
  }

  it("capability tools whose operation has parameters have a non-empty inputSchema", () => {
    for (const tool of [...manifest("capabilities/conversations-users"), ...manifest("capabilities/flex-interactions")]) {
      expect(Object.keys(tool.inputSchema["properties"] as object).length, tool.name).toBeGreaterThan(0);
    }
  });

  it("keeps enums and formats: the state filter and date-time fields survive", () => {
    const tools = manifest("conversations-v1");
    const create = tools.find((tool) => tool.name === "create_conversation")!;
    const properties = create.inputSchema["properties"] as Record<string, Record<string, unknown>>;
    const spec = JSON.parse(readFileSync(manifestDocument("conversations-v1").path, "utf8")) as { components: { schemas: Record<string, { enum?: string[] }> } };
    expect(properties["State"]).toMatchObject({ type: "string", enum: spec.components.schemas["conversation_enum_state"]!.enum });
    expect(properties["DateCreated"]).toMatchObject({ type: "string", format: "date-time" });
  });

  for (const api of ["conversations-v1", "flex-v1"]) {
    it(`${api}: one tool per operation, names by the documented rule, annotations by HTTP method`, () => {
      const tools = manifest(api);
      const operations = routes(api).routes;
      expect(tools).toHaveLength(operations.length);
      expect(new Set(tools.map((tool) => tool.name)).size).toBe(tools.length);
      tools.forEach((tool, index) => {
        expect(tool.name).toMatch(/^[a-zA-Z0-9_-]+$/);
        expect(tool.name.length).toBeLessThanOrEqual(45);
        const method = operations[index]!.method;
        expect(effectiveHints(tool.annotations), tool.name).toEqual(method === "GET" ? { readOnly: true } : { readOnly: false, destructive: method === "DELETE", idempotent: method === "DELETE" });
      });
    });
  }
});

describe("MCP tool scoping", () => {
  it("narrows an API's tools by resource, tag and read-only", async () => {
    const { loadTarget } = await import("../../templates/server/shared/target.ts");
    const { ToolSet } = await import("../../templates/server/mcp/server.ts");
    const target = loadTarget(join(projectRoot, "generated"), "conversations-v1");
    const all = new ToolSet(target).tools.length;
    const users = new ToolSet(target, { resources: ["users"] }).tools.map((tool) => tool.name);
    expect(users).toEqual(expect.arrayContaining(["list_user", "create_user", "fetch_user", "update_user", "delete_user", "list_user_conversation", "list_service_user"]));
    expect(users).not.toContain("list_role");
    const readOnly = new ToolSet(target, { readOnly: true }).tools;
    expect(readOnly.length).toBeGreaterThan(0);
    expect(readOnly.length).toBeLessThan(all);
    expect(readOnly.every((tool) => tool.annotations.readOnlyHint)).toBe(true);
    // Twilio tags the account-level and service-level Role operations alike.
    expect(new ToolSet(target, { tags: ["ConversationsV1Role"] }).tools.map((tool) => tool.name).sort()).toEqual([
      "create_role", "create_service_role", "delete_role", "delete_service_role", "fetch_role", "fetch_service_role", "list_role", "list_service_role", "update_role", "update_service_role",
    ]);
    expect(new ToolSet(target, { resources: ["users"], readOnly: true }).tools.every((tool) => tool.annotations.readOnlyHint && users.includes(tool.name))).toBe(true);
  });
});
